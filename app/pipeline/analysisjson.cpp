#include "analysisjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cloudshift {

namespace {

    std::string str(const QString& text) { return text.toStdString(); }

    // Micro-units as a decimal number; exact for any total a bill can reach (< 2^53 micro-units).
    double money(Micros value) { return microsToDouble(value); }

    double roundedPercent(double value) { return std::round(value * 100.0) / 100.0; }

    std::string isoDate(const QDate& date) { return date.isValid() ? str(date.toString(Qt::ISODate)) : std::string(); }

} // namespace

void to_json(nlohmann::json& json, const ImportDiagnostic& d)
{
    json = {{"severity", d.severity == ImportDiagnostic::Severity::Error ? "error" : "warning"},
        {"file", str(d.file)}, {"line", d.line}, {"column", d.column}, {"message", str(d.message)}};
}

void to_json(nlohmann::json& json, const ImportedFile& f)
{
    json = {{"path", str(f.path)}, {"format", str(f.format)}, {"formatName", str(f.formatName)},
        {"schemaVersion", str(f.schemaVersion)}, {"costKind", str(costKindId(f.costKind))}, {"bytes", f.bytes},
        {"rows", f.rows}, {"skippedRows", f.skippedRows}};
}

void to_json(nlohmann::json& json, const ImportSummary& s)
{
    nlohmann::json totals = nlohmann::json::object();
    for (const auto& [currency, total] : s.totalsByCurrency)
        totals[str(currency)] = money(total);
    json = {{"files", s.files}, {"rows", s.rows}, {"skippedRows", s.skippedRows}, {"totalsByCurrency", totals},
        {"firstDate", isoDate(s.firstDate)}, {"lastDate", isoDate(s.lastDate)}, {"diagnostics", s.diagnostics},
        {"droppedDiagnostics", s.droppedDiagnostics}};
}

void to_json(nlohmann::json& json, const Offer& o)
{
    json = {{"cloud", str(cloudId(o.cloud))}, {"service", str(o.service)}, {"sku", str(o.sku)},
        {"region", str(o.region)}, {"usdPerHour", o.usdPerHour}, {"confidence", str(confidenceId(o.confidence))},
        {"reason", str(o.reason)}, {"source", str(o.source)}, {"sourceDate", str(o.sourceDate)}};
}

void to_json(nlohmann::json& json, const CostSeries& s)
{
    nlohmann::json monthly = nlohmann::json::array();
    for (Micros value : s.monthly)
        monthly.push_back(money(value));
    json = {{"name", str(s.name)}, {"cloud", str(cloudId(s.cloud))}, {"monthly", monthly}, {"total", money(s.total)},
        {"savingVsBaseline", money(s.savingVsBaseline)}, {"savingPercent", roundedPercent(s.savingPercent)}};
}

void to_json(nlohmann::json& json, const WorkloadPlanRow& w)
{
    json = {{"workload", str(w.workload)}, {"groupedBy", str(w.groupedBy)}, {"resources", w.resources},
        {"vms", w.vms}, {"vmsMappedAws", w.vmsMappedAws}, {"vmsMappedGcp", w.vmsMappedGcp}, {"azure", money(w.azure)},
        {"aws", money(w.aws)}, {"gcp", money(w.gcp)}, {"awsSaving", money(w.awsSaving)},
        {"gcpSaving", money(w.gcpSaving)}, {"awsSavingPercent", roundedPercent(w.awsSavingPercent)},
        {"gcpSavingPercent", roundedPercent(w.gcpSavingPercent)},
        {"awsConfidence", str(confidenceId(w.awsConfidence))}, {"gcpConfidence", str(confidenceId(w.gcpConfidence))}};
}

void to_json(nlohmann::json& json, const ResourcePlanRow& r)
{
    json = {{"resourceId", str(r.resourceId)}, {"resourceName", str(r.resourceName)}, {"workload", str(r.workload)},
        {"serviceCategory", str(r.serviceCategory)}, {"azureSku", str(r.azureSku)}, {"azureRegion", str(r.azureRegion)},
        {"usageHours", r.usageHours}, {"azure", money(r.azure)}, {"aws", money(r.aws)}, {"gcp", money(r.gcp)},
        {"awsOffer", r.awsOffer}, {"gcpOffer", r.gcpOffer}};
}

void to_json(nlohmann::json& json, const PlanResult& p)
{
    nlohmann::json months = nlohmann::json::array();
    for (const QDate& month : p.months)
        months.push_back(str(month.toString(QStringLiteral("yyyy-MM"))));
    nlohmann::json notes = nlohmann::json::array();
    for (const QString& note : p.notes)
        notes.push_back(str(note));
    json = {{"currency", str(p.currency)}, {"catalogDate", str(p.catalogDate)}, {"months", months},
        {"series", nlohmann::json::array({p.baseline, p.aws, p.gcp})}, {"workloads", p.workloads},
        {"carriedOver", {{"aws", money(p.carriedOverAws)}, {"gcp", money(p.carriedOverGcp)}}}, {"notes", notes}};
}

nlohmann::json planResourcesToJson(const PlanResult& plan)
{
    return plan.resources;
}

} // namespace cloudshift
