// bench_resimulate [--resources N] [--workloads N] [--months N] [--runs N]
//
// Builds a synthetic inventory (VMs of common sizes in four regions, plus storage-like resources),
// groups it into workloads by an "app" tag, prices it on AWS and GCP from the embedded catalog and
// computes the workloads' run rates once — what an import does. Then, as the architect would, it edits
// one placement at a time and re-simulates the whole scenario over the horizon, timing each run.

#include "catalog/catalog.h"
#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "mapping/resourcepricer.h"
#include "simulation/placementoptimiser.h"
#include "simulation/scenariosimulator.h"
#include "simulation/workloadrates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

using namespace cloudshift;

namespace {

constexpr int kInventoryMonths = 12;

Inventory syntheticInventory(int resourceCount, int workloadCount)
{
    static const std::array<std::pair<const char*, int>, 6> sizes{{{"Standard_D2s_v5", 2}, {"Standard_D4s_v5", 4},
        {"Standard_E8s_v5", 8}, {"Standard_F4s_v2", 4}, {"Standard_B2ms", 2}, {"Standard_D16s_v5", 16}}};
    static const std::array<const char*, 4> regions{"westeurope", "northeurope", "eastus", "uksouth"};
    std::mt19937 random(20251126); // fixed seed: every run measures the same inventory
    std::uniform_int_distribution<Micros> dailyish(5'000'000, 900'000'000);

    Inventory inventory;
    inventory.firstMonth = monthIndex(2025, 1);
    inventory.monthCount = kInventoryMonths;
    inventory.currency = QStringLiteral("USD");
    inventory.resources.resize(static_cast<std::size_t>(resourceCount));
    for (int i = 0; i < resourceCount; ++i) {
        Resource& r = inventory.resources[static_cast<std::size_t>(i)];
        const int workload = i % workloadCount;
        r.name = QStringLiteral("res-%1").arg(i);
        r.resourceGroup = QStringLiteral("rg-%1").arg(workload / 10);
        r.id = QStringLiteral("/subscriptions/s/resourcegroups/%1/providers/x/%2").arg(r.resourceGroup, r.name);
        r.subscriptionName = QStringLiteral("Production");
        r.location = QLatin1String(regions[static_cast<std::size_t>(i) % regions.size()]);
        r.currency = inventory.currency;
        r.tags = {{QStringLiteral("app"), QStringLiteral("wl-%1").arg(workload, 4, 10, QLatin1Char('0'))}};
        const bool vm = i % 5 < 3;
        r.monthlyCost.assign(kInventoryMonths, 0);
        r.vmComputeCost.assign(kInventoryMonths, 0);
        r.vmHours.assign(kInventoryMonths, 0.0);
        if (vm) {
            const auto& [size, vcpus] = sizes[static_cast<std::size_t>(i) % sizes.size()];
            r.vmSize = QLatin1String(size);
            r.vcpus = vcpus;
            r.windows = i % 7 == 0;
            r.resourceType = QStringLiteral("microsoft.compute/virtualmachines");
            r.serviceCategory = QStringLiteral("Virtual Machines");
        } else {
            r.resourceType = QStringLiteral("microsoft.storage/storageaccounts");
            r.serviceCategory = QStringLiteral("Storage");
        }
        for (int m = 0; m < kInventoryMonths; ++m) {
            const Micros cost = dailyish(random);
            r.monthlyCost[static_cast<std::size_t>(m)] = cost;
            if (vm) {
                r.vmComputeCost[static_cast<std::size_t>(m)] = cost * 4 / 5;
                r.vmHours[static_cast<std::size_t>(m)] = 730.0;
            }
            r.totalCost += cost;
        }
    }
    return inventory;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values[std::min(rank, values.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("resources"), QStringLiteral("Resources."), QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("workloads"), QStringLiteral("Workloads."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("months"), QStringLiteral("Horizon in months."), QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed re-simulations."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addHelpOption();
    parser.process(app);
    const int resourceCount = std::max(1, parser.value(QStringLiteral("resources")).toInt());
    const int workloadCount = std::clamp(parser.value(QStringLiteral("workloads")).toInt(), 1, resourceCount);
    const int months = std::clamp(parser.value(QStringLiteral("months")).toInt(), 12, 60);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QElapsedTimer timer;
    timer.start();
    const Inventory inventory = syntheticInventory(resourceCount, workloadCount);
    const qint64 buildMs = timer.restart();

    const WorkloadGrouping grouping({QStringLiteral("app")});
    std::vector<WorkloadGrouping::Assignment> assignments;
    assignments.reserve(inventory.resources.size());
    for (const Resource& resource : inventory.resources)
        assignments.push_back(grouping.assign(resource));
    const ResourcePricer pricer(Catalog::embedded());
    std::vector<TargetPricingPair> pricing;
    pricing.reserve(inventory.resources.size());
    for (const Resource& resource : inventory.resources)
        pricing.push_back({pricer.price(resource, Cloud::Aws), pricer.price(resource, Cloud::Gcp)});
    const qint64 priceMs = timer.restart();

    SimulationInput input;
    const RunRateBasis basis = chooseRunRateBasis(inventory, inventory.monthStart(kInventoryMonths - 1));
    input.rates = computeWorkloadRates(inventory, assignments, pricing, basis);
    input.firstMonth = inventory.monthStart(kInventoryMonths);
    input.currency = inventory.currency;
    input.runRateBasis = basis.description;
    const qint64 ratesMs = timer.restart();

    Assumptions assumptions;
    assumptions.horizonMonths = months;
    assumptions.exitEgressWaived = false;
    Scenario scenario = optimisePlacement(input, assumptions);
    const qint64 optimiseMs = timer.restart();

    // Each run edits one placement — another target, pricing model and wave — then re-simulates.
    std::vector<double> runMs;
    Micros checksum = 0;
    static const std::array<Target, 3> targets{Target::Aws, Target::Gcp, Target::Azure};
    for (int run = 0; run < runs; ++run) {
        Placement& edited = scenario.placements[static_cast<std::size_t>(run * 37) % scenario.placements.size()];
        edited.target = targets[static_cast<std::size_t>(run) % targets.size()];
        edited.pricing = run % 2 ? PricingModel::Reserved1y : PricingModel::OnDemand;
        edited.waveStart = run % 12;
        edited.waveMonths = 1 + run % 4;
        QElapsedTimer one;
        one.start();
        const ScenarioResult result = simulateScenario(input, scenario);
        runMs.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
        checksum += result.tcoScenario;
    }

    double total = 0;
    for (double ms : runMs)
        total += ms;
    std::printf("inventory: %d resources in %zu workloads, horizon %d months\n", resourceCount, input.rates.size(), months);
    std::printf("setup: build %lld ms, grouping + pricing %lld ms, run rates %lld ms, optimiser %lld ms\n",
        static_cast<long long>(buildMs), static_cast<long long>(priceMs), static_cast<long long>(ratesMs),
        static_cast<long long>(optimiseMs));
    std::printf("re-simulation after one placement edit, %d runs: median %.2f ms, p95 %.2f ms, min %.2f ms, mean %.2f ms\n",
        runs, percentile(runMs, 0.5), percentile(runMs, 0.95), *std::min_element(runMs.begin(), runMs.end()),
        total / runs);
    std::printf("checksum %lld\n", static_cast<long long>(checksum));
    return 0;
}
