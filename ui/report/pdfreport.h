#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QPainter;
class QPdfWriter;

namespace cloudshift {

struct Analysis;
class ChartSet;
class PdfPages;

/// The stakeholder pack as a PDF on A4 landscape: a title page (project inputs, scenario, date, catalog
/// date), the executive summary (run rate now against each way forward, one-time cost, break-even, TCO
/// over the horizon, risk and data confidence), one page per chart, the workload tables, the
/// assumptions, the risk rubric, the not-mapped list and the data sources. Every figure is the engine's,
/// formatted as on screen; every page is numbered "page N of M".
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    /// The chart set must be set to the same analysis.
    PdfReport(const Analysis& analysis, const ChartSet& charts);

    bool write(QIODevice* device, QString* error) const;
    /// Pages of the last write().
    int pageCount() const { return m_pageCount; }

private:
    /// Lays the whole pack out; totalPages 0 = not known yet (first pass, charts left out).
    int layOut(QPdfWriter& writer, QPainter& painter, int totalPages) const;
    void titlePage(PdfPages& pages) const;
    void summaryPage(PdfPages& pages) const;
    void chartPages(PdfPages& pages, QPainter& painter, bool paintCharts) const;
    void workloadPages(PdfPages& pages) const;

    const Analysis& m_analysis;
    const ChartSet& m_charts;
    QString m_generated;
    mutable int m_pageCount = 0;
};

} // namespace cloudshift
