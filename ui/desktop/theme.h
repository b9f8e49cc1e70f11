#pragma once

#include <QPalette>
#include <QString>

namespace cloudshift {

/// The application's colours: the desktop's own (the default, which follows the system's light or
/// dark setting as it changes) or a fixed light or dark palette.
enum class Theme { System, Light, Dark };

/// "system", "light", "dark": stable, used in settings.
QString themeId(Theme theme);
/// System for anything not recognised, so a damaged settings file leaves the desktop's colours.
Theme themeFromId(const QString& id);

/// The fixed palette of Light or Dark; for System, the default palette.
QPalette themePalette(Theme theme);

/// Applies a theme to the whole application. The fixed themes use the Fusion style, which draws with
/// the palette on every platform; System puts back the platform's style and palette.
void applyTheme(Theme theme);

} // namespace cloudshift
