#include "overviewpage.h"

#include "charts/monthlycostchartview.h"
#include "models/displaytext.h"
#include "models/monthlycostmodel.h"
#include "models/workloadsortfilterproxy.h"
#include "models/workloadtablemodel.h"
#include "pages/summarycard.h"
#include "pipeline/analysis.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cloudshift {

namespace {

QString savingDetail(const CostSeries& series, Micros carriedOver, const QString& currency)
{
    QString detail
        = OverviewPage::tr("Saving %1 (%2) against Azure")
              .arg(percentText(series.savingPercent), moneyWithCurrency(series.savingVsBaseline, currency));
    if (carriedOver != 0)
        detail += u'\n'
            + OverviewPage::tr("Includes %1 of Azure cost carried over unpriced")
                  .arg(moneyWithCurrency(carriedOver, currency));
    return detail;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_monthlyModel(new MonthlyCostModel(this))
    , m_workloadModel(new WorkloadTableModel(this))
    , m_workloadProxy(new WorkloadSortFilterProxy(WorkloadTableModel::Workload, this))
{
    m_workloadProxy->setSourceModel(m_workloadModel);
    m_stack = new QStackedWidget(this);
    m_welcome = createWelcome();
    m_results = createResults();
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_results);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* OverviewPage::createWelcome()
{
    // Shown only when opened exports produced no analysis (it failed or was cancelled): the start page
    // offers the ways in, and the import page says what went wrong.
    auto* welcome = new QLabel(tr("Nothing analysed yet. The Import page shows what was read."), this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setForegroundRole(QPalette::PlaceholderText);
    return welcome;
}

QWidget* OverviewPage::createResults()
{
    auto* results = new QWidget(this);
    m_baselineCard = new SummaryCard(tr("Azure (baseline)"), results);
    m_awsCard = new SummaryCard(tr("All to AWS"), results);
    m_gcpCard = new SummaryCard(tr("All to Google Cloud"), results);
    m_dataCard = new SummaryCard(tr("Imported"), results);
    auto* cards = new QHBoxLayout;
    for (SummaryCard* card : { m_baselineCard, m_awsCard, m_gcpCard, m_dataCard })
        cards->addWidget(card, 1);

    m_chartView = new MonthlyCostChartView(results);
    m_chartView->setModel(m_monthlyModel);

    m_filter = new QLineEdit(results);
    m_filter->setPlaceholderText(tr("Filter workloads by name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_workloadProxy, &WorkloadSortFilterProxy::setWorkloadFilter);

    m_workloadView = new QTableView(results);
    m_workloadView->setModel(m_workloadProxy);
    m_workloadView->setSortingEnabled(true);
    m_workloadView->sortByColumn(WorkloadTableModel::Azure, Qt::DescendingOrder);
    m_workloadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workloadView->setAlternatingRowColors(true);
    m_workloadView->verticalHeader()->hide();
    // Dense rows: the style's default height shows a third fewer rows of figures.
    m_workloadView->verticalHeader()->setDefaultSectionSize(m_workloadView->fontMetrics().lineSpacing() + 8);
    m_workloadView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_workloadView->horizontalHeader()->setSectionResizeMode(
        WorkloadTableModel::Workload, QHeaderView::Stretch);

    auto* tableBox = new QWidget(results);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_workloadView);

    auto* splitter = new QSplitter(Qt::Vertical, results);
    splitter->addWidget(m_chartView);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_notes = new QLabel(results);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(results);
    layout->addLayout(cards);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notes);
    return results;
}

void OverviewPage::setAnalysis(const Analysis& analysis)
{
    const PlanResult& plan = analysis.plan;
    m_monthlyModel->setResults(plan);
    m_workloadModel->setResults(plan);

    const QLocale locale;
    QString period;
    if (!plan.months.empty())
        period = (plan.months.size() == 1 ? tr("%1 – %2, one month") : tr("%1 – %2, %3 months"))
                     .arg(monthText(plan.months.front()), monthText(plan.months.back()),
                         locale.toString(static_cast<qint64>(plan.months.size())));
    m_baselineCard->setCaption(plan.baseline.name.isEmpty() ? tr("Azure (baseline)") : plan.baseline.name);
    m_baselineCard->setContent(moneyWithCurrency(plan.baseline.total, plan.currency), period);
    m_awsCard->setCaption(plan.aws.name.isEmpty() ? tr("All to AWS") : plan.aws.name);
    m_awsCard->setContent(moneyWithCurrency(plan.aws.total, plan.currency),
        savingDetail(plan.aws, plan.carriedOverAws, plan.currency));
    m_gcpCard->setCaption(plan.gcp.name.isEmpty() ? tr("All to Google Cloud") : plan.gcp.name);
    m_gcpCard->setContent(moneyWithCurrency(plan.gcp.total, plan.currency),
        savingDetail(plan.gcp, plan.carriedOverGcp, plan.currency));

    QStringList formats;
    for (const ImportedFile& file : analysis.import.files) {
        const QString format = file.formatName.isEmpty() ? file.format : file.formatName;
        if (!formats.contains(format))
            formats << format;
    }
    const QString rows = tr("%1 rows").arg(locale.toString(analysis.import.rows));
    const qsizetype fileCount = static_cast<qsizetype>(analysis.import.files.size());
    const QString formatList = formats.join(QStringLiteral(", "));
    QString detail = fileCount == 1 ? tr("One file: %1").arg(formatList)
                                    : tr("%1 files: %2").arg(locale.toString(fileCount), formatList);
    if (analysis.import.skippedRows > 0)
        detail += u'\n' + tr("%1 rows skipped").arg(locale.toString(analysis.import.skippedRows));
    detail += u'\n'
        + tr("%1 resources in %2 workloads")
              .arg(locale.toString(analysis.resourceCount), locale.toString(analysis.workloadCount));
    if (!plan.catalogDate.isEmpty())
        detail += u'\n' + tr("Prices as of %1").arg(plan.catalogDate);
    m_dataCard->setContent(rows, detail);

    m_notes->setText(plan.notes.isEmpty() ? QString() : u"• " + plan.notes.join(QStringLiteral("\n• ")));
    m_notes->setVisible(!plan.notes.isEmpty());
    m_stack->setCurrentWidget(m_results);
}

void OverviewPage::clear()
{
    setAnalysis(Analysis {});
    m_stack->setCurrentWidget(m_welcome);
}

void OverviewPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace cloudshift
