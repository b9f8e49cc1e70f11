// Azure VM size + region → AWS / Google Cloud offer: the exact offer for known cases, the rules that
// hold for every size in the catalog (GPU, Arm), and the confidence and reason the user sees.

#include "catalog/catalog.h"
#include "mapping/vmmapper.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace cloudshift;

class TestMapping : public QObject
{
    Q_OBJECT

private:
    const Catalog& catalog() const { return Catalog::embedded(); }

    // Every spec'd Azure size, for the rules that must hold for all of them.
    std::vector<VmType> azureSizes() const
    {
        std::vector<VmType> sizes;
        const VmTable& azure = catalog().vmTable(Cloud::Azure);
        for (int i = 0; i < azure.typeCount(); ++i) {
            if (azure.type(i).hasSpec())
                sizes.push_back(azure.type(i));
        }
        return sizes;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(catalog().isValid(), qPrintable(catalog().errorString())); }

    void map_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("region");
        QTest::addColumn<OsType>("os");
        QTest::addColumn<Cloud>("target");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("targetRegion");
        QTest::addColumn<double>("usd");
        QTest::addColumn<Confidence>("confidence");
        QTest::addColumn<QString>(
            "reason"); // exact when it starts with the size description, else a fragment

        const auto L = OsType::Linux;
        const auto W = OsType::Windows;
        QTest::newRow("D4s_v5 eastus → AWS")
            << QStringLiteral("Standard_D4s_v5") << QStringLiteral("eastus") << L << Cloud::Aws
            << QStringLiteral("m6i.xlarge") << QStringLiteral("us-east-1") << 0.192 << Confidence::Exact
            << QStringLiteral("4 vCPU 16 GiB general purpose (Dsv5) → m6i.xlarge, us-east-1");
        QTest::newRow("D4s_v5 eastus → GCP")
            << QStringLiteral("Standard_D4s_v5") << QStringLiteral("eastus") << L << Cloud::Gcp
            << QStringLiteral("n2-standard-4") << QStringLiteral("us-east4") << 0.218756 << Confidence::Exact
            << QStringLiteral("4 vCPU 16 GiB general purpose (Dsv5) → n2-standard-4, us-east4");
        QTest::newRow("Windows from the catalog, AWS")
            << QStringLiteral("Standard_D4s_v5") << QStringLiteral("eastus") << W << Cloud::Aws
            << QStringLiteral("m6i.xlarge") << QStringLiteral("us-east-1") << 0.376 << Confidence::Exact
            << QStringLiteral("4 vCPU 16 GiB general purpose (Dsv5) → m6i.xlarge, us-east-1");
        QTest::newRow("Windows from the catalog, GCP")
            << QStringLiteral("Standard_D4s_v5") << QStringLiteral("eastus") << W << Cloud::Gcp
            << QStringLiteral("n2-standard-4") << QStringLiteral("us-east4") << 0.402756 << Confidence::Exact
            << QStringLiteral("4 vCPU 16 GiB general purpose (Dsv5) → n2-standard-4, us-east4");
        QTest::newRow("Windows surcharge added")
            << QStringLiteral("Standard_B4s_v2") << QStringLiteral("EastUS") << W << Cloud::Aws
            << QStringLiteral("t3.xlarge") << QStringLiteral("us-east-1") << 0.3504 << Confidence::Exact
            << QStringLiteral(
                   "4 vCPU 16 GiB burstable (Bsv2) → t3.xlarge, us-east-1; Windows = Linux + 0.046 × 4 vCPU");
        QTest::newRow("lower-case size, billing region")
            << QStringLiteral("standard_d4s_v5") << QStringLiteral("US East 2") << L << Cloud::Aws
            << QStringLiteral("m6i.xlarge") << QStringLiteral("us-east-1") << 0.192 << Confidence::Exact
            << QStringLiteral("4 vCPU 16 GiB general purpose (Dsv5) → m6i.xlarge, us-east-1");
        QTest::newRow("Arm to Arm")
            << QStringLiteral("Standard_D4ps_v5") << QStringLiteral("eastus") << L << Cloud::Aws
            << QStringLiteral("m7g.xlarge") << QStringLiteral("us-east-1") << 0.1632 << Confidence::Exact
            << QStringLiteral("4 vCPU 16 GiB general purpose Arm (Dpsv5) → m7g.xlarge, us-east-1");
        QTest::newRow("family not priced, next candidate")
            << QStringLiteral("Standard_D4ps_v5") << QStringLiteral("eastus") << L << Cloud::Gcp
            << QStringLiteral("n4a-standard-4") << QStringLiteral("us-east4") << 0.154 << Confidence::Exact
            << QStringLiteral("t2a-standard-4 not priced in us-east4; same category, memory within 25 %");
        QTest::newRow("family missing in region")
            << QStringLiteral("Standard_D4as_v6") << QStringLiteral("southafricanorth") << L << Cloud::Aws
            << QStringLiteral("m5.xlarge") << QStringLiteral("af-south-1") << 0.254 << Confidence::Close
            << QStringLiteral("m7a.xlarge not priced in af-south-1");
        QTest::newRow("close memory")
            << QStringLiteral("Standard_D4s_v3") << QStringLiteral("westeurope") << L << Cloud::Gcp
            << QStringLiteral("n1-standard-4") << QStringLiteral("europe-west4") << 0.209168
            << Confidence::Close
            << QStringLiteral(
                   "4 vCPU 16 GiB general purpose (Dsv3) → n1-standard-4 (4 vCPU 15 GiB), europe-west4");
        QTest::newRow("nearest region by distance")
            << QStringLiteral("Standard_D4s_v5") << QStringLiteral("polandcentral") << L << Cloud::Aws
            << QStringLiteral("m6i.xlarge") << QStringLiteral("eu-north-1") << 0.204 << Confidence::Close
            << QStringLiteral("nearest AWS region eu-north-1 is 813 km from polandcentral");
        QTest::newRow("same area by distance")
            << QStringLiteral("Standard_D4s_v5") << QStringLiteral("australiacentral") << L << Cloud::Aws
            << QStringLiteral("m6i.xlarge") << QStringLiteral("ap-southeast-2") << 0.24 << Confidence::Exact
            << QStringLiteral("4 vCPU 16 GiB general purpose (Dsv5) → m6i.xlarge, ap-southeast-2");
        QTest::newRow("B-series ms follows Bsv2")
            << QStringLiteral("Standard_B2ms") << QStringLiteral("eastus") << L << Cloud::Gcp
            << QStringLiteral("e2-standard-2") << QStringLiteral("us-east4") << 0.075471 << Confidence::Exact
            << QStringLiteral("2 vCPU 8 GiB burstable (Bms) → e2-standard-2, us-east4");
        QTest::newRow("no previous-generation AWS family")
            << QStringLiteral("Standard_DS2_v2") << QStringLiteral("eastus") << L << Cloud::Aws
            << QStringLiteral("m5a.large") << QStringLiteral("us-east-1") << 0.086 << Confidence::Close
            << QStringLiteral(
                   "2 vCPU 7 GiB general purpose (DSv2) → m5a.large (2 vCPU 8 GiB), us-east-1; same "
                   "category, memory within 25 %");
        QTest::newRow("GPU family, less memory")
            << QStringLiteral("Standard_NC4as_T4_v3") << QStringLiteral("eastus") << L << Cloud::Aws
            << QStringLiteral("g4dn.xlarge") << QStringLiteral("us-east-1") << 0.526
            << Confidence::Approximate
            << QStringLiteral(
                   "4 vCPU 28 GiB 1 GPU (NCasT4_v3) → g4dn.xlarge (4 vCPU 16 GiB 1 GPU), us-east-1; "
                   "g4dn.xlarge has 43 % less memory");
        QTest::newRow("GPU to GPU type only")
            << QStringLiteral("Standard_NC4as_T4_v3") << QStringLiteral("eastus") << L << Cloud::Gcp
            << QStringLiteral("g2-standard-8") << QStringLiteral("us-east4") << 0.850829
            << Confidence::Approximate
            << QStringLiteral("no n1-standard size with 1 GPU; cheapest with ≥ 4 vCPU and ≥ 28 GiB");
        QTest::newRow("GPU count decides")
            << QStringLiteral("Standard_ND96isr_H100_v5") << QStringLiteral("eastus") << L << Cloud::Aws
            << QStringLiteral("p5.48xlarge") << QStringLiteral("us-east-1") << 55.04 << Confidence::Close
            << QStringLiteral("96 vCPU 1900 GiB 8 GPU (NDisrH100_v5) → p5.48xlarge (192 vCPU 2048 GiB 8 "
                              "GPU), us-east-1");
    }

    void map()
    {
        QFETCH(QString, size);
        QFETCH(QString, region);
        QFETCH(OsType, os);
        QFETCH(Cloud, target);
        QFETCH(QString, sku);
        QFETCH(QString, targetRegion);
        QFETCH(double, usd);
        QFETCH(Confidence, confidence);
        QFETCH(QString, reason);

        const VmMapper mapper(catalog());
        const Offer offer = mapper.map(size, region, os, target);
        QCOMPARE(offer.cloud, target);
        QCOMPARE(
            offer.service, target == Cloud::Aws ? QStringLiteral("EC2") : QStringLiteral("Compute Engine"));
        QCOMPARE(offer.sku, sku);
        QCOMPARE(offer.region, targetRegion);
        QVERIFY2(offer.usdPerHour == usd, qPrintable(QString::number(offer.usdPerHour, 'g', 17)));
        QCOMPARE(confidenceId(offer.confidence), confidenceId(confidence));
        if (reason.front().isDigit())
            QCOMPARE(offer.reason, reason);
        else
            QVERIFY2(offer.reason.contains(reason), qPrintable(offer.reason));
        // The price carries its source and that source's date.
        const std::optional<CatalogSource> source = catalog().source(offer.source);
        QVERIFY2(source, qPrintable(offer.source));
        QCOMPARE(offer.sourceDate, source->asOf);
        QVERIFY(offer.vcpu > 0 && offer.memoryGiB > 0);
    }

    void notMapped_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown size") << QStringLiteral("Standard_Z9_v9") << QStringLiteral("eastus")
                                      << QStringLiteral("unknown Azure VM size \"Standard_Z9_v9\"");
        QTest::newRow("size without spec")
            << QStringLiteral("Standard_D128ds_v7") << QStringLiteral("eastus")
            << QStringLiteral("Azure size Standard_D128ds_v7 has no vCPU/memory in the catalog");
        QTest::newRow("unknown region")
            << QStringLiteral("Standard_D4s_v5") << QStringLiteral("Mars Central")
            << QStringLiteral("4 vCPU 16 GiB general purpose (Dsv5): unknown Azure region \"Mars Central\"");
    }

    void notMapped()
    {
        QFETCH(QString, size);
        QFETCH(QString, region);
        QFETCH(QString, reason);
        const VmMapper mapper(catalog());
        for (Cloud target : kTargetClouds) {
            const Offer offer = mapper.map(size, region, OsType::Linux, target);
            QCOMPARE(offer.confidence, Confidence::None);
            QVERIFY(!offer.isMapped());
            QCOMPARE(offer.reason, reason);
            QVERIFY(offer.sku.isEmpty());
            QCOMPARE(offer.usdPerHour, 0.0);
        }
    }

    // The next best types: priced, one per family, never the chosen one, same shape first.
    void alternatives()
    {
        const VmMapper mapper(catalog());
        for (Cloud target : kTargetClouds) {
            const Offer offer = mapper.map(
                QStringLiteral("Standard_D4s_v5"), QStringLiteral("eastus"), OsType::Linux, target);
            QCOMPARE(offer.alternatives.size(), VmMapper::kAlternatives);
            QStringList families;
            for (const VmAlternative& a : offer.alternatives) {
                QVERIFY(a.sku != offer.sku);
                QCOMPARE(a.vcpu, 4.0);
                QVERIFY2(a.usdPerHour > 0, qPrintable(a.sku));
                QVERIFY2(a.confidence == Confidence::Exact || a.confidence == Confidence::Close,
                    qPrintable(a.reason));
                QVERIFY2(a.reason.contains(offer.sku), qPrintable(a.reason));
                const QString family = catalog().vmType(target, a.sku)->family;
                QVERIFY(!families.contains(family));
                families << family;
            }
        }
        const Offer aws = mapper.map(
            QStringLiteral("Standard_D4s_v5"), QStringLiteral("eastus"), OsType::Linux, Cloud::Aws);
        QCOMPARE(aws.alternatives.front().sku, QStringLiteral("m5a.xlarge"));
        QCOMPARE(aws.alternatives.front().reason,
            QStringLiteral("m5a: 4 vCPU 16 GiB, 10 % cheaper than m6i.xlarge"));
    }

    // The user's choice of region and type replaces the mapper's, and says so.
    void userChoice()
    {
        const VmMapper mapper(catalog());
        const TargetOverride choice { QStringLiteral("eu-central-1"), QStringLiteral("m7i.xlarge") };
        const Offer offer = mapper.map(QStringLiteral("Standard_D4s_v5"), QStringLiteral("westeurope"),
            OsType::Linux, Cloud::Aws, choice);
        QCOMPARE(offer.sku, QStringLiteral("m7i.xlarge"));
        QCOMPARE(offer.region, QStringLiteral("eu-central-1"));
        QCOMPARE(offer.confidence, Confidence::Exact);
        QVERIFY2(offer.reason.contains(u"type chosen by the user")
                && offer.reason.contains(u"region eu-central-1 chosen by the user"),
            qPrintable(offer.reason));

        const Offer unknown = mapper.map(QStringLiteral("Standard_D4s_v5"), QStringLiteral("westeurope"),
            OsType::Linux, Cloud::Aws, TargetOverride { QString(), QStringLiteral("m99.huge") });
        QCOMPARE(unknown.confidence, Confidence::None);
        QVERIFY2(unknown.reason.contains(u"the chosen type m99.huge has no AWS price in eu-west-2"),
            qPrintable(unknown.reason));
        const Offer badRegion = mapper.map(QStringLiteral("Standard_D4s_v5"), QStringLiteral("westeurope"),
            OsType::Linux, Cloud::Gcp, TargetOverride { QStringLiteral("mars-central1"), QString() });
        QCOMPARE(badRegion.confidence, Confidence::None);
    }

    // The family table's own examples come out of the mapper wherever the example has the same shape
    // (same vCPU; for GPU sizes, same GPU count).
    void familyTableExamples()
    {
        const VmMapper mapper(catalog());
        int checked = 0;
        for (const FamilyEquivalence& row : catalog().familyEquivalences()) {
            const std::optional<VmType> source = catalog().azureVmSize(row.azureSize);
            QVERIFY2(source, qPrintable(row.azureSize));
            const std::pair<Cloud, QString> examples[]
                = { { Cloud::Aws, row.awsType }, { Cloud::Gcp, row.gcpType } };
            for (const auto& [target, expected] : examples) {
                const std::optional<VmType> type = catalog().vmType(target, expected);
                const bool sameShape = source->gpu > 0 ? type && type->gpu == source->gpu
                                                       : type && type->vcpu == source->vcpu && type->gpu == 0;
                if (!sameShape || !type->hasSpec() || type->arch != source->arch)
                    continue;
                // centralus ↔ us-central1 is the GCP region of the table's examples.
                const Offer offer = mapper.map(row.azureSize,
                    target == Cloud::Aws ? QStringLiteral("eastus") : QStringLiteral("centralus"),
                    OsType::Linux, target);
                QVERIFY2(
                    offer.sku == expected, qPrintable(row.azureSize + QStringLiteral(": ") + offer.reason));
                ++checked;
            }
        }
        QCOMPARE(checked, 49);
    }

    void gpuArmAndCpuRulesHoldForEverySize()
    {
        const VmMapper mapper(catalog());
        int mapped = 0;
        for (const VmType& source : azureSizes()) {
            for (Cloud target : kTargetClouds) {
                const Offer offer = mapper.map(source.sku, QStringLiteral("eastus"), OsType::Linux, target);
                if (!offer.isMapped())
                    continue;
                ++mapped;
                const std::optional<VmType> chosen = catalog().vmType(target, offer.sku);
                QVERIFY(chosen);
                const QString what = source.sku + QStringLiteral(": ") + offer.reason;
                QVERIFY2(chosen->arch == source.arch, qPrintable(what));
                if (source.category == u"accelerator")
                    QVERIFY2(chosen->category == u"accelerator", qPrintable(what));
                else if (source.gpu > 0 || source.category == u"GPU")
                    QVERIFY2(chosen->category == u"GPU" && chosen->gpu >= std::max(1.0, source.gpu),
                        qPrintable(what));
                else
                    QVERIFY2(chosen->gpu == 0 && chosen->category != u"GPU", qPrintable(what));
                QVERIFY2(offer.usdPerHour > 0, qPrintable(what));
            }
        }
        QVERIFY2(mapped > 2000, qPrintable(QString::number(mapped)));
    }

    void cachedAndThreadSafe()
    {
        const std::vector<VmType> sizes = azureSizes();
        const VmMapper reference(catalog());
        std::vector<Offer> expected;
        for (std::size_t i = 0; i < sizes.size(); i += 7)
            expected.push_back(
                reference.map(sizes[i].sku, QStringLiteral("westeurope"), OsType::Windows, Cloud::Gcp));

        const VmMapper shared(catalog());
        std::vector<std::vector<Offer>> results(4);
        std::vector<std::thread> threads;
        for (auto& result : results) {
            threads.emplace_back([&] {
                for (int pass = 0; pass < 2; ++pass) {
                    result.clear();
                    for (std::size_t i = 0; i < sizes.size(); i += 7)
                        result.push_back(shared.map(
                            sizes[i].sku, QStringLiteral("westeurope"), OsType::Windows, Cloud::Gcp));
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        for (const auto& result : results) {
            QCOMPARE(result.size(), expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                QCOMPARE(result[i].sku, expected[i].sku);
                QCOMPARE(result[i].usdPerHour, expected[i].usdPerHour);
                QCOMPARE(result[i].reason, expected[i].reason);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
