#include "billing/billingimporter.h"

#include <QTest>

using namespace cloudshift;

// The corpus of malformed inputs in tests/data/bad: each gives one clear message naming the file, line and
// column, and whatever else the file holds is still read. Nothing crashes or hangs.
class TestBadInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message"); ///< the first diagnostic, after the file path
        QTest::addColumn<bool>("fatal"); ///< nothing usable was read
        QTest::addColumn<int>("rowsKept");

        auto add = [](const char* file, const char* message, bool fatal, int rowsKept) {
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(message) << fatal << rowsKept;
        };
        const char* notExport = ":1: the header row is not an Azure cost export: no column for a date (Date, UsageDateTime "
                                "or ChargePeriodStart), a cost (CostInBillingCurrency, Cost, PreTaxCost or BilledCost), a "
                                "resource id (ResourceId or InstanceId), a meter category or service (MeterCategory, "
                                "ConsumedService)";
        add("empty.csv", ": the file is empty", true, 0);
        add("bom_only.csv", ": the file is empty", true, 0);
        add("empty.csv.gz", ": the file is empty", true, 0);
        add("unknown_header.csv", notExport, true, 0);
        add("html_error_page.csv", notExport, true, 0);
        add("json_document.csv", notExport, true, 0);
        add("binary.csv", ":1: the file holds binary data, not CSV text", true, 0);
        add("utf16_no_bom.csv", ":1: the file is UTF-16 text (Excel \"Unicode text\"); save it as CSV UTF-8 and import it again",
            true, 0);
        add("truncated.csv.gz", ":68: read error: the gzip data ends early (truncated download?); the rest of the file was "
                                "not read", false, 66);
        add("corrupt.csv.gz", ":1: read error: corrupt gzip data: invalid bit length repeat", true, 0);
        add("missing_cost.csv", ":1: the header row is not an Azure cost export: no column for a cost "
                                "(CostInBillingCurrency, Cost, PreTaxCost or BilledCost)", true, 0);
        add("missing_date.csv", ":1: the header row is not an Azure cost export: no column for a date (Date, "
                                "UsageDateTime or ChargePeriodStart)", true, 0);
        add("bad_date.csv", ":3:1: 'yesterday' is not a date; row skipped", false, 1);
        add("day_first.csv", ":2:1: date '25/12/2024' is day/month/year; Azure writes month/day/year (was the file "
                             "re-saved with another locale?); row skipped", false, 0);
        add("invalid_day.csv", ":2:1: '02/30/2024' is not a date; row skipped", false, 0);
        add("bad_iso_date.csv", ":2:1: '2024-13-45' is not a date; row skipped", false, 0);
        add("date_out_of_range.csv", ":2:1: date '01/01/1999' is outside 2000\u20132300; row skipped", false, 0);
        add("focus_bad_iso_date.csv", ":2:3: '09/31/2024' is not a date; row skipped", false, 0);
        add("bad_cost.csv", ":2:2: cost 'abc' is not a number; row skipped", false, 0);
        add("cost_overflow.csv", ":2:2: cost '1e30' is not a number; row skipped", false, 0);
        add("cost_currency_symbol.csv", ":2:2: cost '$5.00' is not a number; row skipped", false, 0);
        add("cost_thousands_separator.csv", ":2:2: cost '1,234.50' is not a number; row skipped", false, 0);
        add("cost_decimal_comma.csv", ":2:2: cost '5,25' is not a number; row skipped", false, 0);
        add("cost_double_sign.csv", ":2:2: cost '--5' is not a number; row skipped", false, 0);
        add("semicolon_decimal_comma.csv", ":2:2: cost '1,5' is not a number; row skipped", false, 0);
        add("focus_bad_effective_cost.csv", ":2:2: effective cost 'oops' is not a number; row skipped", false, 0);
        add("bad_quantity.csv", ":2:7: quantity 'many' is not a number; counted as 0", false, 1);
        add("extra_fields.csv", ":2:9: the row has 10 fields but the header 8 (an unquoted comma?); fields were read by "
                                "their header position", false, 1);
        add("unterminated_quote.csv", ":3: a quoted field is not closed before the end of the file; the rest of the file "
                                      "was not read", false, 1);
        add("manifest_broken.json", ":4:1: not valid JSON", true, 0);
        add("manifest_number_overflow.json", ": a number in the manifest is out of range", true, 0);
        add("manifest_without_blobs.json", ": not an export manifest (no \"blobs\" list)", true, 0);
        add("folder_without_exports", ": the folder holds no .csv or .csv.gz export files", true, 0);
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(bool, fatal);
        QFETCH(int, rowsKept);
        const QString path = QStringLiteral(CLOUDSHIFT_TEST_DATA "/bad/") + file;
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QVERIFY(!data.summary.diagnostics.empty());
        QCOMPARE(data.summary.diagnostics.front().toString(), path + message);
        QCOMPARE(!importer.fatalError().isEmpty(), fatal);
        QCOMPARE(data.summary.rows - data.summary.skippedRows, qint64(rowsKept));
    }

    // A manifest pointing at a part file that is not there names the missing file.
    void manifestMissingPart()
    {
        const QString path = QStringLiteral(CLOUDSHIFT_TEST_DATA "/bad/manifest_missing_part.json");
        BillingImporter importer;
        importer.importInputs({path});
        QCOMPARE(importer.fatalError(),
            QStringLiteral(CLOUDSHIFT_TEST_DATA "/bad/part_9_9999.csv: cannot open: No such file or directory"));
    }

    // A cell nested far deeper than any real tag set is kept as raw text instead of being parsed.
    void deeplyNestedTagsKeptRaw()
    {
        BillingImporter importer;
        const BillingData data = importer.importInputs({QStringLiteral(CLOUDSHIFT_TEST_DATA "/bad/deep_json_tags.csv")});
        QCOMPARE(importer.fatalError(), QString());
        QCOMPARE(data.resources.size(), std::size_t(1));
        QCOMPARE(data.resources[0].tags.size(), std::size_t(1));
        QCOMPARE(data.resources[0].tags[0].first, QString());
        QVERIFY(data.resources[0].tags[0].second.startsWith(QStringLiteral("{\"a\":{\"a\":")));
    }
};

QTEST_APPLESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
