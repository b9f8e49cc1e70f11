#pragma once

#include <QIcon>

namespace cloudshift {

/// The application icon: the installed icon theme's when there is one, else the copy embedded in the
/// binary — the SVG for any size and scale factor, plus the hand-hinted PNGs for the small sizes.
QIcon applicationIcon();

} // namespace cloudshift
