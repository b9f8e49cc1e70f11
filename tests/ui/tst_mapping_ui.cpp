// The Mapping page's model and proxy (workloads with their resources, the "not mapped" filter) under
// QAbstractItemModelTester, and target overrides as undo commands: the engine re-prices with the chosen
// SKU, and undo / redo restore the exact prices of before and after.
#include "catalog/catalog.h"
#include "commands/projectdocument.h"
#include "commands/setmappingoverridecommand.h"
#include "guitestmain.h"
#include "models/mappingfilterproxy.h"
#include "models/mappingtablemodel.h"
#include "pages/mappingpage.h"
#include "pipeline/analysis.h"
#include "sampleplan.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace cloudshift;
using namespace Qt::Literals::StringLiterals;

namespace {

const ResourcePlanRow* findResource(const PlanResult& plan, const QString& id)
{
    for (const ResourcePlanRow& row : plan.resources) {
        if (row.resourceId == id)
            return &row;
    }
    return nullptr;
}

// The figures an override must change and undo must restore.
struct Priced
{
    QString sku;
    QString region;
    double usdPerHour = 0.0;
    Micros cost = 0;
    Micros total = 0;

    bool operator==(const Priced&) const = default;
};

Priced pricedOnAws(const Analysis& analysis, const QString& id)
{
    const ResourcePlanRow* row = findResource(analysis.plan, id);
    if (!row)
        return {};
    return { row->awsOffer.sku, row->awsOffer.region, row->awsOffer.usdPerHour, row->aws,
        analysis.plan.aws.total };
}

} // namespace

class TestMappingUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelShowsWorkloadsAndResources();
    void notMappedFilter();
    void overridesAreMarked();
    void overrideList_data();
    void overrideList();
    void overrideUndoRedoRestoresExactPrices();
    void pageListsNotMapped();
};

void TestMappingUi::modelShowsWorkloadsAndResources()
{
    MappingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(samplePlan(), {});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int { MappingTableModel::ColumnCount });
    const QModelIndex billing = model.index(0, 0);
    QCOMPARE(billing.data().toString(), u"billing-api"_s);
    QCOMPARE(model.rowCount(billing), 1);
    QCOMPARE(model.index(0, MappingTableModel::Azure).data().toString(), u"1,234.50"_s);
    QCOMPARE(model.index(0, MappingTableModel::AwsConfidence).data().toString(), u"Exact"_s);
    // A workload without VMs has no VM-based confidence to show.
    QCOMPARE(model.index(1, MappingTableModel::AwsConfidence).data().toString(), QString());

    const auto cell = [&](int column) { return model.index(0, column, billing).data().toString(); };
    QCOMPARE(cell(MappingTableModel::Name), u"api-1"_s);
    QCOMPARE(cell(MappingTableModel::AzureSku), u"Standard_D4s_v5"_s);
    QCOMPARE(cell(MappingTableModel::Azure), u"617.25"_s);
    QCOMPARE(cell(MappingTableModel::AwsSku), u"m6i.xlarge"_s);
    QCOMPARE(cell(MappingTableModel::AwsRegion), u"eu-west-1"_s);
    QCOMPARE(cell(MappingTableModel::AwsPrice), u"0.2140 USD/h"_s);
    QCOMPARE(cell(MappingTableModel::Aws), u"500.00"_s);
    QCOMPARE(cell(MappingTableModel::AwsConfidence), u"Exact"_s);
    QCOMPARE(cell(MappingTableModel::AwsReason), u"4 vCPU 16 GiB general purpose → m6i.xlarge"_s);
    QCOMPARE(cell(MappingTableModel::GcpSku), u"n2-standard-4"_s);
    QCOMPARE(cell(MappingTableModel::GcpConfidence), u"Approximate"_s);
    QCOMPARE(cell(MappingTableModel::GcpReason), u"size fallback"_s);
    QCOMPARE(model.index(0, MappingTableModel::Aws, billing).data(MappingTableModel::SortRole).toLongLong(),
        qint64 { units(500) });
    // Without a document nothing is editable.
    QVERIFY(!(model.flags(model.index(0, MappingTableModel::AwsSku, billing)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, MappingTableModel::AwsSku, billing), u"m7i.xlarge"_s));

    // The storage account has no priced target: shown as such, flagged not mapped.
    const QModelIndex lake = model.index(1, 0);
    QCOMPARE(model.index(0, MappingTableModel::AwsSku, lake).data().toString(), u"—"_s);
    QCOMPARE(model.index(0, MappingTableModel::AwsConfidence, lake).data().toString(), u"None"_s);
    QVERIFY(model.index(0, 0, lake).data(MappingTableModel::NotMappedRole).toBool());
    QVERIFY(!model.index(0, 0, billing).data(MappingTableModel::NotMappedRole).toBool());
}

void TestMappingUi::notMappedFilter()
{
    MappingTableModel model;
    MappingFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(samplePlan(), {});
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setNotMappedOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex lake = proxy.index(0, 0);
    QCOMPARE(lake.data().toString(), u"Data Lake"_s);
    QCOMPARE(proxy.rowCount(lake), 1);
    QCOMPARE(proxy.index(0, 0, lake).data(MappingTableModel::ResourceIdRole).toString(),
        u"/subscriptions/1/resourceGroups/lake/providers/Microsoft.Storage/storageAccounts/lake"_s);

    proxy.setNotMappedOnly(false);
    proxy.setText(u"n2-standard"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"billing-api"_s);
    // A workload's name keeps all its resources.
    proxy.setText(u"billing"_s);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestMappingUi::overridesAreMarked()
{
    MappingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const PlanResult plan = samplePlan();
    MappingOverride workload;
    workload.workload = u"billing-api"_s;
    workload.cloud = Cloud::Gcp;
    workload.choice.region = u"europe-west1"_s;
    model.setResults(plan, { workload });
    const QModelIndex billing = model.index(0, 0);
    QCOMPARE(model.index(0, MappingTableModel::GcpRegion).data().toString(), u"europe-west1"_s);
    QVERIFY(model.index(0, MappingTableModel::GcpRegion).data(MappingTableModel::OverriddenRole).toBool());
    QVERIFY(!model.index(0, MappingTableModel::GcpSku).data(MappingTableModel::OverriddenRole).toBool());
    // Its resources inherit the workload's choice.
    QVERIFY(model.index(0, MappingTableModel::GcpRegion, billing)
                .data(MappingTableModel::OverriddenRole)
                .toBool());
    QVERIFY(!model.index(0, MappingTableModel::AwsRegion, billing)
                 .data(MappingTableModel::OverriddenRole)
                 .toBool());
    const auto edit = model.overrideFor(model.index(0, MappingTableModel::GcpSku, billing));
    QVERIFY(edit);
    QCOMPARE(edit->resourceId, plan.resources[0].resourceId);
    QCOMPARE(edit->cloud, Cloud::Gcp);
    QVERIFY(edit->choice.isEmpty());
}

void TestMappingUi::overrideList_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expectedSku");
    QTest::newRow("new resource choice")
        << u"/SUBS/x/vm-2"_s << u"m7i.large"_s << QString() << 3 << u"m7i.large"_s;
    QTest::newRow("same id, other case: replaced")
        << u"/subs/X/VM-1"_s << u"c7i.large"_s << QString() << 2 << u"c7i.large"_s;
    QTest::newRow("empty choice: removed") << u"/subs/x/vm-1"_s << QString() << QString() << 1 << QString();
    QTest::newRow("region only") << u"/subs/x/vm-1"_s << QString() << u"eu-west-1"_s << 2 << QString();
}

void TestMappingUi::overrideList()
{
    QFETCH(QString, resource);
    QFETCH(QString, sku);
    QFETCH(QString, region);
    QFETCH(int, count);
    QFETCH(QString, expectedSku);
    MappingOverride vm1 { u"/subs/x/vm-1"_s, QString(), Cloud::Aws, { QString(), u"m6i.large"_s } };
    MappingOverride web { QString(), u"web"_s, Cloud::Aws, { u"us-east-1"_s, QString() } };
    const std::vector<MappingOverride> result = SetMappingOverrideCommand::applied(
        { vm1, web }, { resource, QString(), Cloud::Aws, { region, sku } });
    QCOMPARE(static_cast<int>(result.size()), count);
    const auto it = std::find_if(result.begin(), result.end(),
        [&](const MappingOverride& o) { return o.resourceId.compare(resource, Qt::CaseInsensitive) == 0; });
    QCOMPARE(it == result.end() ? QString() : it->choice.vmSku, expectedSku);
    // The workload's own choice is never touched by a resource's.
    QVERIFY(std::find(result.begin(), result.end(), web) != result.end());
}

void TestMappingUi::overrideUndoRedoRestoresExactPrices()
{
    ProjectDocument document;
    QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
    QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
    document.openInputs({ demoExportPath() });
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);

    // The costliest VM mapped on AWS.
    const ResourcePlanRow* vm = nullptr;
    for (const ResourcePlanRow& row : document.analysis().plan.resources) {
        if (row.usageHours > 0 && row.awsOffer.isMapped() && (!vm || row.azure > vm->azure))
            vm = &row;
    }
    QVERIFY(vm);
    const QString id = vm->resourceId;
    const double hours = vm->usageHours;
    const Priced before = pricedOnAws(document.analysis(), id);
    // The mapper's own runner-up: a type priced in the same region.
    QVERIFY(!vm->awsOffer.alternatives.empty());
    const QString chosen = vm->awsOffer.alternatives.front().sku;
    QVERIFY(chosen != before.sku);
    const auto catalogVm = Catalog::embedded().vm(Cloud::Aws, before.region, chosen);
    QVERIFY(catalogVm && catalogVm->price.linuxUsdPerHour);

    // The edit goes through the model, as the page's editor does.
    MappingTableModel model;
    model.setDocument(&document);
    model.setResults(document.analysis().plan, document.mappingOverrides());
    QModelIndex cell;
    for (int w = 0; w < model.rowCount() && !cell.isValid(); ++w) {
        const QModelIndex workload = model.index(w, 0);
        for (int r = 0; r < model.rowCount(workload); ++r) {
            if (model.index(r, 0, workload).data(MappingTableModel::ResourceIdRole).toString() == id)
                cell = model.index(r, MappingTableModel::AwsSku, workload);
        }
    }
    QVERIFY(cell.isValid());
    QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
    // Confirming the mapper's own choice makes no history.
    QVERIFY(!model.setData(cell, before.sku));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(model.setData(cell, chosen));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.mappingOverrides().size(), std::size_t(1));
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 2);

    const Priced after = pricedOnAws(document.analysis(), id);
    QCOMPARE(after.sku, chosen);
    QCOMPARE(after.region, before.region);
    const double windowsOrLinux = after.usdPerHour;
    QVERIFY(windowsOrLinux == *catalogVm->price.linuxUsdPerHour
        || (catalogVm->price.windowsUsdPerHour && windowsOrLinux == *catalogVm->price.windowsUsdPerHour));
    QVERIFY(after.cost != before.cost);
    // Only this resource changed: the all-to-AWS total moves by exactly its difference.
    QCOMPARE(after.total - before.total, after.cost - before.cost);
    QVERIFY(qAbs(static_cast<double>(after.cost - before.cost) / 1e6
                - hours * (after.usdPerHour - before.usdPerHour))
        < 0.01 * hours);

    document.undoStack()->undo();
    QVERIFY(document.mappingOverrides().empty());
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 3);
    QCOMPARE(pricedOnAws(document.analysis(), id), before);

    document.undoStack()->redo();
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 4);
    QCOMPARE(pricedOnAws(document.analysis(), id), after);
}

// The page on the demo: one row per workload, and "not mapped only" lists exactly the resources without a
// priced target on one of the clouds.
void TestMappingUi::pageListsNotMapped()
{
    ProjectDocument document;
    MappingPage page(&document);
    QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
    QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
    document.openInputs({ demoExportPath() });
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    const PlanResult& plan = document.analysis().plan;
    QCOMPARE(page.view()->model()->rowCount(), static_cast<int>(plan.workloads.size()));

    int notMapped = 0;
    for (const ResourcePlanRow& row : plan.resources)
        notMapped += !row.awsOffer.isMapped() || !row.gcpOffer.isMapped();
    QVERIFY(notMapped > 0);
    page.notMappedOnly()->setChecked(true);
    const QAbstractItemModel* shown = page.view()->model();
    int listed = 0;
    for (int w = 0; w < shown->rowCount(); ++w) {
        const QModelIndex workload = shown->index(w, 0);
        QVERIFY(shown->rowCount(workload) > 0);
        for (int r = 0; r < shown->rowCount(workload); ++r) {
            QVERIFY(shown->index(r, 0, workload).data(MappingTableModel::NotMappedRole).toBool());
            ++listed;
        }
    }
    QCOMPARE(listed, notMapped);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestMappingUi)
#include "tst_mapping_ui.moc"
