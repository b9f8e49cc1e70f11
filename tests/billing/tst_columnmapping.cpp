#include "billing/billingimporter.h"
#include "billing/exportpreview.h"

#include <QTest>

using namespace cloudshift;

namespace {

const QString kFile = QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/custom_tool.csv");

ColumnMapping customToolMapping()
{
    ColumnMapping mapping;
    mapping.columns = {{Field::Date, QStringLiteral("Day")}, {Field::Cost, QStringLiteral("Amount")},
        {Field::Currency, QStringLiteral("Curr")}, {Field::ResourceId, QStringLiteral("Asset")},
        {Field::ResourceGroup, QStringLiteral("Group")}, {Field::MeterCategory, QStringLiteral("Kind")}};
    return mapping;
}

} // namespace

// An unknown header is refused until the user maps its columns; the mapping, remembered by the header's
// signature, then reads every file with that header.
class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownHeaderIsRefusedWithoutMapping()
    {
        BillingImporter importer;
        importer.importInputs({kFile});
        QCOMPARE(importer.fatalError(), kFile + QStringLiteral(":1: the header row is not an Azure cost export: no column "
                                                               "for a date (Date, UsageDateTime or ChargePeriodStart), a cost "
                                                               "(CostInBillingCurrency, Cost, PreTaxCost or BilledCost), a "
                                                               "resource id (ResourceId or InstanceId), a meter category or "
                                                               "service (MeterCategory, ConsumedService)"));
    }

    void previewShowsHeaderRowsAndNoRoles()
    {
        const ExportPreview preview = previewExport(kFile, 2);
        QCOMPARE(preview.error, QString());
        QCOMPARE(preview.headers, (QStringList{QStringLiteral("Day"), QStringLiteral("Amount"), QStringLiteral("Curr"),
                                      QStringLiteral("Asset"), QStringLiteral("Group"), QStringLiteral("Kind")}));
        QCOMPARE(preview.rows.size(), std::size_t(2));
        QCOMPARE(preview.rows[1].at(1), QStringLiteral("7.25"));
        QVERIFY(!preview.schema);
        QVERIFY(preview.schemaError.startsWith(QStringLiteral("the header row is not an Azure cost export")));
        QCOMPARE(preview.signature.size(), 16);
    }

    void mappedImport()
    {
        const QString signature = previewExport(kFile).signature;
        ColumnMappings mappings;
        mappings.insert(signature, customToolMapping());

        const ExportPreview preview = previewExport(kFile, 5, mappings);
        QVERIFY(preview.mappedByUser);
        QCOMPARE(preview.roleOf(1), std::optional<Field>(Field::Cost));
        QCOMPARE(preview.roleOf(3), std::optional<Field>(Field::ResourceId));

        BillingImporter importer;
        importer.setColumnMappings(mappings);
        const BillingData data = importer.importInputs({kFile});
        QCOMPARE(importer.fatalError(), QString());
        QCOMPARE(data.summary.files.at(0).format, QStringLiteral("mapped"));
        QCOMPARE(data.summary.rows, 3);
        QCOMPARE(data.summary.totalsByCurrency.at(QStringLiteral("USD")), Micros(20'750'000));
        QCOMPARE(data.resources.size(), std::size_t(2));
        QCOMPARE(data.firstMonth, monthIndex(2025, 1));
        QCOMPARE(data.lastMonth, monthIndex(2025, 2));
        QVERIFY(data.summary.diagnostics.empty());
    }

    void mappingErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("error");
        QTest::newRow("absent header") << QStringLiteral("cost") << QStringLiteral("Price")
                                       << QStringLiteral("the column mapping names 'Price' for Cost, but the header has no "
                                                         "such column");
        QTest::newRow("required unmapped") << QStringLiteral("resource_id") << QString()
                                           << QStringLiteral("the column mapping gives no column for Resource ID");
    }

    void mappingErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, header);
        QFETCH(QString, error);
        ColumnMapping mapping = customToolMapping();
        const Field f = *fieldFromId(field);
        if (header.isEmpty())
            mapping.columns.erase(f);
        else
            mapping.columns[f] = header;
        const std::vector<std::string_view> row{"Day", "Amount", "Curr", "Asset", "Group", "Kind"};
        QString message;
        QVERIFY(!schemaFromMapping(row, mapping, &message));
        QCOMPARE(message, error);
    }

    void fieldIdsRoundTrip()
    {
        for (int f = 0; f < static_cast<int>(Field::Count); ++f) {
            const auto field = static_cast<Field>(f);
            QCOMPARE(fieldFromId(fieldId(field)), std::optional<Field>(field));
            QVERIFY(!fieldDisplayName(field).isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
