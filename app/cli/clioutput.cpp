#include "clioutput.h"

namespace cloudshift {

namespace {

    QString pad(const QString& text, int width) { return text.leftJustified(width, QLatin1Char(' '), true); }
    QString right(const QString& text, int width) { return text.rightJustified(width, QLatin1Char(' ')); }
    QString percent(double value) { return QString::number(value, 'f', 1) + QLatin1Char('%'); }

} // namespace

void printImportSummary(QTextStream& out, const ImportSummary& summary, int resourceCount)
{
    for (const ImportedFile& file : summary.files) {
        out << file.path << '\n';
        out << "  format:  " << file.formatName;
        if (!file.schemaVersion.isEmpty())
            out << ", schema " << file.schemaVersion;
        out << ", " << costKindId(file.costKind) << " cost\n";
        out << "  rows:    " << file.rows << " read, " << file.skippedRows << " skipped\n";
    }
    out << "rows:      " << summary.rows << " read, " << summary.skippedRows << " skipped\n";
    for (const auto& [currency, total] : summary.totalsByCurrency)
        out << "total:     " << (currency.isEmpty() ? QStringLiteral("(no currency)") : currency) << ' '
            << formatMoney(total) << '\n';
    out << "resources: " << resourceCount << '\n';
    if (summary.firstDate.isValid())
        out << "dates:     " << summary.firstDate.toString(Qt::ISODate) << " to "
            << summary.lastDate.toString(Qt::ISODate) << '\n';
}

void printPlan(QTextStream& out, const PlanResult& plan)
{
    out << "Monthly cost (" << plan.currency << "), price catalog " << plan.catalogDate << "\n";
    out << pad(QStringLiteral("month"), 9) << right(QStringLiteral("Azure"), 14) << right(QStringLiteral("AWS"), 14)
        << right(QStringLiteral("Google Cloud"), 14) << '\n';
    for (std::size_t m = 0; m < plan.months.size(); ++m) {
        out << pad(plan.months[m].toString(QStringLiteral("yyyy-MM")), 9) << right(formatMoney(plan.baseline.monthly[m]), 14)
            << right(formatMoney(plan.aws.monthly[m]), 14) << right(formatMoney(plan.gcp.monthly[m]), 14) << '\n';
    }
    out << pad(QStringLiteral("total"), 9) << right(formatMoney(plan.baseline.total), 14)
        << right(formatMoney(plan.aws.total), 14) << right(formatMoney(plan.gcp.total), 14) << '\n';
    out << pad(QStringLiteral("saving"), 9) << right(QString(), 14) << right(percent(plan.aws.savingPercent), 14)
        << right(percent(plan.gcp.savingPercent), 14) << "\n\n";

    out << pad(QStringLiteral("workload"), 28) << right(QStringLiteral("VMs"), 5) << right(QStringLiteral("Azure"), 14)
        << right(QStringLiteral("AWS"), 14) << right(QStringLiteral("GCP"), 14) << "  confidence (AWS/GCP)\n";
    for (const WorkloadPlanRow& w : plan.workloads) {
        out << pad(w.workload, 28) << right(QString::number(w.vms), 5) << right(formatMoney(w.azure), 14)
            << right(formatMoney(w.aws), 14) << right(formatMoney(w.gcp), 14) << "  " << confidenceId(w.awsConfidence)
            << '/' << confidenceId(w.gcpConfidence) << '\n';
    }
    for (const QString& note : plan.notes)
        out << "\nnote: " << note;
    out << '\n';
}

void printScenario(QTextStream& out, const ScenarioResult& r)
{
    out << "Scenario: " << r.name << " (" << r.currency << ", " << r.months.size() << " months from "
        << (r.months.empty() ? QString() : r.months.front().month.toString(QStringLiteral("yyyy-MM")))
        << "; run rates: " << r.runRateBasis << ")\n";
    out << "TCO:        baseline " << formatMoney(r.tcoBaseline) << ", scenario " << formatMoney(r.tcoScenario)
        << " (one-time " << formatMoney(r.oneTimeTotal) << ")\n";
    out << "break-even: "
        << (r.breakEvenMonth ? r.months[static_cast<std::size_t>(*r.breakEvenMonth)].month.toString(QStringLiteral("yyyy-MM"))
                             : QStringLiteral("never within the horizon"))
        << '\n';
    out << "coverage:   " << QString::number(r.mappedCostShare * 100.0, 'f', 1) << "% of the baseline has a priced target\n";
    out << pad(QStringLiteral("workload"), 28) << pad(QStringLiteral("target"), 8) << pad(QStringLiteral("region"), 16)
        << right(QStringLiteral("now/month"), 14) << right(QStringLiteral("then/month"), 14) << right(QStringLiteral("one-time"), 14)
        << '\n';
    for (const ScenarioWorkload& w : r.workloads) {
        out << pad(w.name, 28) << pad(targetId(w.target), 8) << pad(w.region, 16) << right(formatMoney(w.baselineMonthly), 14)
            << right(formatMoney(w.targetMonthly), 14) << right(formatMoney(w.oneTime), 14) << '\n';
    }
}

void printDiagnostics(QTextStream& err, const ImportSummary& summary)
{
    for (const ImportDiagnostic& d : summary.diagnostics) {
        QString text = d.toString();
        // "file:line:col: error: message", the form editors and terminals link to.
        const QString kind = d.severity == ImportDiagnostic::Severity::Error ? QStringLiteral("error: ")
                                                                              : QStringLiteral("warning: ");
        text.insert(text.size() - d.message.size(), kind);
        err << text << '\n';
    }
    if (summary.droppedDiagnostics > 0)
        err << "... and " << summary.droppedDiagnostics << " more problems not listed\n";
}

} // namespace cloudshift
