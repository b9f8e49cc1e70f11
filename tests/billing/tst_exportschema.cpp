#include "billing/bytesource.h"
#include "billing/csvreader.h"
#include "billing/exportschema.h"
#include "shareddata.h"

#include <QFileInfo>
#include <QTest>

using namespace cloudshift;

class TestExportSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerKey_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QByteArray("CostInBillingCurrency") << QStringLiteral("costinbillingcurrency");
        QTest::newRow("spaces") << QByteArray("  Date ") << QStringLiteral("date");
        QTest::newRow("german") << QByteArray("Ma\xc3\x9f" "einheit (UnitOfMeasure)") << QStringLiteral("unitofmeasure");
        QTest::newRow("nested parens") << QByteArray("Kosten (in (PreTaxCost))") << QStringLiteral("pretaxcost");
    }

    void headerKey()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, key);
        QCOMPARE(normalizedHeaderKey(std::string_view(header.constData(), static_cast<std::size_t>(header.size()))), key);
    }

    // Every saved sample of a real Azure export format is recognised by its header alone.
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("version");
        QTest::newRow("EA portal download") << "azure/finops-toolkit/test-assets/EA_ActualCost_Small.csv" << "ea-portal" << "";
        QTest::newRow("EA 2023-12-01-preview") << "azure/focus-converters/sample-anonymous-ea-export-dataset.csv" << "ea"
                                               << "2023-12-01-preview";
        QTest::newRow("EA 2021-01-01") << "azure/opencost/headersets/Enterprise.csv" << "ea" << "2021-01-01";
        QTest::newRow("EA synthetic mix") << "azure/opencost/headersets/YA.csv" << "ea" << "2020-01-01";
        QTest::newRow("MCA partner") << "azure/opencost/headersets/EnterpriseCamel.csv" << "mca-partner" << "";
        QTest::newRow("MCA") << "azure/opencost/values/test_azure_billing.csv" << "mca" << "2023-12-01-preview";
        QTest::newRow("PAYG") << "azure/opencost/headersets/PayAsYouGo.csv" << "payg" << "2019-11-01";
        QTest::newRow("PAYG with BOM") << "azure/opencost/headersets/BOM.csv" << "payg" << "2019-11-01";
        QTest::newRow("PAYG German") << "azure/opencost/headersets/German.csv" << "payg" << "2019-11-01";
        QTest::newRow("FOCUS generic") << "azure/focus-sample-data/focus_sample.csv" << "focus" << "1.0";
        QTest::newRow("11-column subset") << "azure/opencost/values/VirtualMachine.csv" << "unknown" << "";
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, version);
        const QString path = sharedDataDir() + QLatin1Char('/') + file;
        if (!QFileInfo::exists(path))
            QSKIP(qPrintable(QStringLiteral("shared sample data not found: %1 (set CLOUDSHIFT_SHARED_DATA)").arg(path)));
        QString error;
        auto source = openByteSource(path, &error);
        QVERIFY2(source, qPrintable(error));
        CsvReader reader(*source);
        QCOMPARE(reader.next(), CsvReader::Status::Record);
        const auto schema = detectExportSchema(reader.fields(), &error);
        QVERIFY2(schema, qPrintable(error));
        QCOMPARE(schema->format, format);
        QCOMPARE(schema->schemaVersion, version);
        QVERIFY(schema->has(Field::Date));
        QVERIFY(schema->has(Field::Cost));
    }

    void missingColumnsNamed()
    {
        const std::vector<std::string_view> header{"Date", "Cost"};
        QString error;
        QVERIFY(!detectExportSchema(header, &error));
        QCOMPARE(error, QStringLiteral("the header row is not an Azure cost export: no column for a resource id "
                                       "(ResourceId or InstanceId), a meter category or service (MeterCategory, "
                                       "ConsumedService)"));
    }

    void focusVersions()
    {
        QString error;
        const std::vector<std::string_view> v12{"BilledCost", "EffectiveCost", "ChargePeriodStart", "SkuMeter", "x_SkuMeterCategory"};
        QCOMPARE(detectExportSchema(v12, &error)->schemaVersion, QStringLiteral("1.2-preview"));
        const std::vector<std::string_view> preview{"BilledCost", "EffectiveCost", "ChargePeriodStart", "UsageQuantity"};
        QCOMPARE(detectExportSchema(preview, &error)->schemaVersion, QStringLiteral("1.0-preview(v1)"));
    }
};

QTEST_APPLESS_MAIN(TestExportSchema)
#include "tst_exportschema.moc"
