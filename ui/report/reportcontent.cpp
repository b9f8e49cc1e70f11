#include "reportcontent.h"

#include "catalog/catalog.h"
#include "latency/latencydata.h"
#include "models/displaytext.h"
#include "models/workloadoutlookmodel.h"
#include "pipeline/analysis.h"
#include "pipeline/reportfigures.h"
#include "risk/riskfactor.h"

#include <QFileInfo>
#include <QLocale>
#include <QStandardItemModel>

namespace cloudshift {

namespace {

// A partitioned export has hundreds of parts; the title page names the first few.
constexpr int kListedInputs = 12;

QList<QStandardItem*> rowOf(const QStringList& cells)
{
    QList<QStandardItem*> items;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        auto* item = new QStandardItem(cells[i]);
        if (i > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    return items;
}

} // namespace

ReportContent::ReportContent(const Analysis& analysis, const ReportFigures& figures)
    : m_analysis(analysis)
    , m_figures(figures)
{
}

QString ReportContent::monthLabel(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_figures.months.size())
        return {};
    return monthText(m_figures.months[static_cast<std::size_t>(index)]);
}

QStringList ReportContent::titleFacts(const QString& generated) const
{
    const ImportSummary& import = m_analysis.import;
    const QLocale locale;
    QStringList facts;
    facts << tr("Scenario: %1")
                 .arg(m_figures.scenarioName.isEmpty() ? tr("none simulated") : m_figures.scenarioName);
    facts << tr("Generated: %1").arg(generated);
    facts << tr("Prices as of: %1")
                 .arg(m_analysis.plan.catalogDate.isEmpty() ? tr("unknown") : m_analysis.plan.catalogDate);
    if (import.firstDate.isValid())
        facts << tr("Billing period: %1 to %2")
                     .arg(import.firstDate.toString(Qt::ISODate), import.lastDate.toString(Qt::ISODate));
    if (!m_figures.months.empty())
        facts << tr("Horizon: %1 to %2 (%3 months)")
                     .arg(monthLabel(0), monthLabel(static_cast<int>(m_figures.months.size()) - 1))
                     .arg(m_figures.months.size());
    facts << tr("Currency: %1").arg(m_analysis.plan.currency);
    facts << tr("Rows read: %1 (%2 skipped); %3 resources in %4 workloads")
                 .arg(locale.toString(import.rows), locale.toString(import.skippedRows),
                     locale.toString(m_analysis.resourceCount), locale.toString(m_analysis.workloadCount));
    facts << tr("Project inputs:");
    int listed = 0;
    for (const ImportedFile& file : import.files) {
        if (listed++ == kListedInputs) {
            facts << tr("    … and %1 more files")
                         .arg(static_cast<qint64>(import.files.size()) - kListedInputs);
            break;
        }
        facts << QStringLiteral("    %1 — %2").arg(QFileInfo(file.path).fileName(), file.formatName);
    }
    return facts;
}

std::unique_ptr<QStandardItemModel> ReportContent::optionsTable() const
{
    auto table = std::make_unique<QStandardItemModel>(0, 7);
    const QString currency = m_figures.currency;
    table->setHorizontalHeaderLabels({ tr("Option"), tr("Run rate / month (%1)").arg(currency),
        tr("One-time"), tr("TCO, %1 months").arg(m_figures.months.size()), tr("Saving vs Azure"),
        tr("Saving %"), tr("Break-even") });
    for (std::size_t i = 0; i < m_figures.options.size(); ++i) {
        const OptionSummary& option = m_figures.options[i];
        const bool baseline = i == 0;
        table->appendRow(rowOf({ option.name, groupedMoney(option.runRate), groupedMoney(option.oneTime),
            groupedMoney(option.tco), baseline ? QStringLiteral("—") : groupedMoney(option.tcoSaving),
            baseline ? QStringLiteral("—") : percentText(option.tcoSavingPercent),
            baseline ? QStringLiteral("—")
                     : (option.breakEvenMonth ? monthLabel(*option.breakEvenMonth) : tr("never")) }));
    }
    return table;
}

QStringList ReportContent::summaryFacts() const
{
    const QLocale locale;
    QStringList facts;
    const QString currency = m_figures.currency;
    facts << tr("Run rate today: %1 per month; with the scenario once every move is done: %2 per month.")
                 .arg(moneyWithCurrency(m_figures.runRateNow, currency),
                     moneyWithCurrency(m_figures.runRateScenario, currency));
    facts << tr("One-time cost of the scenario: %1 (labour, egress, parallel running).")
                 .arg(moneyWithCurrency(m_figures.oneTimeTotal, currency));
    facts << (m_figures.breakEvenMonth
            ? tr("Break-even: %1 (month %2 of the horizon); TCO %3 against %4 staying on Azure.")
                  .arg(monthLabel(*m_figures.breakEvenMonth))
                  .arg(*m_figures.breakEvenMonth + 1)
                  .arg(moneyWithCurrency(m_figures.tcoScenario, currency),
                      moneyWithCurrency(m_figures.tcoBaseline, currency))
            : tr("No break-even within the horizon; TCO %1 against %2 staying on Azure.")
                  .arg(moneyWithCurrency(m_figures.tcoScenario, currency),
                      moneyWithCurrency(m_figures.tcoBaseline, currency)));
    facts << tr("Migration risk: %1 of 100 (cost-weighted over the workloads); data confidence %2 of 5.")
                 .arg(locale.toString(m_figures.riskScore, 'f', 1),
                     locale.toString(m_figures.dataConfidence, 'f', 1));
    facts << tr("%1 of the baseline has a target price for its placement; the rest keeps its Azure cost.")
                 .arg(percentText(m_figures.mappedCostShare * 100.0));
    if (!m_figures.runRateBasis.isEmpty())
        facts << tr("Run rates: %1 of the bill.").arg(m_figures.runRateBasis);
    return facts;
}

std::unique_ptr<QStandardItemModel> ReportContent::billTable() const
{
    const PlanResult& plan = m_analysis.plan;
    auto table = std::make_unique<QStandardItemModel>(0, 4);
    table->setHorizontalHeaderLabels({ tr("The bill re-priced"), tr("Total (%1)").arg(plan.currency),
        tr("Saving vs Azure"), tr("Saving %") });
    for (const CostSeries* series : { &plan.baseline, &plan.aws, &plan.gcp }) {
        const bool baseline = series == &plan.baseline;
        table->appendRow(rowOf({ series->name, groupedMoney(series->total),
            baseline ? QStringLiteral("—") : groupedMoney(series->savingVsBaseline),
            baseline ? QStringLiteral("—") : percentText(series->savingPercent) }));
    }
    return table;
}

QStringList ReportContent::assumptions() const
{
    const Assumptions& a = m_analysis.scenario.assumptions;
    const QLocale locale;
    QStringList lines;
    lines << tr(
        "This scenario: horizon %1 months, growth %2 a year, %3 month(s) of parallel running, Azure egress "
        "%4 USD/GB (%5), labour %6 USD per vCPU on top of the per-resource labour of each strategy.")
                 .arg(a.horizonMonths)
                 .arg(percentText(a.growthPerYear * 100.0))
                 .arg(a.parallelRunMonths)
                 .arg(locale.toString(a.azureEgressUsdPerGb, 'f', 3),
                     a.exitEgressWaived ? tr("waived on exit") : tr("charged"),
                     locale.toString(a.labourPerVcpu, 'f', 0));
    for (const QString& note : assumptionNotes())
        lines << u"• " + note;
    for (const QString& note : m_analysis.plan.notes)
        lines << u"• " + note;
    return lines;
}

QStringList ReportContent::riskRubric() const
{
    const QLocale locale;
    QStringList lines;
    lines << tr(
        "Each factor is scored 0 (no concern) to 3 (major concern) by the rubric below and weighted; a "
        "workload's score is the weighted share of the maximum, 0–100. Data confidence (1–5) rates how far "
        "the figures behind it can be trusted: mapping confidence, measured latency, months of history.");
    for (const RiskFactorInfo& info : riskFactorInfos()) {
        lines << tr("%1 (weight %2): %3\n    0: %4\n    1: %5\n    2: %6\n    3: %7")
                     .arg(info.name,
                         locale.toString(m_analysis.plan.risk.weights.weight(info.factor), 'f', 1),
                         info.measures, info.rubric[0], info.rubric[1], info.rubric[2], info.rubric[3]);
    }
    return lines;
}

std::unique_ptr<QStandardItemModel> ReportContent::notMappedTable() const
{
    auto table = std::make_unique<QStandardItemModel>(0, 4);
    table->setHorizontalHeaderLabels({ tr("Azure meter category"), tr("Target without a price"),
        tr("Resources"), tr("Azure cost (%1)").arg(m_analysis.plan.currency) });
    for (const NotMappedCost& line : m_figures.notMapped)
        table->appendRow(rowOf({ line.category, cloudDisplayName(line.cloud),
            QLocale().toString(line.resources), groupedMoney(line.azure) }));
    if (m_figures.notMapped.empty())
        table->appendRow(
            rowOf({ tr("Every line has a price on both targets."), QString(), QString(), QString() }));
    return table;
}

QStringList ReportContent::dataSources() const
{
    QStringList lines;
    lines << tr(
        "Billing data: the imported Azure exports listed on the title page, read offline; nothing leaves "
        "the machine.");
    lines << tr("Price catalog (as of %1):").arg(m_analysis.plan.catalogDate);
    for (const CatalogSource& source : Catalog::embedded().sources())
        lines << tr("• %1 — %2, as of %3, %4; %5")
                     .arg(source.id, source.title, source.asOf, source.licence, source.upstream);
    lines << tr(
        "Latency: measured round-trip tables, newest first, then a distance model fitted on them (as of %1):")
                 .arg(LatencyData::embedded().modelAsOf());
    for (const MeasuredTable& table : LatencyData::embedded().tables())
        lines << tr("• %1 — %2, as of %3, %4; %5")
                     .arg(table.id, table.title, table.asOf, table.licence, table.upstream);
    return lines;
}

} // namespace cloudshift
