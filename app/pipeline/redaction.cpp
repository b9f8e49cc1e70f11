#include "redaction.h"

#include "inventory/workloadgrouping.h"
#include "pipeline/projectanalysis.h"

#include <QFileInfo>
#include <QHash>

#include <map>

namespace cloudshift {

namespace {

    // One alias table: originals (compared case-insensitively, as Azure compares names) to
    // "<prefix>-<n>", numbered in the order they are first asked for.
    class AliasTable
    {
    public:
        explicit AliasTable(QString prefix = {})
            : m_prefix(std::move(prefix))
        {
        }
        QString alias(const QString& original)
        {
            if (original.isEmpty())
                return {};
            const QString key = original.toLower();
            auto it = m_aliases.constFind(key);
            if (it == m_aliases.constEnd())
                it = m_aliases.insert(key, m_prefix + QLatin1Char('-') + QString::number(m_aliases.size() + 1));
            return it.value();
        }

    private:
        QString m_prefix;
        QHash<QString, QString> m_aliases;
    };

    class Redactor
    {
    public:
        Resource resource(const Resource& original, const QString& workloadName)
        {
            Resource r = original;
            const QString resourceAlias = m_resources.alias(original.id);
            r.name = resourceAlias;
            r.subscriptionId = m_subscriptions.alias(original.subscriptionId);
            r.subscriptionName = m_subscriptionNames.alias(original.subscriptionName);
            r.resourceGroup = m_groups.alias(original.resourceGroup);
            r.id = r.resourceType.isEmpty() || r.subscriptionId.isEmpty()
                ? resourceAlias
                : QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
                      .arg(r.subscriptionId, r.resourceGroup.isEmpty() ? QStringLiteral("none") : r.resourceGroup,
                          r.resourceType, resourceAlias);
            m_ids.insert(original.id.toLower(), r.id);
            for (auto& [key, value] : r.tags)
                value = tagValue(key, value);
            m_moves[r.id] = workload(workloadName);
            return r;
        }

        QString tagValue(const QString& key, const QString& value)
        {
            if (value.isEmpty())
                return value;
            const QString prefix = key.trimmed().isEmpty() ? QStringLiteral("tag") : key.trimmed().toLower();
            auto table = m_tagValues.find(prefix);
            if (table == m_tagValues.end())
                table = m_tagValues.insert(prefix, AliasTable(prefix));
            return table->alias(value);
        }

        QString workload(const QString& name) { return m_workloads.alias(name); }
        QString resourceId(const QString& id)
        {
            if (id.isEmpty())
                return id;
            const auto it = m_ids.constFind(id.toLower());
            return it != m_ids.constEnd() ? it.value() : m_resources.alias(id);
        }
        QString population(const QString& name) { return m_populations.alias(name); }
        QString file(const QString& path, bool manifest)
        {
            if (path.isEmpty())
                return path;
            AliasTable& table = manifest ? m_manifests : m_files;
            const QString suffix = QFileInfo(path).completeSuffix();
            return table.alias(path) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix.toLower());
        }
        const std::map<QString, QString>& moves() const { return m_moves; }

    private:
        AliasTable m_resources{QStringLiteral("resource")};
        AliasTable m_subscriptions{QStringLiteral("subscription")};
        AliasTable m_subscriptionNames{QStringLiteral("subscription-name")};
        AliasTable m_groups{QStringLiteral("group")};
        AliasTable m_workloads{QStringLiteral("workload")};
        AliasTable m_populations{QStringLiteral("population")};
        AliasTable m_files{QStringLiteral("export")};
        AliasTable m_manifests{QStringLiteral("manifest")};
        QHash<QString, AliasTable> m_tagValues;
        QHash<QString, QString> m_ids; ///< lower-cased original id → redacted id
        std::map<QString, QString> m_moves; ///< redacted id → redacted workload
    };

    ImportSummary redactImport(const ImportSummary& original, Redactor& redactor)
    {
        ImportSummary summary = original;
        for (ImportedFile& file : summary.files) {
            file.path = redactor.file(file.path, false);
            file.manifest = redactor.file(file.manifest, true);
        }
        summary.droppedDiagnostics += static_cast<qint64>(summary.diagnostics.size());
        summary.diagnostics.clear();
        return summary;
    }

} // namespace

Project redactProject(const Project& project)
{
    Redactor redactor;
    Project redacted = project;
    const WorkloadGrouping grouping(project.grouping);
    auto inventory = std::make_shared<Inventory>(*project.inventory);
    for (Resource& resource : inventory->resources)
        resource = redactor.resource(resource, grouping.assign(resource).workload);
    redacted.inventory = std::move(inventory);
    redacted.import = redactImport(project.import, redactor);

    // Rules match names and tags that are gone: every resource is moved by hand to the workload the
    // original rules gave it, so the redacted project groups exactly as the original did.
    redacted.grouping = GroupingSettings();
    redacted.grouping.manualMoves = redactor.moves();
    for (MappingOverride& o : redacted.mappingOverrides) {
        o.resourceId = redactor.resourceId(o.resourceId);
        o.workload = redactor.workload(o.workload);
    }
    for (Scenario& scenario : redacted.scenarios) {
        for (Placement& placement : scenario.placements)
            placement.workload = redactor.workload(placement.workload);
    }
    for (DependencyFlow& flow : redacted.dependencies) {
        flow.from = redactor.workload(flow.from);
        flow.to = redactor.workload(flow.to);
    }
    UserPopulations populations;
    for (const auto& [workload, list] : project.userPopulations) {
        std::vector<UserPopulation>& redactedList = populations[redactor.workload(workload)];
        for (UserPopulation population : list) {
            population.name = redactor.population(population.name);
            redactedList.push_back(std::move(population));
        }
    }
    redacted.userPopulations = std::move(populations);
    return redacted;
}

Analysis redactAnalysis(const Analysis& analysis, const AnalysisRequest& request)
{
    Project project = projectFromImport(analysis, request);
    // The scenario shown is the analysis's own (a --scenario choice or the optimiser's placement): it is
    // redacted with the project and simulated again as it is, not optimised afresh.
    project.scenarios = {analysis.scenario};
    const Project redacted = redactProject(project);
    return analyseProject(redacted, redacted.scenarios.front());
}

} // namespace cloudshift
