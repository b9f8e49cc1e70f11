#pragma once

#include "simulation/placementoptimiser.h"
#include "simulation/scenariosimulator.h"

#include <QList>

// Run rates of four workloads for scenario tests: enough to tell targets, pricing models and waves
// apart, small enough to simulate on the GUI thread at once.
inline cloudshift::WorkloadRates sampleRates(
    const QString& name, double azure, double aws, double gcp, int vms)
{
    using namespace cloudshift;
    WorkloadRates w;
    w.workload = name;
    w.resources = vms + 2;
    w.vms = vms;
    w.vcpus = vms * 4.0;
    w.azure = microsFromDouble(azure);
    w.azureCompute = microsFromDouble(azure * 0.6);
    w.target = { microsFromDouble(aws), microsFromDouble(gcp) };
    w.targetCompute = { microsFromDouble(aws * 0.6), microsFromDouble(gcp * 0.6) };
    w.targetCarried = { microsFromDouble(aws * 0.1), microsFromDouble(gcp * 0.1) };
    w.mappedAzure = { microsFromDouble(azure * 0.9), microsFromDouble(azure * 0.9) };
    w.region = { QStringLiteral("eu-west-1"), QStringLiteral("europe-west4") };
    w.storedGb = 500.0 * vms;
    return w;
}

inline cloudshift::SimulationInput sampleSimulationInput()
{
    cloudshift::SimulationInput input;
    input.rates = { sampleRates(QStringLiteral("booking"), 12000, 9000, 9500, 6),
        sampleRates(QStringLiteral("billing"), 8000, 8800, 7000, 4),
        sampleRates(QStringLiteral("web"), 3000, 2500, 2600, 3),
        sampleRates(QStringLiteral("reports"), 1500, 1400, 1200, 1) };
    input.firstMonth = QDate(2026, 1, 1);
    input.currency = QStringLiteral("EUR");
    input.runRateBasis = QStringLiteral("average of the last 3 full months (2025-10 to 2025-12)");
    return input;
}

/// Every figure of a result in one list, so "undo restores the figures" compares them all exactly.
inline QList<qint64> figuresOf(const cloudshift::ScenarioResult& result)
{
    QList<qint64> figures { result.tcoBaseline, result.tcoScenario, result.oneTimeTotal,
        result.breakEvenMonth.value_or(-1), static_cast<qint64>(result.months.size()),
        static_cast<qint64>(result.mappedCostShare * 1e9) };
    for (const auto& month : result.months)
        figures << month.baseline << month.scenario << month.oneTime << month.cumulativeSavings;
    for (const auto& w : result.workloads)
        figures << static_cast<qint64>(w.target) << w.targetMonthly << w.oneTime << w.labour << w.egress
                << w.parallelRun;
    return figures;
}
