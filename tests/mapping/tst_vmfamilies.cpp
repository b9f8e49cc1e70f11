// Table-driven VM matching: Azure sizes of every family (general purpose, burstable, memory, compute,
// storage, large memory, GPU, HPC, accelerator, older and confidential series) mapped in eastus, with
// the expected workload category of the size, the AWS and Google Cloud family chosen, and the size band
// of the chosen type against the Azure one.

#include "catalog/catalog.h"
#include "mapping/vmmapper.h"

#include <QTest>

#include <cmath>

using namespace cloudshift;

namespace {

// "same": same vCPU, memory within 2 %; "close": same vCPU, memory within 25 %; "larger": at least the
// vCPU and memory; "less-memory": a shape with less memory (GPU counts decide); "shared-core": a
// shared-core type (vCPU shown as core time); "none": not mapped.
QString sizeBand(const VmType& source, const std::optional<VmType>& target)
{
    if (!target)
        return QStringLiteral("none");
    if (target->family.endsWith(u"-shared"))
        return QStringLiteral("shared-core");
    const double memory = target->memoryGiB / source.memoryGiB - 1.0;
    if (target->vcpu == source.vcpu && std::abs(memory) <= 0.02)
        return QStringLiteral("same");
    if (target->vcpu == source.vcpu && std::abs(memory) <= 0.25)
        return QStringLiteral("close");
    if (target->vcpu >= source.vcpu && memory >= 0.0)
        return QStringLiteral("larger");
    return QStringLiteral("less-memory");
}

void row(const char* name, const char* size, const char* category, const char* awsFamily, const char* awsBand,
    const char* gcpFamily, const char* gcpBand)
{
    QTest::newRow(name) << QString::fromLatin1(size) << QString::fromLatin1(category)
                        << QString::fromLatin1(awsFamily) << QString::fromLatin1(awsBand)
                        << QString::fromLatin1(gcpFamily) << QString::fromLatin1(gcpBand);
}

} // namespace

class TestVmFamilies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Catalog::embedded().isValid(), qPrintable(Catalog::embedded().errorString()));
    }

    void families_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("awsFamily");
        QTest::addColumn<QString>("awsBand");
        QTest::addColumn<QString>("gcpFamily");
        QTest::addColumn<QString>("gcpBand");
        row("D2s_v5", "Standard_D2s_v5", "general purpose", "m6i", "same", "n2-standard", "same");
        row("D16s_v5", "Standard_D16s_v5", "general purpose", "m6i", "same", "n2-standard", "same");
        row("D4ds_v5", "Standard_D4ds_v5", "general purpose", "m6id", "same", "n2-standard", "same");
        row("D8as_v5", "Standard_D8as_v5", "general purpose", "m6a", "same", "n2d-standard", "same");
        row("D4s_v6", "Standard_D4s_v6", "general purpose", "m7i", "same", "n4-standard", "same");
        row("D4as_v6", "Standard_D4as_v6", "general purpose", "m7a", "same", "c3d-standard", "same");
        row("D4ps_v5", "Standard_D4ps_v5", "general purpose", "m7g", "same", "n4a-standard", "same");
        row("D8ps_v6", "Standard_D8ps_v6", "general purpose", "m8g", "same", "c4a-standard", "same");
        row("D4s_v3", "Standard_D4s_v3", "general purpose", "m5", "same", "n1-standard", "close");
        row("D2_v2", "Standard_D2_v2", "general purpose", "m5a", "close", "c4d-standard", "same");
        row("D4lds_v5", "Standard_D4lds_v5", "compute optimized", "c6a", "same", "n4d-highcpu", "same");
        row("D4d_v5", "Standard_D4d_v5", "general purpose", "m6id", "same", "n2-standard", "same");
        row("D96s_v5", "Standard_D96s_v5", "general purpose", "m6i", "same", "n2-standard", "same");
        row("B1s", "Standard_B1s", "burstable", "t2", "same", "e2-shared", "shared-core");
        row("B2s", "Standard_B2s", "burstable", "t3", "same", "e2-shared", "shared-core");
        row("B4ms", "Standard_B4ms", "burstable", "t3", "same", "e2-standard", "same");
        row("B2s_v2", "Standard_B2s_v2", "burstable", "t3", "same", "e2-standard", "same");
        row("B2ls_v2", "Standard_B2ls_v2", "burstable", "t3", "same", "e2-shared", "shared-core");
        row("E4s_v5", "Standard_E4s_v5", "memory optimized", "r6i", "same", "n2-highmem", "same");
        row("E16as_v5", "Standard_E16as_v5", "memory optimized", "r6a", "same", "n2d-highmem", "same");
        row("E8s_v6", "Standard_E8s_v6", "memory optimized", "r7i", "same", "n4-highmem", "same");
        row("E32-8s_v5", "Standard_E32-8s_v5", "memory optimized", "r6i", "same", "n2-highmem", "same");
        row("E4ps_v5", "Standard_E4ps_v5", "memory optimized", "r7g", "same", "c4a-highmem", "same");
        row("E4s_v3", "Standard_E4s_v3", "memory optimized", "r5a", "same", "e2-highmem", "same");
        row("E2bds_v5", "Standard_E2bds_v5", "memory optimized", "r5a", "same", "e2-highmem", "same");
        row("E104i_v5", "Standard_E104i_v5", "memory optimized", "r6a", "larger", "c2d-highmem", "larger");
        row("F4s_v2", "Standard_F4s_v2", "compute optimized", "c5", "same", "c3-highcpu", "same");
        row("F16s_v2", "Standard_F16s_v2", "compute optimized", "c5", "same", "n4d-highcpu", "same");
        row("F8als_v6", "Standard_F8als_v6", "compute optimized", "c7a", "same", "c3d-highcpu", "same");
        row("FX4mds", "Standard_FX4mds", "compute optimized", "x2iedn", "larger", "e2-highmem", "larger");
        row("L8s_v3", "Standard_L8s_v3", "storage optimized", "i4i", "same", "n2-highmem", "same");
        row("L8as_v3", "Standard_L8as_v3", "storage optimized", "i4i", "same", "z3-highmem", "same");
        row("M32ls", "Standard_M32ls", "large memory", "r5a", "same", "n4d-highmem", "same");
        row("M64s", "Standard_M64s", "large memory", "x1", "close", "m4-hypermem", "close");
        row("M128ms", "Standard_M128ms", "large memory", "x1e", "same", "m3-ultramem", "same");
        row("NC4as_T4_v3", "Standard_NC4as_T4_v3", "GPU", "g4dn", "less-memory", "g2-standard", "larger");
        row("NC24ads_A100_v4", "Standard_NC24ads_A100_v4", "GPU", "gr6", "larger", "a2-highgpu", "close");
        row("ND96asr_v4", "Standard_ND96asr_v4", "GPU", "p4d", "larger", "a2-highgpu", "close");
        row("ND96isr_H100_v5", "Standard_ND96isr_H100_v5", "GPU", "p5", "larger", "a3-highgpu",
            "less-memory");
        row("NV36ads_A10_v5", "Standard_NV36ads_A10_v5", "GPU", "g5", "less-memory", "g2-standard",
            "less-memory");
        row("HB120rs_v3", "Standard_HB120rs_v3", "HPC", "m6a", "larger", "n2d-standard", "larger");
        row("HC44rs", "Standard_HC44rs", "HPC", "r5a", "larger", "n4d-highmem", "larger");
        row("A2_v2", "Standard_A2_v2", "general purpose", "c6a", "same", "n4d-highcpu", "same");
        row("DC4s_v3", "Standard_DC4s_v3", "general purpose", "r5a", "same", "e2-highmem", "same");
        row("NP10s", "Standard_NP10s", "accelerator", "f2", "larger", "", "none");
    }

    void families()
    {
        QFETCH(QString, size);
        QFETCH(QString, category);
        QFETCH(QString, awsFamily);
        QFETCH(QString, awsBand);
        QFETCH(QString, gcpFamily);
        QFETCH(QString, gcpBand);
        const Catalog& catalog = Catalog::embedded();
        const std::optional<VmType> source = catalog.azureVmSize(size);
        QVERIFY2(source, qPrintable(size));
        QCOMPARE(source->category, category);
        static const VmMapper mapper(catalog);
        const std::pair<Cloud, std::pair<QString, QString>> expected[]
            = { { Cloud::Aws, { awsFamily, awsBand } }, { Cloud::Gcp, { gcpFamily, gcpBand } } };
        for (const auto& [target, wanted] : expected) {
            const Offer offer = mapper.map(size, QStringLiteral("eastus"), OsType::Linux, target);
            const std::optional<VmType> chosen
                = offer.isMapped() ? catalog.vmType(target, offer.sku) : std::optional<VmType>();
            const QString what = cloudId(target) + QStringLiteral(": ") + offer.reason;
            QCOMPARE(chosen ? chosen->family : QString(), wanted.first);
            QCOMPARE(sizeBand(*source, chosen), wanted.second);
            if (!chosen)
                continue;
            // The band and the confidence tell the same story.
            const QString band = wanted.second;
            if (band == u"same" && source->gpu == 0)
                QVERIFY2(offer.confidence == Confidence::Exact || offer.confidence == Confidence::Approximate,
                    qPrintable(what));
            if (band == u"close")
                QVERIFY2(offer.confidence == Confidence::Close, qPrintable(what));
            if (band == u"less-memory" || (band == u"larger" && source->gpu == 0))
                QVERIFY2(offer.confidence != Confidence::Exact, qPrintable(what));
            QCOMPARE(chosen->arch, source->arch);
            QVERIFY2(offer.usdPerHour > 0.0, qPrintable(what));
            QVERIFY(!offer.source.isEmpty() && !offer.sourceDate.isEmpty());
        }
    }

    // Every family of the Azure catalog that has a size in this table: the table spans them all.
    void coversEveryCategory()
    {
        QStringList categories;
        for (const char* c : { "general purpose", "burstable", "memory optimized", "compute optimized",
                 "storage optimized", "large memory", "GPU", "HPC", "accelerator" })
            categories << QString::fromLatin1(c);
        const VmTable& azure = Catalog::embedded().vmTable(Cloud::Azure);
        QStringList seen;
        for (int i = 0; i < azure.typeCount(); ++i)
            if (azure.type(i).hasSpec() && !seen.contains(azure.type(i).category))
                seen << azure.type(i).category;
        for (const QString& category : std::as_const(seen))
            QVERIFY2(categories.contains(category) || category == u"other", qPrintable(category));
    }
};

QTEST_GUILESS_MAIN(TestVmFamilies)
#include "tst_vmfamilies.moc"
