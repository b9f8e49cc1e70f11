#pragma once

#include "pipeline/analysis.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace cloudshift {

class AnalysisWorker;

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

    QStringList inputs() const { return m_request.inputs; }
    /// Opens other exports: a new document, so the undo history starts over.
    void openInputs(const QStringList& inputs);

    QStringList workloadTagKeys() const { return m_request.workloadTagKeys; }
    /// Applies new grouping keys and re-analyses; called by SetWorkloadTagKeysCommand, not by views.
    void setWorkloadTagKeys(const QStringList& keys);

    /// Column mappings for headers CloudShift does not recognise, by header signature; passed to every
    /// analysis. They are remembered in the settings, so a new document starts with all of them.
    const ColumnMappings& columnMappings() const { return m_request.columnMappings; }
    /// Stores (or, with nullopt, forgets) a header's mapping and re-analyses; called by
    /// SetColumnMappingCommand, not by views.
    void setColumnMapping(const QString& signature, const std::optional<ColumnMapping>& mapping);

    /// The latest completed analysis of the current inputs; status Ok with an empty plan before the
    /// first one.
    const Analysis& analysis() const { return m_analysis; }
    bool hasAnalysis() const { return m_hasAnalysis; }
    bool isAnalysing() const;

    void cancelAnalysis();

Q_SIGNALS:
    void inputsChanged();
    void workloadTagKeysChanged();
    void columnMappingsChanged();
    void analysisStarted();
    void analysisProgress(qint64 done, qint64 total);
    void analysisChanged();
    void analysisFailed(const QString& message);
    void analysisCancelled();

private:
    void reanalyse();
    void onFinished(const Analysis& analysis);

    QUndoStack* m_undoStack;
    AnalysisWorker* m_worker;
    AnalysisRequest m_request;
    Analysis m_analysis;
    bool m_hasAnalysis = false;
};

} // namespace cloudshift
