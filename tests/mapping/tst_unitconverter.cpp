// Azure units of measure normalised before pricing, and meters sorted into the kinds the pricers handle.

#include "catalog/catalog.h"
#include "mapping/meterclassifier.h"
#include "mapping/unitconverter.h"

#include <QTest>

using namespace cloudshift;
using namespace Qt::Literals::StringLiterals;

class TestUnitConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QString>("unitOfMeasure");
        QTest::addColumn<double>("factor"); // 0: not convertible
        QTest::addColumn<QString>("unit");

        QTest::newRow("hour") << u"1 Hour"_s << 1.0 << u"hours"_s;
        QTest::newRow("100 hours") << u"100 Hours"_s << 100.0 << u"hours"_s;
        QTest::newRow("10 hours") << u"10 Hours"_s << 10.0 << u"hours"_s;
        QTest::newRow("GB-month") << u"1 GB/Month"_s << 1.0 << u"GB-month"_s;
        QTest::newRow("100 GB-month") << u"100 GB/Month"_s << 100.0 << u"GB-month"_s;
        QTest::newRow("TB-month") << u"1 TB/Month"_s << 1024.0 << u"GB-month"_s;
        QTest::newRow("GiB-hour to GB-month") << u"1 GiB/Hour"_s << 1.0 / 730.0 << u"GB-month"_s;
        QTest::newRow("GB") << u"1 GB"_s << 1.0 << u"GB"_s;
        QTest::newRow("10 GB") << u"10 GB"_s << 10.0 << u"GB"_s;
        QTest::newRow("TB") << u"1 TB"_s << 1024.0 << u"GB"_s;
        QTest::newRow("10K operations") << u"10K"_s << 10000.0 << u"operations"_s;
        QTest::newRow("1M") << u"1M"_s << 1e6 << u"operations"_s;
        QTest::newRow("10K per month") << u"10K/Month"_s << 10000.0 << u"units/month"_s;
        QTest::newRow("disk-month") << u"1/Month"_s << 1.0 << u"units/month"_s;
        QTest::newRow("per day") << u"1/Day"_s << 1.0 << u"units/day"_s;
        QTest::newRow("padded and lower case") << u" 1 hour "_s << 1.0 << u"hours"_s;
        // FOCUS PricingUnit values are the distinct units themselves.
        QTest::newRow("FOCUS GB/Month") << u"GB/Month"_s << 1.0 << u"GB-month"_s;
        QTest::newRow("FOCUS Units/Month") << u"Units/Month"_s << 1.0 << u"units/month"_s;
        QTest::newRow("FOCUS Requests") << u"Requests"_s << 1.0 << u"operations"_s;
        QTest::newRow("unknown") << u"7 Fortnights"_s << 0.0 << QString();
    }

    void convert()
    {
        QFETCH(QString, unitOfMeasure);
        QFETCH(double, factor);
        QFETCH(QString, unit);
        const UnitConverter converter(Catalog::embedded());
        const std::optional<UnitConverter::Unit> converted = converter.convert(unitOfMeasure);
        QCOMPARE(bool(converted), factor > 0);
        if (!converted)
            return;
        QVERIFY2(qFuzzyCompare(converted->factor, factor), qPrintable(QString::number(converted->factor)));
        QCOMPARE(converted->unit, unit);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("subCategory");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("kind");

        QTest::newRow("VM hours") << u"Virtual Machines"_s << u"Dsv5 Series"_s << u"D4s v5"_s << u"1 Hour"_s
                                  << u"vm-compute"_s;
        QTest::newRow("VM licence") << u"Virtual Machines Licenses"_s << QString() << u"SQL Server Standard"_s
                                    << u"1 Hour"_s << u"other"_s;
        QTest::newRow("App Service") << u"Azure App Service"_s << u"Premium v3 Plan"_s << u"P1 v3 App"_s
                                     << u"1 Hour"_s << u"vm-compute"_s;
        QTest::newRow("managed disk") << u"Storage"_s << u"Premium SSD Managed Disks"_s << u"P10 LRS Disk"_s
                                      << u"1/Month"_s << u"disk"_s;
        QTest::newRow("snapshot") << u"Storage"_s << u"Standard HDD Managed Disks"_s << u"LRS Snapshots"_s
                                  << u"1 GB/Month"_s << u"disk"_s;
        QTest::newRow("blob capacity") << u"Storage"_s << u"Tiered Block Blob"_s << u"Cool GRS Data Stored"_s
                                       << u"1 GB/Month"_s << u"blob-capacity"_s;
        QTest::newRow("blob operations") << u"Storage"_s << u"Tiered Block Blob"_s << u"Hot Read Operations"_s
                                         << u"10K"_s << u"blob-operations"_s;
        QTest::newRow("Azure Files") << u"Storage"_s << u"Files v2"_s << u"LRS Data Stored"_s
                                     << u"1 GB/Month"_s << u"other"_s;
        QTest::newRow("egress") << u"Bandwidth"_s << QString() << u"Standard Data Transfer Out"_s << u"1 GB"_s
                                << u"egress"_s;
        QTest::newRow("SQL vCores") << u"SQL Database"_s
                                    << u"Single/Elastic Pool General Purpose - Compute Gen5"_s << u"vCore"_s
                                    << u"1 Hour"_s << u"db-compute"_s;
        QTest::newRow("SQL DTUs") << u"SQL Database"_s << u"Single Database"_s << u"S2 DTUs"_s << u"1 Hour"_s
                                  << u"db-compute"_s;
        QTest::newRow("SQL storage") << u"SQL Database"_s
                                     << u"Single/Elastic Pool General Purpose - Storage"_s << u"Data Stored"_s
                                     << u"1 GB/Month"_s << u"db-storage"_s;
        QTest::newRow("Log Analytics") << u"Log Analytics"_s << QString() << u"Pay-as-you-go Data Ingestion"_s
                                       << u"1 GB"_s << u"service"_s;
        QTest::newRow("unknown service")
            << u"Azure Quantum"_s << QString() << u"Qubit Hours"_s << u"1 Hour"_s << u"other"_s;
    }

    void classify()
    {
        QFETCH(QString, category);
        QFETCH(QString, subCategory);
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(QString, kind);
        const BilledMeter meter { category, subCategory, name, unit, u"Usage"_s, u"OnDemand"_s };
        QCOMPARE(meterKindId(MeterClassifier::classify(meter)), kind);
    }
};

QTEST_GUILESS_MAIN(TestUnitConverter)
#include "tst_unitconverter.moc"
