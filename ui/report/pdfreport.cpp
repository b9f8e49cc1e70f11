#include "pdfreport.h"

#include "models/displaytext.h"
#include "models/workloadsortfilterproxy.h"
#include "models/workloadtablemodel.h"
#include "pipeline/analysis.h"
#include "report/chartpainter.h"
#include "report/tablepainter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardItemModel>

namespace cloudshift {

namespace {

QFont reportFont(qreal pointSize, bool bold = false)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// A partitioned export has hundreds of parts; the title page names the first few.
constexpr int kListedInputs = 12;

} // namespace

PdfReport::PdfReport(const Analysis& analysis)
    : m_analysis(analysis)
    , m_generated(QDate::currentDate().toString(Qt::ISODate))
{
}

bool PdfReport::write(QIODevice* device, QString* error) const
{
    QPdfWriter writer(device);
    writer.setTitle(tr("CloudShift migration cost report"));
    writer.setCreator(QStringLiteral("CloudShift"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
        QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot start the PDF document");
        return false;
    }
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    int pageNumber = 1;
    paintTitlePage(painter, page);
    paintFooter(painter, page, pageNumber);

    writer.newPage();
    paintChartPage(painter, page);
    paintFooter(painter, page, ++pageNumber);

    paintWorkloadPages(writer, painter, page, pageNumber);
    painter.end();
    return true;
}

qreal PdfReport::paintHeading(
    QPainter& painter, const QRectF& area, const QString& text, qreal pointSize) const
{
    const QFont font = reportFont(pointSize, true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF bounds = painter.boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    painter.drawText(bounds, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return bounds.height() + QFontMetricsF(font, painter.device()).height() * 0.4;
}

void PdfReport::paintTitlePage(QPainter& painter, const QRectF& page) const
{
    const PlanResult& plan = m_analysis.plan;
    const ImportSummary& import = m_analysis.import;
    QRectF area = page;
    area.setTop(area.top() + paintHeading(painter, area, QStringLiteral("CloudShift"), 30));
    area.setTop(area.top()
        + paintHeading(
            painter, area, tr("Migration cost report: Azure compared with AWS and Google Cloud"), 16));

    QStringList facts;
    facts << tr("Generated: %1").arg(m_generated);
    if (import.firstDate.isValid())
        facts << tr("Billing period: %1 to %2")
                     .arg(import.firstDate.toString(Qt::ISODate), import.lastDate.toString(Qt::ISODate));
    facts << tr("Currency: %1").arg(plan.currency);
    facts << tr("Prices as of: %1").arg(plan.catalogDate.isEmpty() ? tr("unknown") : plan.catalogDate);
    facts << tr("Rows read: %1 (%2 skipped); %3 resources in %4 workloads")
                 .arg(QLocale().toString(import.rows), QLocale().toString(import.skippedRows),
                     QLocale().toString(m_analysis.resourceCount),
                     QLocale().toString(m_analysis.workloadCount));
    facts << tr("Inputs:");
    int listed = 0;
    for (const ImportedFile& file : import.files) {
        if (listed++ == kListedInputs) {
            facts << tr("    … and %1 more files")
                         .arg(static_cast<qint64>(import.files.size()) - kListedInputs);
            break;
        }
        facts << QStringLiteral("    %1 — %2").arg(QFileInfo(file.path).fileName(), file.formatName);
    }

    painter.setFont(reportFont(10.5));
    const QString factText = facts.join(u'\n');
    const QRectF factBounds = painter.boundingRect(area, Qt::AlignLeft | Qt::AlignTop, factText);
    painter.drawText(factBounds, Qt::AlignLeft | Qt::AlignTop, factText);
    area.setTop(factBounds.bottom() + QFontMetricsF(painter.font(), painter.device()).height());

    area.setTop(area.top() + paintHeading(painter, area, tr("Executive summary"), 14));
    area.setTop(area.top() + paintSummaryTable(painter, area));

    if (!plan.notes.isEmpty()) {
        painter.setFont(reportFont(9));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QString notes = u"• " + plan.notes.join(QStringLiteral("\n• "));
        area.setTop(area.top() + QFontMetricsF(painter.font(), painter.device()).height());
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, notes);
    }
}

qreal PdfReport::paintSummaryTable(QPainter& painter, const QRectF& area) const
{
    const PlanResult& plan = m_analysis.plan;
    QStandardItemModel table(0, 4);
    table.setHorizontalHeaderLabels(
        { tr("Scenario"), tr("Total (%1)").arg(plan.currency), tr("Saving vs Azure"), tr("Saving %") });
    const auto addRow = [&table](const CostSeries& series, bool isBaseline) {
        QList<QStandardItem*> items { new QStandardItem(series.name),
            new QStandardItem(groupedMoney(series.total)),
            new QStandardItem(isBaseline ? QStringLiteral("—") : groupedMoney(series.savingVsBaseline)),
            new QStandardItem(isBaseline ? QStringLiteral("—") : percentText(series.savingPercent)) };
        for (int column = 1; column < items.size(); ++column)
            items[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table.appendRow(items);
    };
    addRow(plan.baseline, true);
    addRow(plan.aws, false);
    addRow(plan.gcp, false);

    const TablePainter tablePainter(&table, reportFont(11));
    return tablePainter.paint(
        painter, QRectF(area.topLeft(), QSizeF(area.width() * 0.6, area.height())), 0, 3);
}

void PdfReport::paintChartPage(QPainter& painter, const QRectF& page) const
{
    QRectF area = page;
    area.setTop(area.top() + paintHeading(painter, area, tr("Monthly cost"), 16));
    area.setBottom(area.bottom() - QFontMetricsF(reportFont(8), painter.device()).height() * 2);
    paintMonthlyCostChart(painter, area, m_analysis.plan, QString());
}

void PdfReport::paintWorkloadPages(
    QPdfWriter& writer, QPainter& painter, const QRectF& page, int& pageNumber) const
{
    // Printed in the order the overview opens with: the most expensive workloads first.
    WorkloadTableModel model;
    model.setResults(m_analysis.plan);
    WorkloadSortFilterProxy sorted(WorkloadTableModel::Workload);
    sorted.setSourceModel(&model);
    sorted.sort(WorkloadTableModel::Azure, Qt::DescendingOrder);

    const TablePainter tablePainter(&sorted, reportFont(8.5), WorkloadTableModel::Workload);
    const qreal footerHeight = QFontMetricsF(reportFont(8), painter.device()).height() * 2;
    int firstRow = 0;
    do {
        writer.newPage();
        QRectF area = page;
        const QString heading = firstRow == 0 ? tr("Workloads") : tr("Workloads (continued)");
        area.setTop(area.top() + paintHeading(painter, area, heading, 16));
        area.setBottom(area.bottom() - footerHeight);
        const int rows = std::max(1, tablePainter.rowsThatFit(painter, area.height()));
        tablePainter.paint(painter, area, firstRow, rows);
        paintFooter(painter, page, ++pageNumber);
        firstRow += rows;
    } while (firstRow < sorted.rowCount());
}

void PdfReport::paintFooter(QPainter& painter, const QRectF& page, int pageNumber) const
{
    painter.save();
    painter.setFont(reportFont(8));
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QString text = tr("CloudShift · generated %1 · page %2").arg(m_generated).arg(pageNumber);
    painter.drawText(page, Qt::AlignBottom | Qt::AlignRight, text);
    painter.restore();
}

} // namespace cloudshift
