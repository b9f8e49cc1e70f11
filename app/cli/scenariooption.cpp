#include "scenariooption.h"

#include "scenario/scenariojson.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace cloudshift {

namespace {

    bool isBuiltInName(const QString& value)
    {
        return value == u"optimised" || value == u"optimized" || value == u"stay-on-azure" || value == u"all-aws"
            || value == u"all-gcp";
    }

    Scenario everythingTo(const Analysis& analysis, Target target, const QString& name)
    {
        Scenario scenario;
        scenario.name = name;
        scenario.assumptions = analysis.scenario.assumptions;
        for (const WorkloadRates& w : analysis.simulation.rates) {
            Placement p{w.workload, target};
            p.waveMonths = target == Target::Azure ? 1 : 3;
            scenario.placements.push_back(p);
        }
        return scenario;
    }

} // namespace

std::optional<Scenario> resolveScenarioOption(const QString& value, const Analysis& analysis, QString* error)
{
    if (value == u"optimised" || value == u"optimized")
        return analysis.scenario;
    if (value == u"stay-on-azure")
        return everythingTo(analysis, Target::Azure, QStringLiteral("Stay on Azure"));
    if (value == u"all-aws")
        return everythingTo(analysis, Target::Aws, QStringLiteral("All to AWS"));
    if (value == u"all-gcp")
        return everythingTo(analysis, Target::Gcp, QStringLiteral("All to Google Cloud"));
    if (!QFileInfo::exists(value)) {
        *error = QStringLiteral("--scenario: '%1' is neither a scenario file nor one of optimised, stay-on-azure, "
                                "all-aws, all-gcp")
                     .arg(value);
        return std::nullopt;
    }
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024) {
        *error = QStringLiteral("%1: cannot read the scenario file").arg(value);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    nlohmann::json json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (json.is_discarded()) {
        *error = QStringLiteral("%1: not valid JSON").arg(value);
        return std::nullopt;
    }
    Scenario scenario;
    QString why;
    if (!scenarioFromJson(json, scenario, &why)) {
        *error = QStringLiteral("%1: %2").arg(value, why);
        return std::nullopt;
    }
    if (scenario.name.isEmpty())
        scenario.name = QFileInfo(value).completeBaseName();
    return scenario;
}

std::optional<Scenario> resolveProjectScenarioOption(const QString& value, const Project& project,
    const QString& projectPath, const Analysis& analysis, QString* error)
{
    if (const Scenario* scenario = project.scenario(value))
        return *scenario;
    if (isBuiltInName(value) || QFileInfo::exists(value))
        return resolveScenarioOption(value, analysis, error);
    const QStringList names = project.scenarioNames();
    *error = QStringLiteral("--scenario: %1 has no scenario '%2'; its scenarios: %3; built-in: optimised, stay-on-azure, "
                            "all-aws, all-gcp")
                 .arg(projectPath, value, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace cloudshift
