#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cloudshift {

struct Analysis;

/// File ▸ Export Report and the Charts page's Export Chart: asks where to write the report (the PDF pack,
/// a chart as PNG or SVG, or the FOCUS projection as CSV, told by the chosen filter when the name has no
/// suffix) and writes it.
class ReportExportPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ReportExportPrompt)

public:
    /// The path written; empty when the user cancelled, or when writing failed and the user was told why.
    /// chartId names the chart a PNG or SVG shows (ChartSet ids); empty = the monthly cost chart, and the
    /// PDF pack is the first choice. With a chart the images come first.
    static QString run(QWidget* parent, const Analysis& analysis, const QString& chartId = {});
};

} // namespace cloudshift
