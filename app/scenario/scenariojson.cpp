#include "scenariojson.h"

#include <nlohmann/json.hpp>

namespace cloudshift {

namespace {

    std::string str(const QString& text) { return text.toStdString(); }

    // Reads json[key] into value when present; records the first type error with its path.
    struct Reader
    {
        QString* error;
        bool ok = true;

        void fail(const QString& path, const QString& message)
        {
            if (ok && error)
                *error = path + QStringLiteral(": ") + message;
            ok = false;
        }

        template<typename T>
        void number(const nlohmann::json& json, const char* key, T& value, const QString& path)
        {
            const auto it = json.find(key);
            if (it == json.end())
                return;
            if (!it->is_number())
                return fail(path + QLatin1String(key), QStringLiteral("expected a number"));
            value = it->get<T>();
        }

        void boolean(const nlohmann::json& json, const char* key, bool& value, const QString& path)
        {
            const auto it = json.find(key);
            if (it == json.end())
                return;
            if (!it->is_boolean())
                return fail(path + QLatin1String(key), QStringLiteral("expected true or false"));
            value = it->get<bool>();
        }

        QString text(const nlohmann::json& json, const char* key, const QString& path)
        {
            const auto it = json.find(key);
            if (it == json.end())
                return {};
            if (!it->is_string()) {
                fail(path + QLatin1String(key), QStringLiteral("expected a string"));
                return {};
            }
            return QString::fromStdString(it->get<std::string>());
        }

        template<typename Enum>
        void choice(const nlohmann::json& json, const char* key, Enum& value, const QString& path,
            std::optional<Enum> (*parse)(const QString&), const char* what)
        {
            const QString id = text(json, key, path);
            if (id.isEmpty())
                return;
            if (const auto parsed = parse(id))
                value = *parsed;
            else
                fail(path + QLatin1String(key), QStringLiteral("'%1' is not %2").arg(id, QLatin1String(what)));
        }
    };

} // namespace

void to_json(nlohmann::json& json, const Assumptions& a)
{
    json = {{"horizon_months", a.horizonMonths}, {"growth_per_year", a.growthPerYear},
        {"labour_per_resource", a.labourPerResource}, {"labour_per_vcpu", a.labourPerVcpu},
        {"parallel_run_months", a.parallelRunMonths}, {"azure_egress_usd_per_gb", a.azureEgressUsdPerGb},
        {"exit_egress_waived", a.exitEgressWaived}, {"aws_reserved_1y", a.awsReserved1y},
        {"aws_reserved_3y", a.awsReserved3y}, {"aws_savings_plan_1y", a.awsSavingsPlan1y},
        {"aws_savings_plan_3y", a.awsSavingsPlan3y}, {"gcp_committed_1y", a.gcpCommitted1y},
        {"gcp_committed_3y", a.gcpCommitted3y}, {"azure_reserved_1y", a.azureReserved1y},
        {"azure_reserved_3y", a.azureReserved3y}, {"spot_discount", a.spotDiscount}, {"currency", str(a.currency)},
        {"usd_to_currency", a.usdToCurrency}};
}

void to_json(nlohmann::json& json, const Placement& p)
{
    json = {{"workload", str(p.workload)}, {"target", str(targetId(p.target))}, {"region", str(p.region)},
        {"pricing", str(pricingModelId(p.pricing))}, {"spot_share", p.spotShare}, {"strategy", str(strategyId(p.strategy))},
        {"wave_start", p.waveStart}, {"wave_months", p.waveMonths}};
}

void to_json(nlohmann::json& json, const Scenario& s)
{
    json = {{"name", str(s.name)}, {"assumptions", s.assumptions}, {"placements", s.placements}};
}

bool scenarioFromJson(const nlohmann::json& json, Scenario& scenario, QString* error)
{
    Reader r{error};
    if (!json.is_object()) {
        r.fail(QStringLiteral("scenario"), QStringLiteral("expected an object"));
        return false;
    }
    Scenario s;
    s.name = r.text(json, "name", QString());
    if (const auto it = json.find("assumptions"); it != json.end() && it->is_object()) {
        const QString at = QStringLiteral("assumptions.");
        Assumptions& a = s.assumptions;
        r.number(*it, "horizon_months", a.horizonMonths, at);
        r.number(*it, "growth_per_year", a.growthPerYear, at);
        if (const auto labour = it->find("labour_per_resource"); labour != it->end()) {
            if (!labour->is_array() || labour->size() != a.labourPerResource.size())
                r.fail(at + QStringLiteral("labour_per_resource"), QStringLiteral("expected 7 numbers, one per strategy"));
            else
                for (std::size_t i = 0; i < a.labourPerResource.size(); ++i)
                    r.number(nlohmann::json{{"v", (*labour)[i]}}, "v", a.labourPerResource[i], at + QStringLiteral("labour_per_resource"));
        }
        r.number(*it, "labour_per_vcpu", a.labourPerVcpu, at);
        r.number(*it, "parallel_run_months", a.parallelRunMonths, at);
        r.number(*it, "azure_egress_usd_per_gb", a.azureEgressUsdPerGb, at);
        r.boolean(*it, "exit_egress_waived", a.exitEgressWaived, at);
        r.number(*it, "aws_reserved_1y", a.awsReserved1y, at);
        r.number(*it, "aws_reserved_3y", a.awsReserved3y, at);
        r.number(*it, "aws_savings_plan_1y", a.awsSavingsPlan1y, at);
        r.number(*it, "aws_savings_plan_3y", a.awsSavingsPlan3y, at);
        r.number(*it, "gcp_committed_1y", a.gcpCommitted1y, at);
        r.number(*it, "gcp_committed_3y", a.gcpCommitted3y, at);
        r.number(*it, "azure_reserved_1y", a.azureReserved1y, at);
        r.number(*it, "azure_reserved_3y", a.azureReserved3y, at);
        r.number(*it, "spot_discount", a.spotDiscount, at);
        a.currency = r.text(*it, "currency", at);
        r.number(*it, "usd_to_currency", a.usdToCurrency, at);
        if (r.ok && (a.horizonMonths < 12 || a.horizonMonths > 60))
            r.fail(at + QStringLiteral("horizon_months"), QStringLiteral("%1 is outside 12–60").arg(a.horizonMonths));
    }
    if (const auto it = json.find("placements"); it != json.end()) {
        if (!it->is_array()) {
            r.fail(QStringLiteral("placements"), QStringLiteral("expected a list"));
        } else {
            for (std::size_t i = 0; i < it->size() && r.ok; ++i) {
                const auto& item = (*it)[i];
                const QString at = QStringLiteral("placements[%1].").arg(i);
                if (!item.is_object()) {
                    r.fail(at.chopped(1), QStringLiteral("expected an object"));
                    break;
                }
                Placement p;
                p.workload = r.text(item, "workload", at);
                r.choice(item, "target", p.target, at, &targetFromId, "a target (azure, aws, gcp, retire)");
                p.region = r.text(item, "region", at);
                r.choice(item, "pricing", p.pricing, at, &pricingModelFromId, "a pricing model");
                r.number(item, "spot_share", p.spotShare, at);
                r.choice(item, "strategy", p.strategy, at, &strategyFromId, "a migration strategy");
                r.number(item, "wave_start", p.waveStart, at);
                r.number(item, "wave_months", p.waveMonths, at);
                if (r.ok && p.workload.isEmpty())
                    r.fail(at + QStringLiteral("workload"), QStringLiteral("missing"));
                s.placements.push_back(p);
            }
        }
    }
    if (!r.ok)
        return false;
    scenario = std::move(s);
    return true;
}

} // namespace cloudshift
