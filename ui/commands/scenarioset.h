#pragma once

#include "scenario/scenario.h"
#include "simulation/scenariocomparison.h"
#include "simulation/scenarioresult.h"
#include "simulation/scenariosimulator.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace cloudshift {

class ScenarioSimulationRunner;

/// The scenarios of a project and their simulated results: the built-in baseline "Stay on Azure", the
/// optimiser's placement, and the user's own. Each has a stable id that undo commands hold on to, since
/// indexes shift as scenarios come and go.
///
/// Only undo commands change scenarios; every change re-simulates the scenario from the workloads' run
/// rates (SimulationInput), never re-importing. Small inventories re-simulate at once, large ones on the
/// thread pool, and the result arrives through resultChanged().
class ScenarioSet : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Baseline, Optimised, User };

    /// What a removed scenario needs to come back as it was.
    struct Entry
    {
        int id = 0;
        Kind kind = Kind::User;
        Scenario scenario;
        ScenarioResult result;
    };

    /// One workload's placement to store: nullopt removes it, so the workload stays on Azure by default.
    struct PlacementSlot
    {
        QString workload;
        std::optional<Placement> placement;
    };

    explicit ScenarioSet(QObject* parent = nullptr);
    ~ScenarioSet() override;

    /// Built-in scenario names; user scenarios may not take them.
    static QString baselineName();

    bool hasInput() const { return m_hasInput; }
    const SimulationInput& input() const { return *m_input; }

    int count() const { return static_cast<int>(m_entries.size()); }
    int idAt(int index) const { return entryAt(index).id; }
    int indexOf(int id) const; ///< -1 when no scenario has that id
    Kind kind(int index) const { return entryAt(index).kind; }
    const Scenario& scenario(int index) const { return entryAt(index).scenario; }
    const ScenarioResult& result(int index) const { return entryAt(index).result; }
    const Entry& entry(int index) const { return entryAt(index); }
    /// Placements are edited in user scenarios only: the baseline is by definition all on Azure, and
    /// the optimiser's placement follows its assumptions.
    bool placementsEditable(int index) const { return kind(index) == Kind::User; }
    /// The placement stored for a workload, or nullopt when it stays on Azure by default.
    std::optional<Placement> storedPlacement(int index, const QString& workload) const;
    /// The placement in effect: the stored one, else staying on Azure on-demand.
    Placement effectivePlacement(int index, const QString& workload) const;

    int currentIndex() const { return m_current; }
    int currentId() const { return m_current < 0 ? 0 : idAt(m_current); }
    /// Which scenario the pages show; a view choice, not an edit, so it is not undoable.
    void setCurrentIndex(int index);
    void setCurrentId(int id) { setCurrentIndex(indexOf(id)); }

    /// A name not yet taken: `base`, else "base 2", "base 3"...
    QString uniqueName(const QString& base) const;
    /// The engine's comparison of every scenario with staying on Azure, in scenario order.
    ScenarioComparison comparison() const;
    /// True while a large scenario is re-simulated on the thread pool.
    bool isSimulating() const;

    /// A new analysis: the built-ins are made again from it, user scenarios are kept (by workload name)
    /// and every scenario is simulated on the new run rates.
    void setAnalysis(
        const SimulationInput& input, const Scenario& optimised, const ScenarioResult& optimisedResult);
    /// Forgets every scenario (another project or other exports).
    void clear();
    /// The user's scenarios, in order: what a project file keeps besides the built-ins.
    std::vector<Scenario> userScenarios() const;
    /// The assumptions the built-in scenarios share (the project's assumptions).
    Assumptions builtInAssumptions() const;
    /// Replaces the user's scenarios with those of an opened project; not an edit, so not undoable.
    void restoreUserScenarios(const std::vector<Scenario>& scenarios);

    // Called by the undo commands only.
    void setPlacements(int id, const std::vector<PlacementSlot>& slots);
    void setAssumptions(int id, const Assumptions& assumptions);
    /// Inserts a user scenario at `index`; a zero id takes a new one. Returns the id.
    int insertScenario(int index, Entry entry);
    Entry removeScenario(int id);
    void renameScenario(int id, const QString& name);

Q_SIGNALS:
    /// The input changed: rows of the workload tables may differ.
    void analysisChanged();
    void scenarioInserted(int index);
    void scenarioRemoved(int index);
    void scenarioRenamed(int index);
    /// Placements or assumptions of a scenario changed; its result follows through resultChanged().
    void scenarioEdited(int index);
    void resultChanged(int index);
    void currentChanged(int index);
    void simulatingChanged(bool busy);

private:
    const Entry& entryAt(int index) const { return m_entries.at(static_cast<std::size_t>(index)); }
    Entry* findEntry(int id);
    /// notify: emit resultChanged() when the result is in (not while a whole analysis is applied).
    void resimulate(Entry& entry, bool notify);
    void onSimulated(int id, quint64 job, const Scenario& scenario, const ScenarioResult& result);

    std::shared_ptr<const SimulationInput> m_input;
    std::vector<Entry> m_entries;
    std::vector<std::pair<int, quint64>> m_pendingJobs; ///< scenario id → latest job
    ScenarioSimulationRunner* m_runner;
    int m_current = -1;
    int m_lastId = 0;
    bool m_hasInput = false;
};

} // namespace cloudshift
