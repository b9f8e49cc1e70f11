#include "billing/billingimporter.h"
#include "independentcsv.h"
#include "shareddata.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cloudshift;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/") + QLatin1String(name);
}

} // namespace

class TestBillingImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quirksFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("csv") << fixture("ea_quirks.csv");
        QTest::newRow("csv.gz") << fixture("ea_quirks.csv.gz");
    }

    // BOM, CRLF, quoted commas and newlines, NULL cells, short rows, E-notation, case drift in ids,
    // unpadded and two-digit-year dates; a day-first date and a non-numeric cost are reported and skipped.
    void quirksFile()
    {
        QFETCH(QString, path);
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QVERIFY2(importer.fatalError().isEmpty(), qPrintable(importer.fatalError()));
        const ImportSummary& s = data.summary;
        QCOMPARE(s.files.size(), std::size_t(1));
        QCOMPARE(s.files[0].format, QStringLiteral("ea"));
        QCOMPARE(s.rows, 7);
        QCOMPARE(s.skippedRows, 2);
        QCOMPARE(s.totalsByCurrency.size(), std::size_t(2));
        QCOMPARE(s.totalsByCurrency.at(QStringLiteral("USD")), Micros(1'268'872));
        QCOMPARE(s.totalsByCurrency.at(QStringLiteral("EUR")), Micros(100'000'000));
        QCOMPARE(s.firstDate, QDate(2024, 3, 1));
        QCOMPARE(s.lastDate, QDate(2024, 10, 1));
        QCOMPARE(data.resources.size(), std::size_t(3));
        QCOMPARE(data.firstMonth, (2024 - 2000) * 12 + 2);
        QCOMPARE(data.lastMonth, (2024 - 2000) * 12 + 9);

        const BilledResource& vm = data.resources[0];
        QCOMPARE(vm.name, QStringLiteral("vm1"));
        QCOMPARE(vm.vmSize, QStringLiteral("Standard_D2s_v5"));
        QCOMPARE(vm.vcpus, 2);
        QCOMPARE(vm.resourceType, QStringLiteral("microsoft.compute/virtualmachines"));
        QCOMPARE(vm.tags, (std::vector<std::pair<QString, QString>>{{QStringLiteral("app"), QStringLiteral("shop")}}));
        QCOMPARE(data.resources[1].tags,
            (std::vector<std::pair<QString, QString>>{{QStringLiteral("app"), QStringLiteral("data")}}));
        QCOMPARE(data.resources[2].resourceType, QStringLiteral("microsoft.sql/servers/databases"));

        QCOMPARE(s.diagnostics.size(), std::size_t(2));
        QCOMPARE(s.diagnostics[0].toString(),
            path + QStringLiteral(":7:1: date '13/10/2024' is day/month/year; Azure writes month/day/year (was the "
                                  "file re-saved with another locale?); row skipped"));
        QCOMPARE(s.diagnostics[1].toString(), path + QStringLiteral(":8:2: cost 'abc' is not a number; row skipped"));
    }

    void eaPortalSampleReconciles()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(path, "azure/finops-toolkit/test-assets/EA_ActualCost_Small.csv");
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QVERIFY2(importer.fatalError().isEmpty(), qPrintable(importer.fatalError()));
        const long double expected = independentColumnSum(path, QStringLiteral("Cost"));
        const Micros total = data.summary.totalsByCurrency.at(QStringLiteral("USD"));
        QCOMPARE(toCents(static_cast<long double>(total) / kMicrosPerUnit), toCents(expected));
        QCOMPARE(toCents(expected), 855LL); // 8.5450077867… in the file
        QCOMPARE(data.summary.rows, 11);
        QCOMPARE(data.summary.skippedRows, 0);
        QCOMPARE(data.summary.files[0].costKind, CostKind::Actual);
    }

    // Excel's "Unicode text": UTF-16LE with a byte order mark, tab-delimited, CRLF.
    void utf16WithByteOrderMark()
    {
        BillingImporter importer;
        const BillingData data = importer.importInputs({fixture("utf16_excel.txt")});
        QCOMPARE(importer.fatalError(), QString());
        QCOMPARE(data.summary.rows, 2);
        QCOMPARE(data.summary.totalsByCurrency.at(QStringLiteral("EUR")), Micros(3'750'000));
        QCOMPARE(data.resources.size(), std::size_t(1));
        QCOMPARE(data.resources[0].name, QStringLiteral("gr\u00f6\u00dfe"));
        QCOMPARE(data.resources[0].resourceGroup, QStringLiteral("rg-\u00fc"));
    }

    void emptyExportIsValid()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(path, "azure/finops-toolkit/test-assets/EA_NoRows.csv");
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QCOMPARE(importer.fatalError(), QString());
        QCOMPARE(data.summary.rows, 0);
        QVERIFY(data.resources.empty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an export") << fixture("not_an_export.csv")
                                       << QStringLiteral(":1: the header row is not an Azure cost export: no column for a "
                                                         "date (Date, UsageDateTime or ChargePeriodStart), a cost");
        QTest::newRow("utf16 without BOM") << fixture("utf16_nobom.csv") << QStringLiteral(":1: the file is UTF-16 text");
        QTest::newRow("missing") << fixture("does_not_exist.csv") << QStringLiteral(": cannot open:");
        QTest::newRow("unterminated") << fixture("unterminated_quote.csv")
                                      << QStringLiteral(":2: a quoted field is not closed before the end of the file");
    }

    void badFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QVERIFY2(importer.fatalError().startsWith(path + error), qPrintable(importer.fatalError()));
        QCOMPARE(data.summary.totalsByCurrency.size(), std::size_t(0));
    }

    // Totals are summed from the amounts as written and rounded once: a thousand rows of 0.0000004
    // each round to 0 one by one but add up to 0.0004; the cost lines keep per-row micro-units.
    void totalsSumExactAmounts()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("tiny.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date,CostInBillingCurrency,BillingCurrency,ResourceId,MeterCategory\n");
        for (int i = 0; i < 1000; ++i)
            file.write("01/15/2025,0.0000004,EUR,/subscriptions/s/resourceGroups/g/providers/a/b/r,Storage\n");
        file.write("01/15/2025,0.0000015,EUR,/subscriptions/s/resourceGroups/g/providers/a/b/r,Storage\n");
        file.close();
        BillingImporter importer;
        const BillingData data = importer.importInputs({file.fileName()});
        QCOMPARE(data.summary.rows, qint64(1001));
        // 0.0004 + 0.0000015 = 0.0004015, half to even at the micro-unit: 402.
        QCOMPARE(data.summary.totalsByCurrency.at(QStringLiteral("EUR")), Micros(402));
    }

    // Several inputs merge; a folder stands for the export files inside it.
    void folderAndMerge()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture("ea_quirks.csv"), dir.filePath(QStringLiteral("part_0_0001.csv"))));
        QVERIFY(QFile::copy(fixture("ea_quirks.csv.gz"), dir.filePath(QStringLiteral("part_0_0002.csv.gz"))));
        QVERIFY(QFile::copy(fixture("not_an_export.csv"), dir.filePath(QStringLiteral("notes.txt"))));
        BillingImporter importer;
        const BillingData data = importer.importInputs({dir.path()});
        QCOMPARE(data.summary.files.size(), std::size_t(2));
        // One copy sums to 1.2688725 exactly (1.268872 once rounded half to even); two copies to 2.537745.
        QCOMPARE(data.summary.totalsByCurrency.at(QStringLiteral("USD")), Micros(2'537'745));
        QCOMPARE(data.resources.size(), std::size_t(3));
    }

    // A folder of partitioned runs: the manifest says amortized, the newest run of the month replaces the
    // older one, row counts are checked, an empty manifest (a completion marker) is ignored.
    void partitionedExportWithManifests()
    {
        BillingImporter importer;
        const BillingData data = importer.importInputs({fixture("partitioned")});
        QCOMPARE(importer.fatalError(), QString());
        const ImportSummary& s = data.summary;
        QCOMPARE(s.files.size(), std::size_t(3));
        QVERIFY(s.files[0].path.endsWith(QStringLiteral("run-new/part_0_0001.csv")));
        QCOMPARE(s.files[0].costKind, CostKind::Amortized);
        QCOMPARE(s.files[0].schemaVersion, QStringLiteral("2020-01-01"));
        QVERIFY(s.files[0].manifest.endsWith(QStringLiteral("run-new/manifest.json")));
        QVERIFY(s.files[2].path.endsWith(QStringLiteral("marker/custom.csv")));
        QCOMPARE(s.files[2].costKind, CostKind::Unknown);
        QCOMPARE(s.rows, 4);
        QCOMPARE(s.totalsByCurrency.at(QStringLiteral("USD")), Micros(13'750'000));
        QCOMPARE(s.diagnostics.size(), std::size_t(2));
        QVERIFY(s.diagnostics[0].toString().endsWith(QStringLiteral(
            "run-old/manifest.json: run of costs/2025-03 superseded by a newer run of the same export; its 1 part files "
            "were not read")));
        QVERIFY(s.diagnostics[1].toString().endsWith(QStringLiteral(
            "run-new/part_0_0002.csv: the manifest lists 2 rows for this part file but it holds 1 (incomplete copy?)")));
    }

    void manifestGivenDirectly()
    {
        BillingImporter importer;
        const BillingData data
            = importer.importInputs({fixture("partitioned/costs/20250301-20250331/run-old/manifest.json")});
        QCOMPARE(importer.fatalError(), QString());
        QCOMPARE(data.summary.totalsByCurrency.at(QStringLiteral("USD")), Micros(10'000'000));
        QCOMPARE(data.summary.files.at(0).costKind, CostKind::Amortized);
    }

    void brokenManifest()
    {
        BillingImporter importer;
        importer.importInputs({fixture("broken_manifest.json")});
        QCOMPARE(importer.fatalError(), fixture("broken_manifest.json") + QStringLiteral(":2:1: not valid JSON"));
    }

    void cancel()
    {
        std::atomic_bool cancelled{true};
        BillingImporter importer({}, &cancelled);
        importer.importInputs({fixture("ea_quirks.csv")});
        QVERIFY(importer.wasCancelled());
        QCOMPARE(importer.fatalError(), QStringLiteral("import cancelled"));
    }
};

QTEST_APPLESS_MAIN(TestBillingImporter)
#include "tst_billingimporter.moc"
