#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cloudshift {

struct Analysis;

/// File ▸ Export Report: asks where to write the report (PDF, or the chart as PNG or SVG, told by the
/// chosen filter when the name has no suffix) and writes it.
class ReportExportPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ReportExportPrompt)

public:
    /// The path written; empty when the user cancelled, or when writing failed and the user was told why.
    static QString run(QWidget* parent, const Analysis& analysis);
};

} // namespace cloudshift
