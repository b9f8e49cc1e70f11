#include "pdfreport.h"

#include "charts/chartset.h"
#include "models/workloadoutlookmodel.h"
#include "models/workloadsortfilterproxy.h"
#include "models/workloadtablemodel.h"
#include "pipeline/analysis.h"
#include "report/chartpainter.h"
#include "report/columnsubsetproxy.h"
#include "report/pdfpages.h"
#include "report/reportcontent.h"

#include <QBuffer>
#include <QDate>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardItemModel>

namespace cloudshift {

namespace {

void setUp(QPdfWriter& writer)
{
    writer.setTitle(PdfReport::tr("CloudShift migration report"));
    writer.setCreator(QStringLiteral("CloudShift"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
        QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter));
}

} // namespace

PdfReport::PdfReport(const Analysis& analysis, const ChartSet& charts)
    : m_analysis(analysis)
    , m_charts(charts)
    , m_generated(QDate::currentDate().toString(Qt::ISODate))
{
}

bool PdfReport::write(QIODevice* device, QString* error) const
{
    // First pass into a scratch buffer, without the (slow) charts: it only counts the pages.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int total = 0;
    {
        QPdfWriter writer(&scratch);
        setUp(writer);
        QPainter painter;
        if (painter.begin(&writer)) {
            total = layOut(writer, painter, 0);
            painter.end();
        }
    }
    QPdfWriter writer(device);
    setUp(writer);
    QPainter painter;
    if (total == 0 || !painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot start the PDF document");
        return false;
    }
    m_pageCount = layOut(writer, painter, total);
    painter.end();
    return m_pageCount == total;
}

int PdfReport::layOut(QPdfWriter& writer, QPainter& painter, int totalPages) const
{
    PdfPages pages(writer, painter, tr("CloudShift · generated %1").arg(m_generated), totalPages);
    const ReportContent content(m_analysis, m_charts.figures());
    titlePage(pages);
    summaryPage(pages);
    chartPages(pages, painter, totalPages > 0);
    workloadPages(pages);
    pages.textSection(tr("Assumptions"), content.assumptions());
    pages.textSection(tr("Risk rubric"), content.riskRubric(), 9);
    pages.tableSection(tr("Not mapped: Azure cost kept as is"), *content.notMappedTable(), 0, 9);
    pages.textSection(tr("Data sources"), content.dataSources(), 8.5);
    return pages.pageCount();
}

void PdfReport::titlePage(PdfPages& pages) const
{
    const ReportContent content(m_analysis, m_charts.figures());
    QRectF area = pages.beginPage();
    pages.heading(area, QStringLiteral("CloudShift"), 30);
    pages.heading(area, tr("Migration report: Azure compared with AWS and Google Cloud"), 16);
    pages.paragraph(area, content.titleFacts(m_generated).join(u'\n'), 10.5);
}

void PdfReport::summaryPage(PdfPages& pages) const
{
    const ReportContent content(m_analysis, m_charts.figures());
    QRectF area = pages.beginPage();
    pages.heading(area, tr("Executive summary"));
    if (!m_charts.figures().options.empty()) {
        pages.table(area, *content.optionsTable(), 0, 10);
        for (const QString& fact : content.summaryFacts())
            pages.paragraph(area, fact, 10.5);
        area.setTop(area.top() + area.height() * 0.02);
    }
    pages.table(area, *content.billTable(), 0, 10, 0.65);
    const QStringList& notes = m_analysis.plan.notes;
    if (!notes.isEmpty())
        pages.paragraph(area, u"• " + notes.join(QStringLiteral("\n• ")), 9, QColor(0x44, 0x44, 0x44));
}

void PdfReport::chartPages(PdfPages& pages, QPainter& painter, bool paintCharts) const
{
    for (ChartSet::Chart chart : ChartSet::all()) {
        QRectF area = pages.beginPage();
        pages.heading(area, ChartSet::title(chart));
        pages.paragraph(area, ChartSet::description(chart), 9.5, QColor(0x44, 0x44, 0x44));
        if (paintCharts)
            paintChart(painter, area, m_charts, chart, QString());
    }
}

void PdfReport::workloadPages(PdfPages& pages) const
{
    if (m_charts.outlookModel()->rowCount() > 0) {
        // An A4 page has room for fewer columns: it leaves out the region, the wave's length and today's
        // latency (the charts show them).
        using W = WorkloadOutlookModel;
        ColumnSubsetProxy printed({ W::Workload, W::Target, W::Wave, W::WaveStart, W::BaselineMonthly,
            W::TargetMonthly, W::MonthlySaving, W::SavingPercent, W::OneTime, W::Confidence, W::RiskScore,
            W::DataConfidence, W::LatencyAfter });
        printed.setSourceModel(m_charts.outlookModel());
        pages.tableSection(tr("Workloads in the scenario"), printed, 0, 7.5);
    }
    // The bill's per-workload comparison, most expensive first as the overview opens.
    WorkloadTableModel model;
    model.setResults(m_analysis.plan);
    WorkloadSortFilterProxy sorted(WorkloadTableModel::Workload);
    sorted.setSourceModel(&model);
    sorted.sort(WorkloadTableModel::Azure, Qt::DescendingOrder);
    pages.tableSection(tr("Workloads"), sorted, WorkloadTableModel::Workload);
}

} // namespace cloudshift
