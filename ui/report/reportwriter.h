#pragma once

#include <QSize>
#include <QString>

namespace cloudshift {

struct Analysis;

/// Writes a report of an analysis, the kind chosen by the file name's suffix:
///   .pdf  the stakeholder pack (PdfReport),
///   .png  one chart as an image of imageSize pixels on white,
///   .svg  the same chart as scalable vector graphics,
///   .csv  the scenario's horizon as FOCUS-shaped rows (projectFocus), one per month × workload × service
///         category.
/// `chart` names the chart of a .png/.svg by its ChartSet id ("monthly-cost" when empty). `dpi` (PNG and
/// SVG; 0 = not given) lays the chart out for that many dots per inch, so text has its point size on an
/// image of imageSize printed at that resolution, and a PNG records it; without it the chart is laid out
/// 1000 pixels wide, the proportions of a 1600 px image on screen.
/// The file is replaced atomically. Returns false and sets *error (when given) for an unknown suffix or
/// chart, an analysis that did not complete, or a path that cannot be written.
///
/// Used by the GUI and, headless, by the command line. Needs a QApplication (Qt Charts draws with
/// widgets); without a display, run it on the "offscreen" platform.
bool writeReport(const Analysis& analysis, const QString& outPath, QString* error,
    QSize imageSize = { 1600, 900 }, const QString& chart = {}, int dpi = 0);

} // namespace cloudshift
