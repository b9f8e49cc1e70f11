#pragma once

#include "scenario/scenario.h"
#include "simulation/scenarioresult.h"
#include "simulation/scenariosimulator.h"

#include <QObject>

#include <memory>
#include <utility>
#include <vector>

template <typename T> class QFutureWatcher;

namespace cloudshift {

/// Simulates scenarios on the thread pool for inventories too large to re-simulate between two
/// keystrokes. The caller drops stale results by the job id; the destructor waits for running jobs so
/// none outlives the input it reads.
class ScenarioSimulationRunner : public QObject
{
    Q_OBJECT

public:
    using Outcome = std::pair<Scenario, ScenarioResult>;

    explicit ScenarioSimulationRunner(QObject* parent = nullptr);
    ~ScenarioSimulationRunner() override;

    /// Whether simulating on this input is slow enough to leave the GUI thread: the simulator's cost
    /// is workloads × months.
    static bool isLarge(const SimulationInput& input, int horizonMonths);
    /// The optimiser's placement is chosen again under the scenario's assumptions when `reoptimise`.
    static Outcome simulate(const SimulationInput& input, Scenario scenario, bool reoptimise);

    quint64 start(int scenarioId, std::shared_ptr<const SimulationInput> input, const Scenario& scenario,
        bool reoptimise);
    bool isRunning() const { return !m_watchers.empty(); }

Q_SIGNALS:
    void finished(int scenarioId, quint64 job, const cloudshift::Scenario& scenario,
        const cloudshift::ScenarioResult& result);
    void runningChanged(bool running);

private:
    std::vector<QFutureWatcher<Outcome>*> m_watchers;
    quint64 m_lastJob = 0;
};

} // namespace cloudshift
