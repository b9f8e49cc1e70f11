#include "projectdocument.h"

#include "analysisworker.h"
#include "commands/scenarioset.h"
#include "pipeline/projectanalysis.h"
#include "scenario/projectfile.h"
#include "scenario/projectrecovery.h"
#include "settings/columnmappingstore.h"

#include <QUndoStack>

namespace cloudshift {

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_worker(new AnalysisWorker(this))
    , m_scenarios(new ScenarioSet(this))
{
    connect(m_worker, &AnalysisWorker::started, this, &ProjectDocument::analysisStarted);
    connect(m_worker, &AnalysisWorker::progress, this, &ProjectDocument::analysisProgress);
    connect(m_worker, &AnalysisWorker::finished, this, &ProjectDocument::onFinished);
    connect(m_worker, &AnalysisWorker::failed, this, &ProjectDocument::analysisFailed);
    connect(m_worker, &AnalysisWorker::cancelled, this, &ProjectDocument::analysisCancelled);
    m_request.columnMappings = ColumnMappingStore::load();
}

ProjectDocument::~ProjectDocument()
{
    // The undo stack is a child and is cleared while QObject deletes children, emitting cleanChanged()
    // to listeners that would call back into this half-destroyed document.
    m_undoStack->blockSignals(true);
}

void ProjectDocument::openInputs(const QStringList& inputs)
{
    m_undoStack->clear();
    m_request.inputs = inputs;
    // Another window may have learned a mapping since this one started.
    m_request.columnMappings = ColumnMappingStore::load();
    // The previous exports' results no longer describe the document, whatever becomes of this run.
    m_analysis = Analysis {};
    m_hasAnalysis = false;
    m_scenarios->clear();
    m_scenariosToRestore.reset();
    if (!m_projectPath.isEmpty()) {
        m_projectPath.clear();
        Q_EMIT projectPathChanged();
    }
    Q_EMIT inputsChanged();
    reanalyse();
}

void ProjectDocument::setWorkloadTagKeys(const QStringList& keys)
{
    if (keys == m_request.workloadTagKeys)
        return;
    m_request.workloadTagKeys = keys;
    Q_EMIT workloadTagKeysChanged();
    reanalyse(false);
}

void ProjectDocument::setGrouping(const GroupingSettings& grouping)
{
    if (m_request.grouping && *m_request.grouping == grouping)
        return;
    m_request.grouping = grouping;
    Q_EMIT groupingChanged();
    reanalyse(false);
}

void ProjectDocument::setColumnMapping(const QString& signature, const std::optional<ColumnMapping>& mapping)
{
    if (mapping)
        m_request.columnMappings.insert(signature, *mapping);
    else
        m_request.columnMappings.remove(signature);
    ColumnMappingStore::store(signature, mapping);
    Q_EMIT columnMappingsChanged();
    reanalyse();
}

void ProjectDocument::setMappingOverrides(const std::vector<MappingOverride>& overrides)
{
    if (overrides == m_request.mappingOverrides)
        return;
    m_request.mappingOverrides = overrides;
    Q_EMIT mappingOverridesChanged();
    // Only the pricing changes: the imported inventory is re-planned, not read again.
    reanalyse(false);
}

void ProjectDocument::setRiskWeights(const RiskWeights& weights)
{
    if (weights == m_request.riskWeights)
        return;
    m_request.riskWeights = weights;
    Q_EMIT riskInputsChanged();
    reanalyse(false);
}

void ProjectDocument::setDependencies(const DependencyFlows& flows)
{
    if (flows == m_request.dependencies)
        return;
    m_request.dependencies = flows;
    Q_EMIT riskInputsChanged();
    reanalyse(false);
}

void ProjectDocument::setUserPopulations(const UserPopulations& populations)
{
    if (populations == m_request.userPopulations)
        return;
    m_request.userPopulations = populations;
    Q_EMIT riskInputsChanged();
    reanalyse(false);
}

bool ProjectDocument::isAnalysing() const
{
    return m_worker->isRunning();
}

void ProjectDocument::cancelAnalysis()
{
    m_worker->cancel();
}

void ProjectDocument::reanalyse(bool reimport)
{
    // Grouping changes re-plan the imported inventory: reading gigabytes of exports again would change
    // nothing, and a project opened from its file has no exports to read.
    if (m_analysis.inventory && (!reimport || m_request.inputs.isEmpty())) {
        m_worker->start(m_request, m_analysis.inventory, m_analysis.import);
        return;
    }
    if (m_request.inputs.isEmpty())
        return;
    m_worker->start(m_request);
}

Project ProjectDocument::project() const
{
    Project project = projectFromImport(m_analysis, m_request);
    project.assumptions = m_scenarios->builtInAssumptions();
    project.scenarios = m_scenarios->userScenarios();
    return project;
}

bool ProjectDocument::saveProjectAs(const QString& path, QString* error)
{
    if (!m_hasAnalysis || !m_analysis.inventory) {
        if (error)
            *error = tr("Nothing to save yet: open exports first.");
        return false;
    }
    if (!cloudshift::saveProject(project(), path, error))
        return false;
    if (!m_projectPath.isEmpty() && path != m_projectPath)
        discardRecoveryCopy(m_projectPath); // the old file's copy no longer has changes to recover
    discardRecoveryCopy(path);
    m_projectPath = path;
    m_undoStack->setClean();
    Q_EMIT projectPathChanged();
    return true;
}

void ProjectDocument::openProject(const Project& project, const QString& path, bool modified)
{
    m_undoStack->clear();
    const ColumnMappings mappings = ColumnMappingStore::load();
    m_request = analysisRequestFor(project);
    m_request.columnMappings = mappings;
    m_analysis = Analysis{};
    m_analysis.inventory = project.inventory;
    m_analysis.import = project.import;
    m_hasAnalysis = false;
    m_scenarios->clear();
    m_scenariosToRestore = project.scenarios;
    m_openedModified = modified;
    m_projectPath = path;
    Q_EMIT projectPathChanged();
    Q_EMIT inputsChanged();
    Q_EMIT groupingChanged();
    Q_EMIT riskInputsChanged();
    reanalyse(false);
}

void ProjectDocument::onFinished(const Analysis& analysis)
{
    m_analysis = analysis;
    m_hasAnalysis = true;
    m_scenarios->setAnalysis(analysis.simulation, analysis.scenario, analysis.scenarioResult);
    if (m_scenariosToRestore) {
        m_scenarios->restoreUserScenarios(*m_scenariosToRestore);
        m_scenariosToRestore.reset();
        // A recovered copy differs from the file on disk until it is saved: no clean state in the history.
        if (m_openedModified) {
            m_undoStack->clear();
            m_undoStack->resetClean();
        }
    }
    Q_EMIT analysisChanged();
}

} // namespace cloudshift
