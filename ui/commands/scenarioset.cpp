#include "scenarioset.h"

#include "commands/scenariosimulationrunner.h"

#include <QCoreApplication>

#include <algorithm>

namespace cloudshift {

ScenarioSet::ScenarioSet(QObject* parent)
    : QObject(parent)
    , m_input(std::make_shared<SimulationInput>())
    , m_runner(new ScenarioSimulationRunner(this))
{
    connect(m_runner, &ScenarioSimulationRunner::finished, this, &ScenarioSet::onSimulated);
    connect(m_runner, &ScenarioSimulationRunner::runningChanged, this, &ScenarioSet::simulatingChanged);
}

ScenarioSet::~ScenarioSet() = default;

QString ScenarioSet::baselineName()
{
    return QCoreApplication::translate("cloudshift", "Stay on Azure");
}

int ScenarioSet::indexOf(int id) const
{
    const auto found
        = std::find_if(m_entries.cbegin(), m_entries.cend(), [id](const Entry& e) { return e.id == id; });
    return found == m_entries.cend() ? -1 : static_cast<int>(found - m_entries.cbegin());
}

ScenarioSet::Entry* ScenarioSet::findEntry(int id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_entries[static_cast<std::size_t>(index)];
}

std::optional<Placement> ScenarioSet::storedPlacement(int index, const QString& workload) const
{
    if (const Placement* placement = scenario(index).placementFor(workload))
        return *placement;
    return std::nullopt;
}

Placement ScenarioSet::effectivePlacement(int index, const QString& workload) const
{
    Placement placement = storedPlacement(index, workload).value_or(Placement {});
    placement.workload = workload;
    return placement;
}

void ScenarioSet::setCurrentIndex(int index)
{
    if (index < -1 || index >= count() || index == m_current)
        return;
    m_current = index;
    Q_EMIT currentChanged(index);
}

QString ScenarioSet::uniqueName(const QString& base) const
{
    const auto taken = [this](const QString& name) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
            [&name](const Entry& e) { return e.scenario.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

ScenarioComparison ScenarioSet::comparison() const
{
    std::vector<ScenarioResult> results;
    results.reserve(m_entries.size());
    int baselineRow = -1;
    for (const Entry& e : m_entries) {
        if (e.kind == Kind::Baseline)
            baselineRow = static_cast<int>(results.size());
        results.push_back(e.result);
    }
    return compareScenarios(results, baselineRow);
}

bool ScenarioSet::isSimulating() const
{
    return m_runner->isRunning();
}

void ScenarioSet::setAnalysis(
    const SimulationInput& input, const Scenario& optimised, const ScenarioResult& optimisedResult)
{
    m_input = std::make_shared<const SimulationInput>(input);
    m_hasInput = true;
    m_pendingJobs.clear(); // results on the old run rates no longer describe anything
    if (m_entries.empty()) {
        Entry baseline { ++m_lastId, Kind::Baseline, Scenario { baselineName(), {}, optimised.assumptions },
            {} };
        m_entries.push_back(std::move(baseline));
        m_entries.push_back(Entry { ++m_lastId, Kind::Optimised, optimised, optimisedResult });
        m_current = 1;
    }
    for (Entry& e : m_entries) {
        // The analysis ran the optimiser under its own assumptions; a reused result must match them.
        if (e.kind == Kind::Optimised && e.scenario.assumptions == optimised.assumptions) {
            e.scenario.placements = optimised.placements;
            e.result = optimisedResult;
            e.result.name = e.scenario.name;
            continue;
        }
        resimulate(e, false);
    }
    Q_EMIT analysisChanged();
    Q_EMIT currentChanged(m_current);
}

void ScenarioSet::clear()
{
    m_entries.clear();
    m_pendingJobs.clear();
    m_input = std::make_shared<const SimulationInput>();
    m_hasInput = false;
    m_current = -1;
    Q_EMIT analysisChanged();
    Q_EMIT currentChanged(m_current);
}

std::vector<Scenario> ScenarioSet::userScenarios() const
{
    std::vector<Scenario> scenarios;
    for (const Entry& e : m_entries) {
        if (e.kind == Kind::User)
            scenarios.push_back(e.scenario);
    }
    return scenarios;
}

Assumptions ScenarioSet::builtInAssumptions() const
{
    for (const Entry& e : m_entries) {
        if (e.kind != Kind::User)
            return e.scenario.assumptions;
    }
    return {};
}

void ScenarioSet::restoreUserScenarios(const std::vector<Scenario>& scenarios)
{
    std::erase_if(m_entries, [](const Entry& e) { return e.kind == Kind::User; });
    for (const Scenario& scenario : scenarios) {
        m_entries.push_back(Entry { ++m_lastId, Kind::User, scenario, {} });
        resimulate(m_entries.back(), false);
    }
    m_current = std::min(m_current, count() - 1);
    Q_EMIT analysisChanged();
    Q_EMIT currentChanged(m_current);
}

void ScenarioSet::setPlacements(int id, const std::vector<PlacementSlot>& slots)
{
    Entry* e = findEntry(id);
    if (!e)
        return;
    std::vector<Placement>& placements = e->scenario.placements;
    for (const PlacementSlot& slot : slots) {
        const auto found = std::find_if(placements.begin(), placements.end(),
            [&slot](const Placement& p) { return p.workload == slot.workload; });
        if (!slot.placement) {
            if (found != placements.end())
                placements.erase(found);
        } else if (found != placements.end()) {
            *found = *slot.placement;
        } else {
            placements.push_back(*slot.placement);
        }
    }
    Q_EMIT scenarioEdited(indexOf(id));
    resimulate(*e, true);
}

void ScenarioSet::setAssumptions(int id, const Assumptions& assumptions)
{
    Entry* e = findEntry(id);
    if (!e)
        return;
    // The built-ins share the project's assumptions: staying on Azure and the optimiser's placement
    // are the two sides of one question, and the project file keeps one set for both.
    const bool builtIn = e->kind != Kind::User;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        Entry& other = m_entries[i];
        if (other.id != id && !(builtIn && other.kind != Kind::User))
            continue;
        other.scenario.assumptions = assumptions;
        Q_EMIT scenarioEdited(static_cast<int>(i));
        resimulate(other, true);
    }
}

int ScenarioSet::insertScenario(int index, Entry entry)
{
    entry.id = entry.id == 0 ? ++m_lastId : entry.id;
    m_lastId = std::max(m_lastId, entry.id);
    entry.kind = Kind::User;
    index = std::clamp(index, 0, count());
    m_entries.insert(m_entries.begin() + index, std::move(entry));
    const bool shifted = m_current >= index;
    if (shifted)
        ++m_current;
    Entry& inserted = m_entries[static_cast<std::size_t>(index)];
    const int id = inserted.id;
    // Simulated again: the run rates may have changed since the scenario was removed or copied.
    resimulate(inserted, false);
    Q_EMIT scenarioInserted(index);
    if (shifted)
        Q_EMIT currentChanged(m_current);
    return id;
}

ScenarioSet::Entry ScenarioSet::removeScenario(int id)
{
    const int index = indexOf(id);
    if (index < 0)
        return {};
    Entry removed = std::move(m_entries[static_cast<std::size_t>(index)]);
    m_entries.erase(m_entries.begin() + index);
    std::erase_if(m_pendingJobs, [id](const auto& job) { return job.first == id; });
    const bool wasCurrent = index == m_current;
    if (index < m_current)
        --m_current; // the same scenario stays current at a lower index
    else if (wasCurrent)
        m_current = std::min(index, count() - 1); // its successor, or the new last one
    Q_EMIT scenarioRemoved(index);
    if (index <= m_current || wasCurrent)
        Q_EMIT currentChanged(m_current);
    return removed;
}

void ScenarioSet::renameScenario(int id, const QString& name)
{
    Entry* e = findEntry(id);
    if (!e)
        return;
    e->scenario.name = name;
    e->result.name = name;
    Q_EMIT scenarioRenamed(indexOf(id));
}

void ScenarioSet::resimulate(Entry& e, bool notify)
{
    if (!m_hasInput)
        return;
    const bool reoptimise = e.kind == Kind::Optimised;
    std::erase_if(m_pendingJobs, [&e](const auto& job) { return job.first == e.id; });
    if (ScenarioSimulationRunner::isLarge(*m_input, e.scenario.assumptions.horizonMonths)) {
        m_pendingJobs.emplace_back(e.id, m_runner->start(e.id, m_input, e.scenario, reoptimise));
        return;
    }
    auto [scenario, result] = ScenarioSimulationRunner::simulate(*m_input, e.scenario, reoptimise);
    e.scenario.placements = std::move(scenario.placements);
    e.result = std::move(result);
    if (notify)
        Q_EMIT resultChanged(indexOf(e.id));
}

void ScenarioSet::onSimulated(int id, quint64 job, const Scenario& scenario, const ScenarioResult& result)
{
    const auto pending = std::find(m_pendingJobs.cbegin(), m_pendingJobs.cend(), std::make_pair(id, job));
    if (pending == m_pendingJobs.cend())
        return; // superseded by a later edit or analysis
    m_pendingJobs.erase(pending);
    Entry* e = findEntry(id);
    if (!e)
        return;
    e->scenario.placements = scenario.placements;
    e->result = result;
    e->result.name = e->scenario.name;
    Q_EMIT resultChanged(indexOf(id));
}

} // namespace cloudshift
