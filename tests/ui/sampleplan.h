#pragma once

#include "pipeline/analysis.h"

// A small, hand-checked analysis for model and report tests: three months, three workloads, two
// resources. Every figure is written out as the engine would report it; the UI must show them as is.
inline cloudshift::Micros units(double value)
{
    return static_cast<cloudshift::Micros>(value * 1'000'000.0 + (value < 0 ? -0.5 : 0.5));
}

inline cloudshift::PlanResult samplePlan()
{
    using namespace cloudshift;
    PlanResult plan;
    plan.currency = QStringLiteral("EUR");
    plan.months = { QDate(2025, 1, 1), QDate(2025, 2, 1), QDate(2025, 3, 1) };
    plan.catalogDate = QStringLiteral("2025-06-30");
    plan.notes = { QStringLiteral("Only VMs are re-priced.") };

    plan.baseline = { QStringLiteral("Azure (baseline)"), Cloud::Azure,
        { units(1000), units(1100.5), units(1234567.891) }, units(1236668.391), 0, 0.0 };
    plan.aws = { QStringLiteral("All to AWS"), Cloud::Aws, { units(900), units(1000), units(1100000) },
        units(1101900), units(134768.391), 10.8977 };
    plan.gcp = { QStringLiteral("All to Google Cloud"), Cloud::Gcp,
        { units(1050), units(1150), units(1300000) }, units(1302200), units(-65531.609), -5.2990 };

    WorkloadPlanRow billing;
    billing.workload = QStringLiteral("billing-api");
    billing.groupedBy = QStringLiteral("tag:app");
    billing.resources = 4;
    billing.vms = 2;
    billing.vmsMappedAws = 2;
    billing.vmsMappedGcp = 1;
    billing.azure = units(1234.5);
    billing.aws = units(1000);
    billing.gcp = units(1300.25);
    billing.awsSaving = units(234.5);
    billing.gcpSaving = units(-65.75);
    billing.awsSavingPercent = 18.9955;
    billing.gcpSavingPercent = -5.3260;
    billing.awsConfidence = Confidence::Exact;
    billing.gcpConfidence = Confidence::Approximate;

    WorkloadPlanRow lake;
    lake.workload = QStringLiteral("Data Lake");
    lake.groupedBy = QStringLiteral("resource group");
    lake.resources = 12;
    lake.vms = 0;
    lake.azure = units(1234567.891);
    lake.aws = units(1234567.891);
    lake.gcp = units(1234567.891);
    lake.awsConfidence = Confidence::None;
    lake.gcpConfidence = Confidence::None;

    WorkloadPlanRow web;
    web.workload = QStringLiteral("web");
    web.groupedBy = QStringLiteral("tag:app");
    web.resources = 3;
    web.vms = 3;
    web.vmsMappedAws = 3;
    web.vmsMappedGcp = 3;
    web.azure = units(0.004);
    web.aws = units(0.005);
    web.gcp = units(0.004);
    web.awsSaving = units(-0.001);
    web.awsSavingPercent = -25.0;
    web.gcpSavingPercent = 0.0;
    web.awsConfidence = Confidence::Close;
    web.gcpConfidence = Confidence::Close;
    plan.workloads = { billing, lake, web };

    ResourcePlanRow vm;
    vm.resourceId = QStringLiteral(
        "/subscriptions/1/resourceGroups/billing/providers/Microsoft.Compute/virtualMachines/api-1");
    vm.resourceName = QStringLiteral("api-1");
    vm.workload = QStringLiteral("billing-api");
    vm.serviceCategory = QStringLiteral("Virtual Machines");
    vm.azureSku = QStringLiteral("Standard_D4s_v5");
    vm.azureRegion = QStringLiteral("westeurope");
    vm.usageHours = 2160;
    vm.azure = units(617.25);
    vm.aws = units(500);
    vm.gcp = units(650.125);
    vm.awsOffer
        = { Cloud::Aws, QStringLiteral("EC2"), QStringLiteral("m6i.xlarge"), QStringLiteral("eu-west-1"),
              0.214, Confidence::Exact, QStringLiteral("4 vCPU 16 GiB general purpose → m6i.xlarge"),
              QStringLiteral("aws_ec2_prices"), QStringLiteral("2025-06-30") };
    vm.gcpOffer = { Cloud::Gcp, QStringLiteral("Compute Engine"), QStringLiteral("n2-standard-4"),
        QStringLiteral("europe-west4"), 0.2163, Confidence::Approximate, QStringLiteral("size fallback"),
        QStringLiteral("gcp_compute_prices"), QStringLiteral("2025-06-30") };

    ResourcePlanRow disk;
    disk.resourceId = QStringLiteral(
        "/subscriptions/1/resourceGroups/lake/providers/Microsoft.Storage/storageAccounts/lake");
    disk.workload = QStringLiteral("Data Lake");
    disk.serviceCategory = QStringLiteral("Storage");
    disk.azureRegion = QStringLiteral("westeurope");
    disk.azure = units(1234567.891);
    disk.aws = units(1234567.891);
    disk.gcp = units(1234567.891);
    plan.resources = { vm, disk };
    return plan;
}

inline cloudshift::Analysis sampleAnalysis()
{
    using namespace cloudshift;
    Analysis analysis;
    analysis.plan = samplePlan();
    ImportedFile file;
    file.path = QStringLiteral("/data/exports/costs-2025-q1.csv.gz");
    file.format = QStringLiteral("ea");
    file.formatName = QStringLiteral("EA cost details");
    file.schemaVersion = QStringLiteral("2024-08-01");
    file.costKind = CostKind::Actual;
    file.bytes = 2'500'000;
    file.rows = 12345;
    file.skippedRows = 2;
    ImportedFile focus;
    focus.path = QStringLiteral("/data/exports/focus.csv");
    focus.format = QStringLiteral("focus");
    focus.formatName = QStringLiteral("FOCUS");
    focus.costKind = CostKind::Focus;
    focus.bytes = 1024;
    focus.rows = 10;
    analysis.import.files = { file, focus };
    analysis.import.totalsByCurrency
        = { { QStringLiteral("EUR"), units(1236668.391) }, { QStringLiteral("USD"), units(12.5) } };
    analysis.import.rows = 12355;
    analysis.import.skippedRows = 2;
    analysis.import.firstDate = QDate(2025, 1, 1);
    analysis.import.lastDate = QDate(2025, 3, 31);
    ImportDiagnostic bad;
    bad.severity = ImportDiagnostic::Severity::Error;
    bad.file = QStringLiteral("costs-2025-q1.csv.gz");
    bad.line = 17;
    bad.column = 9;
    bad.message = QStringLiteral("not a number: \"abc\"");
    ImportDiagnostic note;
    note.severity = ImportDiagnostic::Severity::Warning;
    note.file = QStringLiteral("focus.csv");
    note.message = QStringLiteral("no BillingCurrency column; assuming EUR");
    analysis.import.diagnostics = { bad, note };
    analysis.import.droppedDiagnostics = 5;
    analysis.resourceCount = 19;
    analysis.workloadCount = 3;
    return analysis;
}
