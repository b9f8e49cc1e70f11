// The models and proxies over a plan under QAbstractItemModelTester, with the exact text each cell
// shows and the raw value each cell sorts by. The import models are in tst_importmodels.
#include "guitestmain.h"
#include "models/monthlycostmodel.h"
#include "models/resourcetablemodel.h"
#include "models/workloadsortfilterproxy.h"
#include "models/workloadtablemodel.h"
#include "sampleplan.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace cloudshift;

namespace {

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workloadCells_data();
    void workloadCells();
    void workloadSortRole();
    void workloadHeadersAndTips();
    void workloadProxySort_data();
    void workloadProxySort();
    void workloadProxyFilter_data();
    void workloadProxyFilter();
    void monthlyCosts();
    void monthlyCostsBeforeAPlan();
    void resources();
    void resourcesFilteredByWorkload();
};

void TestModels::workloadCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("billing-api") << 0
                                 << QStringList { QStringLiteral("billing-api"), QStringLiteral("4"),
                                        QStringLiteral("2"), QStringLiteral("1,234.50"),
                                        QStringLiteral("1,000.00"), QStringLiteral("19.0 %"),
                                        QStringLiteral("Exact"), QStringLiteral("1,300.25"),
                                        QStringLiteral("-5.3 %"), QStringLiteral("Approximate") };
    QTest::newRow("Data Lake, nothing priced")
        << 1
        << QStringList { QStringLiteral("Data Lake"), QStringLiteral("12"), QStringLiteral("0"),
               QStringLiteral("1,234,567.89"), QStringLiteral("1,234,567.89"), QStringLiteral("0.0 %"),
               QStringLiteral("None"), QStringLiteral("1,234,567.89"), QStringLiteral("0.0 %"),
               QStringLiteral("None") };
    QTest::newRow("web, sub-cent amounts")
        << 2
        << QStringList { QStringLiteral("web"), QStringLiteral("3"), QStringLiteral("3"),
               QStringLiteral("0.00"), QStringLiteral("0.01"), QStringLiteral("-25.0 %"),
               QStringLiteral("Close"), QStringLiteral("0.00"), QStringLiteral("0.0 %"),
               QStringLiteral("Close") };
}

void TestModels::workloadCells()
{
    QFETCH(int, row);
    QFETCH(QStringList, texts);
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(samplePlan());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 10);
    QCOMPARE(int { WorkloadTableModel::ColumnCount }, 10);
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(cell(model, row, column), texts.at(column));
    QCOMPARE(model.index(row, WorkloadTableModel::Azure).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(row, WorkloadTableModel::Workload).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignLeft | Qt::AlignVCenter));
}

void TestModels::workloadSortRole()
{
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(samplePlan());
    const auto raw = [&model](int row, int column) {
        return model.index(row, column).data(WorkloadTableModel::SortRole);
    };
    QCOMPARE(raw(0, WorkloadTableModel::Workload), QVariant(QStringLiteral("billing-api")));
    QCOMPARE(raw(0, WorkloadTableModel::Resources), QVariant(4));
    QCOMPARE(raw(0, WorkloadTableModel::Azure), QVariant(qint64 { 1'234'500'000 }));
    QCOMPARE(raw(1, WorkloadTableModel::Aws), QVariant(qint64 { 1'234'567'891'000 }));
    QCOMPARE(raw(2, WorkloadTableModel::Aws), QVariant(qint64 { 5'000 }));
    QCOMPARE(raw(0, WorkloadTableModel::AwsSavingPercent), QVariant(18.9955));
    QCOMPARE(raw(0, WorkloadTableModel::GcpSavingPercent), QVariant(-5.3260));
    QCOMPARE(raw(0, WorkloadTableModel::AwsConfidence), QVariant(int(Confidence::Exact)));
    QCOMPARE(raw(0, WorkloadTableModel::GcpConfidence), QVariant(int(Confidence::Approximate)));
    QCOMPARE(raw(1, WorkloadTableModel::GcpConfidence), QVariant(int(Confidence::None)));

    // A second result replaces the first entirely.
    PlanResult smaller = samplePlan();
    smaller.workloads.resize(1);
    model.setResults(smaller);
    QCOMPARE(model.rowCount(), 1);
    model.setResults(PlanResult {});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::workloadHeadersAndTips()
{
    WorkloadTableModel model;
    QCOMPARE(model.headerData(WorkloadTableModel::Azure, Qt::Horizontal).toString(), QStringLiteral("Azure"));
    model.setResults(samplePlan());
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
        (QStringList { QStringLiteral("Workload"), QStringLiteral("Resources"), QStringLiteral("VMs"),
            QStringLiteral("Azure (EUR)"), QStringLiteral("AWS (EUR)"), QStringLiteral("AWS saving"),
            QStringLiteral("AWS confidence"), QStringLiteral("Google Cloud (EUR)"),
            QStringLiteral("GCP saving"), QStringLiteral("GCP confidence") }));
    QCOMPARE(cell(model, 0, WorkloadTableModel::Workload, Qt::ToolTipRole),
        QStringLiteral("billing-api (grouped by tag:app)"));
    QCOMPARE(cell(model, 0, WorkloadTableModel::Gcp, Qt::ToolTipRole),
        QStringLiteral("Saving on Google Cloud: EUR -65.75"));
    QCOMPARE(cell(model, 0, WorkloadTableModel::GcpConfidence, Qt::ToolTipRole),
        QStringLiteral("1 of 2 VMs mapped to Google Cloud; the weakest match decides"));
}

void TestModels::workloadProxySort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("workloads");
    const QString billing = QStringLiteral("billing-api");
    const QString lake = QStringLiteral("Data Lake");
    const QString web = QStringLiteral("web");
    // Money sorts by amount, not by text: "1,234.50" < "1,234,567.89" < "0.00" as strings.
    QTest::newRow("Azure descending")
        << int(WorkloadTableModel::Azure) << Qt::DescendingOrder << QStringList { lake, billing, web };
    QTest::newRow("AWS ascending") << int(WorkloadTableModel::Aws) << Qt::AscendingOrder
                                   << QStringList { web, billing, lake };
    QTest::newRow("AWS saving % ascending, negative first")
        << int(WorkloadTableModel::AwsSavingPercent) << Qt::AscendingOrder
        << QStringList { web, lake, billing };
    QTest::newRow("GCP saving %, equal values by name")
        << int(WorkloadTableModel::GcpSavingPercent) << Qt::AscendingOrder
        << QStringList { billing, lake, web };
    QTest::newRow("name, case-insensitive")
        << int(WorkloadTableModel::Workload) << Qt::AscendingOrder << QStringList { billing, lake, web };
    QTest::newRow("AWS confidence, best first")
        << int(WorkloadTableModel::AwsConfidence) << Qt::AscendingOrder << QStringList { billing, web, lake };
    QTest::newRow("VMs descending") << int(WorkloadTableModel::Vms) << Qt::DescendingOrder
                                    << QStringList { web, billing, lake };
}

void TestModels::workloadProxySort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, workloads);
    WorkloadTableModel model;
    WorkloadSortFilterProxy proxy(WorkloadTableModel::Workload);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(samplePlan());
    proxy.sort(column, order);
    QCOMPARE(columnTexts(proxy, WorkloadTableModel::Workload), workloads);
}

void TestModels::workloadProxyFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("workloads");
    QTest::newRow("empty keeps all") << QString()
                                     << QStringList { QStringLiteral("billing-api"),
                                            QStringLiteral("Data Lake"), QStringLiteral("web") };
    QTest::newRow("case-insensitive")
        << QStringLiteral("LAKE") << QStringList { QStringLiteral("Data Lake") };
    QTest::newRow("substring") << QStringLiteral("a")
                               << QStringList { QStringLiteral("billing-api"), QStringLiteral("Data Lake") };
    QTest::newRow("surrounding spaces ignored")
        << QStringLiteral("  web ") << QStringList { QStringLiteral("web") };
    QTest::newRow("no match") << QStringLiteral("payroll") << QStringList {};
    // Only the workload name is searched, not the amounts in other columns.
    QTest::newRow("amounts not searched") << QStringLiteral("1,234") << QStringList {};
}

void TestModels::workloadProxyFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, workloads);
    WorkloadTableModel model;
    WorkloadSortFilterProxy proxy(WorkloadTableModel::Workload);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(samplePlan());
    proxy.sort(WorkloadTableModel::Workload, Qt::AscendingOrder);
    proxy.setWorkloadFilter(filter);
    QCOMPARE(columnTexts(proxy, WorkloadTableModel::Workload), workloads);
    // The filter survives a new result.
    model.setResults(samplePlan());
    QCOMPARE(columnTexts(proxy, WorkloadTableModel::Workload), workloads);
}

void TestModels::monthlyCosts()
{
    MonthlyCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(samplePlan());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.currency(), QStringLiteral("EUR"));

    // Column 0 is a time for a QDateTimeAxis: mid-month, so evenly spaced ticks label the right month.
    for (int row = 0; row < 3; ++row) {
        const QVariant time = model.index(row, MonthlyCostModel::Month).data();
        QCOMPARE(time.typeId(), QMetaType::Double);
        const QDateTime plotted = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(time.toDouble()));
        QCOMPARE(plotted.date(), QDate(2025, row + 1, 15));
        QCOMPARE(model.index(row, MonthlyCostModel::Month).data(MonthlyCostModel::SortRole),
            QVariant(QDate(2025, row + 1, 1)));
    }
    QCOMPARE(model.index(0, MonthlyCostModel::Baseline).data().toDouble(), 1000.0);
    QCOMPARE(model.index(1, MonthlyCostModel::Baseline).data().toDouble(), 1100.5);
    QCOMPARE(model.index(2, MonthlyCostModel::Baseline).data().toDouble(), 1234567.891);
    QCOMPARE(model.index(2, MonthlyCostModel::Aws).data().toDouble(), 1100000.0);
    QCOMPARE(model.index(0, MonthlyCostModel::Gcp).data().toDouble(), 1050.0);
    QCOMPARE(model.index(2, MonthlyCostModel::Baseline).data(MonthlyCostModel::SortRole),
        QVariant(qint64 { 1'234'567'891'000 }));
    QCOMPARE(cell(model, 0, MonthlyCostModel::Month, Qt::ToolTipRole), QStringLiteral("Jan 2025"));
    QCOMPARE(cell(model, 1, MonthlyCostModel::Aws, Qt::ToolTipRole),
        QStringLiteral("All to AWS, Feb 2025: EUR 1,000.00"));
    QCOMPARE(cell(model, 2, MonthlyCostModel::Baseline, Qt::ToolTipRole),
        QStringLiteral("Azure (baseline), Mar 2025: EUR 1,234,567.89"));

    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
        (QStringList { QStringLiteral("Month"), QStringLiteral("Azure (baseline)"),
            QStringLiteral("All to AWS"), QStringLiteral("All to Google Cloud") }));
}

void TestModels::monthlyCostsBeforeAPlan()
{
    MonthlyCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(MonthlyCostModel::Gcp, Qt::Horizontal).toString(),
        QStringLiteral("All to Google Cloud"));
    // A series shorter than the month list shows zero instead of reading past its end.
    PlanResult plan = samplePlan();
    plan.gcp.monthly.resize(1);
    model.setResults(plan);
    QCOMPARE(model.index(2, MonthlyCostModel::Gcp).data().toDouble(), 0.0);
}

void TestModels::resources()
{
    ResourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(samplePlan());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 13);
    QStringList row0;
    for (int column = 0; column < model.columnCount(); ++column)
        row0 << cell(model, 0, column);
    QCOMPARE(row0,
        (QStringList { QStringLiteral("api-1"), QStringLiteral("billing-api"),
            QStringLiteral("Virtual Machines"), QStringLiteral("Standard_D4s_v5"),
            QStringLiteral("westeurope"), QStringLiteral("2,160.0"), QStringLiteral("617.25"),
            QStringLiteral("m6i.xlarge"), QStringLiteral("500.00"), QStringLiteral("Exact"),
            QStringLiteral("n2-standard-4"), QStringLiteral("650.13"), QStringLiteral("Approximate") }));
    QCOMPARE(cell(model, 0, ResourceTableModel::AwsSku, Qt::ToolTipRole),
        QStringLiteral("m6i.xlarge in eu-west-1 at 0.2140 USD/h\n4 vCPU 16 GiB general purpose → m6i.xlarge\n"
                       "Price: aws_ec2_prices, 2025-06-30"));
    // An unpriced resource says why nothing is offered; without a name, the id's last segment names it.
    QCOMPARE(cell(model, 1, ResourceTableModel::Resource), QStringLiteral("lake"));
    QVERIFY(cell(model, 1, ResourceTableModel::Resource, Qt::ToolTipRole).endsWith(u"/storageAccounts/lake"));
    QCOMPARE(cell(model, 1, ResourceTableModel::AwsSku), QStringLiteral("—"));
    QCOMPARE(cell(model, 1, ResourceTableModel::GcpConfidence), QStringLiteral("None"));
    QCOMPARE(cell(model, 1, ResourceTableModel::Aws, Qt::ToolTipRole),
        QStringLiteral("No equivalent priced: the Azure cost is carried over"));
    QCOMPARE(model.index(0, ResourceTableModel::Hours).data(ResourceTableModel::SortRole), QVariant(2160.0));
    QCOMPARE(model.index(0, ResourceTableModel::Gcp).data(ResourceTableModel::SortRole),
        QVariant(qint64 { 650'125'000 }));
    QCOMPARE(model.headerData(ResourceTableModel::Gcp, Qt::Horizontal).toString(),
        QStringLiteral("Google Cloud (EUR)"));
}

void TestModels::resourcesFilteredByWorkload()
{
    ResourceTableModel model;
    WorkloadSortFilterProxy proxy(ResourceTableModel::Workload);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(samplePlan());
    proxy.sort(ResourceTableModel::Azure, Qt::DescendingOrder);
    QCOMPARE(columnTexts(proxy, ResourceTableModel::Workload),
        (QStringList { QStringLiteral("Data Lake"), QStringLiteral("billing-api") }));
    proxy.setWorkloadFilter(QStringLiteral("BILLING"));
    QCOMPARE(columnTexts(proxy, ResourceTableModel::Resource), QStringList { QStringLiteral("api-1") });
}

CLOUDSHIFT_GUI_TEST_MAIN(TestModels)
#include "tst_models.moc"
