#include "vmmatcher.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cloudshift {

namespace {

constexpr double kEqualMemory = 0.02; // 15.25 vs 15 GiB is the same shape written two ways
constexpr double kCloseMemory = 0.25;
constexpr double kEpsilon = 1e-9;

bool sameVcpu(const VmType& a, const VmType& b)
{
    return std::abs(a.vcpu - b.vcpu) < kEpsilon;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

VmMatcher::VmMatcher(const VmTable& table, int region, const VmType& source, OsType os)
    : m_table(table)
    , m_region(region)
    , m_source(source)
    , m_os(os)
    , m_needsGpu((source.gpu > 0.0 || source.category == u"GPU") && source.category != u"accelerator")
{
}

VmMatch VmMatcher::find(const QString& targetFamily)
{
    if (VmMatch match = byFamily(targetFamily); match.isValid())
        return match;
    if (VmMatch match = byCategory(); match.isValid())
        return match;
    return bySize();
}

bool VmMatcher::eligible(const VmType& type, bool allowBurstable) const
{
    if (!type.hasSpec() || type.arch != m_source.arch)
        return false;
    // AWS previous-generation families are still priced but no longer a sensible place to move to.
    static const QStringList previousGeneration { QStringLiteral("m1"), QStringLiteral("m2"),
        QStringLiteral("m3"), QStringLiteral("c1"), QStringLiteral("c3"), QStringLiteral("cc2"),
        QStringLiteral("cr1"), QStringLiteral("r3"), QStringLiteral("i2"), QStringLiteral("hs1"),
        QStringLiteral("g2"), QStringLiteral("t1") };
    if (m_table.cloud() == Cloud::Aws && previousGeneration.contains(type.family))
        return false;
    if (type.category == u"other" || type.sku.contains(u"metal"))
        return false;
    // FPGA and other accelerators serve only workloads built for them: like for like or nothing.
    if ((type.category == u"accelerator") != (m_source.category == u"accelerator"))
        return false;
    if (m_needsGpu)
        return type.category == u"GPU" && type.gpu >= std::max(1.0, m_source.gpu);
    if (type.category == u"GPU" || type.gpu > 0.0)
        return false;
    // CPU credits make a burstable type a different product; only a burstable size may land on one.
    return allowBurstable || type.category != u"burstable" || m_source.category == u"burstable";
}

bool VmMatcher::price(int type, double* usdPerHour, bool* windowsDerived) const
{
    const double linuxUsd = m_table.value(m_region, type, VmTable::Linux);
    if (std::isnan(linuxUsd))
        return false;
    *windowsDerived = false;
    if (m_os == OsType::Linux) {
        *usdPerHour = linuxUsd;
        return true;
    }
    const double windowsUsd = m_table.value(m_region, type, VmTable::Windows);
    if (!std::isnan(windowsUsd)) {
        *usdPerHour = windowsUsd;
        return true;
    }
    // Rounded to the catalog's precision so 0.192 + 4 × 0.046 reads 0.376, not 0.37600000000000006.
    *usdPerHour = std::round((linuxUsd + kWindowsUsdPerVcpuHour * m_table.type(type).vcpu) * 1e6) / 1e6;
    *windowsDerived = true;
    return true;
}

Confidence VmMatcher::memoryConfidence(const VmType& type) const
{
    const double ratio = type.memoryGiB / m_source.memoryGiB;
    if (std::abs(ratio - 1.0) <= kEqualMemory)
        return Confidence::Exact;
    if (std::abs(ratio - 1.0) <= kCloseMemory)
        return Confidence::Close;
    return Confidence::Approximate;
}

VmMatch VmMatcher::closest(const std::vector<int>& candidates, bool noteSkipped, const QString& rule)
{
    struct Ranked
    {
        int type;
        double gpuDistance;
        double vcpuDistance;
        double memoryDistance;
        double usd;
        bool derived;
        bool priced;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(candidates.size());
    for (int type : candidates) {
        const VmType& t = m_table.type(type);
        // Shared-core types list their core time as vCPUs: their vCPU count does not rank them.
        const double vcpuDistance = t.family.endsWith(u"-shared") ? 0.0 : std::abs(t.vcpu - m_source.vcpu);
        Ranked r { type, std::abs(t.gpu - m_source.gpu), vcpuDistance,
            std::abs(t.memoryGiB - m_source.memoryGiB), 0.0, false, false };
        r.priced = price(type, &r.usd, &r.derived);
        ranked.push_back(r);
    }
    std::sort(ranked.begin(), ranked.end(), [this](const Ranked& a, const Ranked& b) {
        if (a.gpuDistance != b.gpuDistance)
            return a.gpuDistance < b.gpuDistance;
        if (a.vcpuDistance != b.vcpuDistance)
            return a.vcpuDistance < b.vcpuDistance;
        if (a.memoryDistance != b.memoryDistance)
            return a.memoryDistance < b.memoryDistance;
        if (a.priced != b.priced)
            return a.priced;
        if (a.usd != b.usd)
            return a.usd < b.usd;
        return m_table.type(a.type).sku < m_table.type(b.type).sku;
    });
    for (const Ranked& r : ranked) {
        const VmType& type = m_table.type(r.type);
        if (!r.priced) {
            if (noteSkipped)
                m_notes
                    << QStringLiteral("%1 not priced in %2").arg(type.sku, m_table.regions().at(m_region));
            continue;
        }
        Confidence confidence = memoryConfidence(type);
        if (!sameVcpu(type, m_source))
            confidence = weakerConfidence(confidence, Confidence::Close);
        if (type.memoryGiB < (1.0 - kCloseMemory) * m_source.memoryGiB) {
            m_notes << QStringLiteral("%1 has %2 % less memory")
                           .arg(type.sku,
                               QString::number(qRound(100.0 * (1.0 - type.memoryGiB / m_source.memoryGiB))));
        }
        return VmMatch { r.type, r.usd, r.derived, confidence, rule };
    }
    return {};
}

VmMatch VmMatcher::byFamily(const QString& family)
{
    if (family.isEmpty())
        return {};
    // GPU families rarely share vCPU counts across clouds (ND96 vs p5.48xlarge); the GPU count decides.
    std::vector<int> candidates;
    for (int i = 0; i < m_table.typeCount(); ++i) {
        const VmType& type = m_table.type(i);
        // Shared-core types count the core time they get, not the vCPUs they show: e2-medium is 2 vCPU
        // sharing 1 core, listed as 1. Memory decides among them.
        const bool sharedCore = type.family.endsWith(u"-shared");
        if ((m_needsGpu || sharedCore || sameVcpu(type, m_source))
            && type.family.compare(family, Qt::CaseInsensitive) == 0 && eligible(type, true))
            candidates.push_back(i);
    }
    if (candidates.empty()) {
        m_notes << (m_needsGpu
                ? QStringLiteral("no %1 size with %2 GPU").arg(family, number(std::max(1.0, m_source.gpu)))
                : QStringLiteral("no %1 vCPU %2 size").arg(number(m_source.vcpu), family));
        return {};
    }
    return closest(candidates, true, QString());
}

VmMatch VmMatcher::byCategory()
{
    std::vector<int> candidates;
    for (int i = 0; i < m_table.typeCount(); ++i) {
        const VmType& type = m_table.type(i);
        if (sameVcpu(type, m_source) && type.category == m_source.category && eligible(type, false)
            && std::abs(type.memoryGiB / m_source.memoryGiB - 1.0) <= kCloseMemory)
            candidates.push_back(i);
    }
    VmMatch match = closest(candidates, false, QStringLiteral("same category, memory within 25 %"));
    return match;
}

VmMatch VmMatcher::bySize()
{
    VmMatch best;
    double bestUsd = std::numeric_limits<double>::max();
    for (int i = 0; i < m_table.typeCount(); ++i) {
        const VmType& type = m_table.type(i);
        if (type.vcpu + kEpsilon < m_source.vcpu || type.memoryGiB + kEpsilon < m_source.memoryGiB
            || !eligible(type, false))
            continue;
        double usd = 0.0;
        bool derived = false;
        if (!price(i, &usd, &derived))
            continue;
        if (usd < bestUsd || (usd == bestUsd && type.sku < m_table.type(best.type).sku)) {
            bestUsd = usd;
            best = VmMatch { i, usd, derived, Confidence::Approximate, QString() };
        }
    }
    if (best.isValid()) {
        best.rule = QStringLiteral("cheapest with ≥ %1 vCPU and ≥ %2 GiB")
                        .arg(number(m_source.vcpu), number(m_source.memoryGiB));
    }
    return best;
}

std::vector<VmAlternative> VmMatcher::alternatives(const VmMatch& chosen, std::size_t count) const
{
    struct Candidate
    {
        int type;
        double usd;
        Confidence confidence;
    };
    std::vector<Candidate> similar;
    std::vector<Candidate> larger;
    for (int i = 0; i < m_table.typeCount(); ++i) {
        const VmType& type = m_table.type(i);
        if (i == chosen.type || !eligible(type, false))
            continue;
        double usd = 0.0;
        bool derived = false;
        if (!price(i, &usd, &derived))
            continue;
        const bool shapeMatches
            = m_needsGpu ? type.gpu >= std::max(1.0, m_source.gpu) : sameVcpu(type, m_source);
        if (shapeMatches && std::abs(type.memoryGiB / m_source.memoryGiB - 1.0) <= kCloseMemory) {
            Confidence confidence = memoryConfidence(type);
            if (type.category != m_source.category)
                confidence = weakerConfidence(confidence, Confidence::Close);
            similar.push_back(Candidate { i, usd, confidence });
        } else if (type.vcpu + kEpsilon >= m_source.vcpu && type.memoryGiB + kEpsilon >= m_source.memoryGiB) {
            larger.push_back(Candidate { i, usd, Confidence::Approximate });
        }
    }
    const auto byMatchThenPrice = [this](const Candidate& a, const Candidate& b) {
        if (a.confidence != b.confidence)
            return static_cast<int>(a.confidence) < static_cast<int>(b.confidence);
        if (a.usd != b.usd)
            return a.usd < b.usd;
        return m_table.type(a.type).sku < m_table.type(b.type).sku;
    };
    std::sort(similar.begin(), similar.end(), byMatchThenPrice);
    std::sort(larger.begin(), larger.end(), byMatchThenPrice);
    similar.insert(similar.end(), larger.begin(), larger.end());

    const VmType* best = chosen.isValid() ? &m_table.type(chosen.type) : nullptr;
    QStringList families;
    if (best)
        families << best->family;
    std::vector<VmAlternative> result;
    for (const Candidate& c : similar) {
        if (result.size() >= count)
            break;
        const VmType& type = m_table.type(c.type);
        if (families.contains(type.family))
            continue;
        families << type.family;
        QString reason = QStringLiteral("%1: %2 vCPU %3 GiB")
                             .arg(type.family, number(type.vcpu), number(type.memoryGiB));
        if (type.gpu > 0.0)
            reason += QStringLiteral(" %1 GPU").arg(number(type.gpu));
        if (best && chosen.usdPerHour > 0.0) {
            const int percent = qRound(100.0 * (c.usd / chosen.usdPerHour - 1.0));
            reason += percent == 0 ? QStringLiteral(", same price as %1").arg(best->sku)
                : percent < 0
                ? QStringLiteral(", %1 % cheaper than %2").arg(QString::number(-percent), best->sku)
                : QStringLiteral(", %1 % dearer than %2").arg(QString::number(percent), best->sku);
        }
        result.push_back(VmAlternative { type.sku, type.vcpu, type.memoryGiB, c.usd, c.confidence, reason });
    }
    return result;
}

} // namespace cloudshift
