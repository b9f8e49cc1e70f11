#pragma once

#include <QSize>
#include <QString>

namespace cloudshift {

struct Analysis;

/// Writes a report of an analysis, the kind chosen by the file name's suffix:
///   .pdf  the stakeholder pack (title page, executive summary, monthly chart, workload table),
///   .png  the monthly cost chart as an image of imageSize pixels on white,
///   .svg  the same chart as scalable vector graphics.
/// The file is replaced atomically. Returns false and sets *error (when given) for an unknown suffix,
/// an analysis that did not complete, or a path that cannot be written.
///
/// Used by the GUI and, headless, by the command line. Needs a QApplication (Qt Charts draws with
/// widgets); without a display, run it on the "offscreen" platform.
bool writeReport(
    const Analysis& analysis, const QString& outPath, QString* error, QSize imageSize = { 1600, 900 });

} // namespace cloudshift
