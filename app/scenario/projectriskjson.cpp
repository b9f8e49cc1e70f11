#include "projectriskjson.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

namespace cloudshift {

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

// A finite number at `key`; missing is a failure only when required.
std::optional<double> number(const nlohmann::json& object, const char* key, const QString& path,
    JsonFieldReader& reader, bool required = true)
{
    const nlohmann::json* value = reader.member(object, key, path, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number() || !std::isfinite(value->get<double>())) {
        reader.fail(JsonFieldReader::join(path, key), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return value->get<double>();
}

void readWeights(
    const nlohmann::json& json, RiskWeights& weights, JsonFieldReader& reader, const QString& path)
{
    if (!json.is_object()) {
        reader.fail(path, QStringLiteral("expected an object"));
        return;
    }
    for (auto it = json.begin(); it != json.end() && reader.ok(); ++it) {
        const QString id = QString::fromStdString(it.key());
        const auto factor = riskFactorFromId(id);
        const QString at = path + QLatin1Char('.') + id;
        if (!factor)
            reader.fail(at, QStringLiteral("not a risk factor"));
        else if (!it->is_number() || it->get<double>() < 0.0 || !std::isfinite(it->get<double>()))
            reader.fail(at, QStringLiteral("expected a number of 0 or more"));
        else
            weights.setWeight(*factor, it->get<double>());
    }
}

UserPopulation populationFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path)
{
    UserPopulation users;
    users.name = reader.text(json, "name", path);
    users.region = reader.text(json, "region", path, false);
    const auto latitude = number(json, "latitude", path, reader, false);
    const auto longitude = number(json, "longitude", path, reader, false);
    if (latitude && longitude)
        users.location = GeoCoordinate { *latitude, *longitude };
    users.share = number(json, "share", path, reader).value_or(0.0);
    if (reader.ok() && users.region.isEmpty() && !users.location)
        reader.fail(path, QStringLiteral("give a region or a latitude and longitude"));
    return users;
}

} // namespace

nlohmann::json projectRiskToJson(const Project& project)
{
    nlohmann::json weights = nlohmann::json::object();
    for (const RiskFactorInfo& info : riskFactorInfos())
        weights[str(info.id)] = project.riskWeights.weight(info.factor);
    nlohmann::json flows = nlohmann::json::array();
    for (const DependencyFlow& f : project.dependencies)
        flows.push_back({ { "from", str(f.from) }, { "to", str(f.to) }, { "gb_per_month", f.gbPerMonth },
            { "calls_per_second", f.callsPerSecond } });
    nlohmann::json populations = nlohmann::json::array();
    for (const auto& [workload, list] : project.userPopulations) {
        nlohmann::json users = nlohmann::json::array();
        for (const UserPopulation& u : list) {
            nlohmann::json item { { "name", str(u.name) }, { "share", u.share } };
            if (!u.region.isEmpty())
                item["region"] = str(u.region);
            if (u.location) {
                item["latitude"] = u.location->latitude;
                item["longitude"] = u.location->longitude;
            }
            users.push_back(std::move(item));
        }
        populations.push_back({ { "workload", str(workload) }, { "users", users } });
    }
    return { { "weights", weights }, { "dependencies", flows }, { "user_populations", populations } };
}

void projectRiskFromJson(
    const nlohmann::json& json, Project& project, JsonFieldReader& reader, const QString& path)
{
    if (!json.is_object()) {
        reader.fail(path, QStringLiteral("expected an object"));
        return;
    }
    if (const nlohmann::json* weights = reader.member(json, "weights", path, false))
        readWeights(*weights, project.riskWeights, reader, JsonFieldReader::join(path, "weights"));
    if (json.contains("dependencies")) {
        const nlohmann::json* flows = reader.array(json, "dependencies", path);
        for (std::size_t i = 0; flows && i < flows->size() && reader.ok(); ++i) {
            const QString at = JsonFieldReader::index(JsonFieldReader::join(path, "dependencies"), i);
            DependencyFlow flow;
            flow.from = reader.text((*flows)[i], "from", at);
            flow.to = reader.text((*flows)[i], "to", at);
            flow.gbPerMonth = number((*flows)[i], "gb_per_month", at, reader).value_or(0.0);
            flow.callsPerSecond = number((*flows)[i], "calls_per_second", at, reader).value_or(0.0);
            project.dependencies.push_back(flow);
        }
    }
    if (json.contains("user_populations")) {
        const nlohmann::json* list = reader.array(json, "user_populations", path);
        for (std::size_t i = 0; list && i < list->size() && reader.ok(); ++i) {
            const QString at = JsonFieldReader::index(JsonFieldReader::join(path, "user_populations"), i);
            const QString workload = reader.text((*list)[i], "workload", at);
            std::vector<UserPopulation>& users = project.userPopulations[workload];
            const nlohmann::json* items = reader.array((*list)[i], "users", at);
            for (std::size_t u = 0; items && u < items->size() && reader.ok(); ++u)
                users.push_back(populationFromJson(
                    (*items)[u], reader, JsonFieldReader::index(JsonFieldReader::join(at, "users"), u)));
        }
    }
}

} // namespace cloudshift
