#include "scenariosimulationrunner.h"

#include "simulation/placementoptimiser.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>

namespace cloudshift {

namespace {

// About 10 ms of simulation on a development machine: below it a worker thread costs more than it saves.
constexpr qint64 kLargeWorkloadMonths = 200'000;

} // namespace

ScenarioSimulationRunner::ScenarioSimulationRunner(QObject* parent)
    : QObject(parent)
{
}

ScenarioSimulationRunner::~ScenarioSimulationRunner()
{
    for (QFutureWatcher<Outcome>* watcher : m_watchers) {
        disconnect(watcher, nullptr, this, nullptr);
        watcher->waitForFinished();
    }
}

bool ScenarioSimulationRunner::isLarge(const SimulationInput& input, int horizonMonths)
{
    return static_cast<qint64>(input.rates.size()) * std::max(1, horizonMonths) > kLargeWorkloadMonths;
}

ScenarioSimulationRunner::Outcome ScenarioSimulationRunner::simulate(
    const SimulationInput& input, Scenario scenario, bool reoptimise)
{
    if (reoptimise) {
        Scenario optimised = optimisePlacement(input, scenario.assumptions);
        optimised.name = scenario.name;
        scenario = std::move(optimised);
    }
    ScenarioResult result = simulateScenario(input, scenario);
    return { std::move(scenario), std::move(result) };
}

quint64 ScenarioSimulationRunner::start(
    int scenarioId, std::shared_ptr<const SimulationInput> input, const Scenario& scenario, bool reoptimise)
{
    const quint64 job = ++m_lastJob;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, scenarioId, job] {
        m_watchers.erase(std::remove(m_watchers.begin(), m_watchers.end(), watcher), m_watchers.end());
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        Q_EMIT finished(scenarioId, job, outcome.first, outcome.second);
        if (m_watchers.empty())
            Q_EMIT runningChanged(false);
    });
    const bool wasRunning = isRunning();
    m_watchers.push_back(watcher);
    // The input is shared, not copied: a new analysis replaces the document's pointer, not this one.
    watcher->setFuture(
        QtConcurrent::run([input, scenario, reoptimise] { return simulate(*input, scenario, reoptimise); }));
    if (!wasRunning)
        Q_EMIT runningChanged(true);
    return job;
}

} // namespace cloudshift
