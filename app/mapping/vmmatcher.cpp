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
    , m_needsGpu(source.gpu > 0.0 || source.category == u"GPU")
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
    if (type.category == u"other" || type.category == u"accelerator" || type.sku.contains(u"metal"))
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
        Ranked r { type, std::abs(t.gpu - m_source.gpu), std::abs(t.vcpu - m_source.vcpu),
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
        if (r.vcpuDistance > kEpsilon)
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
        if ((m_needsGpu || sameVcpu(type, m_source)) && type.family.compare(family, Qt::CaseInsensitive) == 0
            && eligible(type, true))
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

} // namespace cloudshift
