#pragma once

#include "pipeline/analysis.h"
#include "scenario/project.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace cloudshift {

class AnalysisWorker;
class ScenarioSet;

/// What the user is working on: the exports, how resources are grouped into workloads, and the latest
/// analysis of them. Edits go through QUndoCommands on undoStack(); every change of the inputs or the
/// grouping re-runs the analysis off the GUI thread, and views refresh from analysisChanged().
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    /// The scenarios simulated on the latest analysis; kept across re-analyses of the same exports.
    ScenarioSet* scenarios() const { return m_scenarios; }

    QStringList inputs() const { return m_request.inputs; }
    /// What the current analysis was asked for: inputs, grouping, overrides, risk settings.
    const AnalysisRequest& request() const { return m_request; }
    /// Opens other exports: a new document, so the undo history starts over.
    void openInputs(const QStringList& inputs);

    /// The `.cloudshift` file the document was opened from or saved to; empty until then.
    QString projectPath() const { return m_projectPath; }
    /// The document as a project file keeps it: inventory, grouping, overrides, scenarios.
    Project project() const;
    /// Saves to `path` and marks the history clean; false and *error when it cannot.
    bool saveProjectAs(const QString& path, QString* error);
    /// Opens a project (read by loadProject() or from a recovery copy) as a new document: planned from its
    /// inventory, no export is read. `path` is where it saves to; the history starts over, clean unless
    /// `modified` (a recovered copy holds changes the file does not).
    void openProject(const Project& project, const QString& path, bool modified = false);

    QStringList workloadTagKeys() const { return m_request.workloadTagKeys; }
    /// Applies new grouping keys and re-analyses; called by SetWorkloadTagKeysCommand, not by views.
    void setWorkloadTagKeys(const QStringList& keys);

    /// Ordered grouping rules and manual moves (the tag keys above become tag rules until rules are set).
    GroupingSettings grouping() const { return m_request.groupingSettings(); }
    /// Applies new grouping and re-analyses; called by SetGroupingCommand, not by views.
    void setGrouping(const GroupingSettings& grouping);

    /// Column mappings for headers CloudShift does not recognise, by header signature; passed to every
    /// analysis. They are remembered in the settings, so a new document starts with all of them.
    const ColumnMappings& columnMappings() const { return m_request.columnMappings; }
    /// Stores (or, with nullopt, forgets) a header's mapping and re-analyses; called by
    /// SetColumnMappingCommand, not by views.
    void setColumnMapping(const QString& signature, const std::optional<ColumnMapping>& mapping);

    /// The user's target SKU or region per resource or workload, passed to every analysis.
    const std::vector<MappingOverride>& mappingOverrides() const { return m_request.mappingOverrides; }
    /// Applies new overrides and re-prices the imported inventory; called by SetMappingOverrideCommand,
    /// not by views.
    void setMappingOverrides(const std::vector<MappingOverride>& overrides);

    /// The weights of the risk factors, the flows between workloads and the user populations per
    /// workload, passed to every analysis; the engine re-scores risk and latency with them.
    const RiskWeights& riskWeights() const { return m_request.riskWeights; }
    const DependencyFlows& dependencies() const { return m_request.dependencies; }
    const UserPopulations& userPopulations() const { return m_request.userPopulations; }
    /// Apply new values and re-plan; called by SetRiskWeightsCommand and SetRiskInputsCommand, not by views.
    void setRiskWeights(const RiskWeights& weights);
    void setDependencies(const DependencyFlows& flows);
    void setUserPopulations(const UserPopulations& populations);

    /// The latest completed analysis of the current inputs; status Ok with an empty plan before the
    /// first one.
    const Analysis& analysis() const { return m_analysis; }
    bool hasAnalysis() const { return m_hasAnalysis; }
    bool isAnalysing() const;

    void cancelAnalysis();

Q_SIGNALS:
    void inputsChanged();
    void projectPathChanged();
    void workloadTagKeysChanged();
    void groupingChanged();
    void columnMappingsChanged();
    void mappingOverridesChanged();
    void riskInputsChanged();
    void analysisStarted();
    void analysisProgress(qint64 done, qint64 total);
    void analysisChanged();
    void analysisFailed(const QString& message);
    void analysisCancelled();

private:
    /// reimport: read the exports again (new column mappings); otherwise re-plan the last inventory.
    void reanalyse(bool reimport = true);
    void onFinished(const Analysis& analysis);

    QUndoStack* m_undoStack;
    AnalysisWorker* m_worker;
    ScenarioSet* m_scenarios;
    AnalysisRequest m_request;
    Analysis m_analysis;
    bool m_hasAnalysis = false;
    QString m_projectPath;
    /// An opened project's scenarios, restored once its first analysis is in.
    std::optional<std::vector<Scenario>> m_scenariosToRestore;
    bool m_openedModified = false;
};

} // namespace cloudshift
