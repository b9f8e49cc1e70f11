#include "billing/billingimporter.h"
#include "independentcsv.h"
#include "shareddata.h"

#include <QFileInfo>
#include <QTest>

using namespace cloudshift;

// Every billing sample among the public Azure data imports: format, rows and the exact total, which
// the test computes from the file itself with an independent CSV reading.
class TestSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("costColumn");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("resources");

        auto add = [](const char* name, const char* file, const char* format, int rows, const char* cost,
                       const char* currency, int resources) {
            QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(format) << rows
                                << QString::fromUtf8(cost) << QString::fromUtf8(currency) << resources;
        };
        add("EA actual (portal)", "azure/finops-toolkit/test-assets/EA_ActualCost_Small.csv", "ea-portal", 11, "Cost", "USD", 11);
        add("EA amortized (portal)", "azure/finops-toolkit/test-assets/EA_AmortizedCost_Small.csv", "ea-portal", 28, "Cost",
            "USD", 22);
        add("EA 2023-12-01-preview", "azure/focus-converters/sample-anonymous-ea-export-dataset.csv", "ea", 27,
            "CostInBillingCurrency", "CAD", 1);
        add("FOCUS multi-provider", "azure/focus-sample-data/focus_sample.csv", "focus", 1000, "BilledCost", "USD", 844);
        add("PAYG with BOM", "azure/opencost/headersets/BOM.csv", "payg", 1, "PreTaxCost", "", 1);
        add("EA 2021-01-01", "azure/opencost/headersets/Enterprise.csv", "ea", 1, "CostInBillingCurrency", "CAD", 1);
        add("MCA partner", "azure/opencost/headersets/EnterpriseCamel.csv", "mca-partner", 1, "costInBillingCurrency",
            "USD", 1);
        add("PAYG German", "azure/opencost/headersets/German.csv", "payg", 1, "PreTaxCost (PreTaxCost)", "USD", 1);
        add("PAYG", "azure/opencost/headersets/PayAsYouGo.csv", "payg", 1, "PreTaxCost", "USD", 1);
        add("EA synthetic mix", "azure/opencost/headersets/YA.csv", "ea", 1, "costInBillingCurrency", "USD", 1);
        add("subset, no braces", "azure/opencost/values/MissingBrackets.csv", "unknown", 1, "costinbillingcurrency", "", 1);
        add("subset, short rows", "azure/opencost/values/Template.csv", "unknown", 87, "costinbillingcurrency", "", 24);
        add("subset, VM", "azure/opencost/values/VirtualMachine.csv", "unknown", 1, "costinbillingcurrency", "", 1);
        add("MCA 2023-12-01-preview", "azure/opencost/values/test_azure_billing.csv", "mca", 5, "costInBillingCurrency",
            "USD", 5);
    }

    void sample()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, rows);
        QFETCH(QString, costColumn);
        QFETCH(QString, currency);
        QFETCH(int, resources);
        const QString path = sharedDataDir() + QLatin1Char('/') + file;
        if (!QFileInfo::exists(path))
            QSKIP(qPrintable(QStringLiteral("shared sample data not found: %1 (set CLOUDSHIFT_SHARED_DATA)").arg(path)));

        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QVERIFY2(importer.fatalError().isEmpty(), qPrintable(importer.fatalError()));
        const ImportSummary& s = data.summary;
        QCOMPARE(s.files.at(0).format, format);
        QCOMPARE(s.rows, rows);
        QCOMPARE(s.skippedRows, 0);
        QCOMPARE(int(data.resources.size()), resources);
        QCOMPARE(s.totalsByCurrency.size(), std::size_t(1));
        QCOMPARE(s.totalsByCurrency.begin()->first, currency);
        const long double expected = independentColumnSum(path, costColumn);
        QCOMPARE(toCents(static_cast<long double>(s.totalsByCurrency.begin()->second) / kMicrosPerUnit), toCents(expected));
        // Nothing is rounded away row by row either: the micro-unit total is within a micro-unit per row.
        QVERIFY(std::fabs(static_cast<double>(s.totalsByCurrency.begin()->second) - static_cast<double>(expected * kMicrosPerUnit))
            <= rows * 0.5 + 1);
    }
};

QTEST_APPLESS_MAIN(TestSamples)
#include "tst_samples.moc"
