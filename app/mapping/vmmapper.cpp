#include "vmmapper.h"

#include "mapping/vmmatcher.h"

#include <QMutexLocker>

namespace cloudshift {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// "4 vCPU 16 GiB general purpose (Dsv5)", "4 vCPU 28 GiB 1 GPU (NCasT4_v3)".
QString describeSource(const VmType& type)
{
    QString text = QStringLiteral("%1 vCPU %2 GiB").arg(number(type.vcpu), number(type.memoryGiB));
    if (type.gpu > 0.0)
        text += QStringLiteral(" %1 GPU").arg(number(type.gpu));
    if (type.category != u"GPU" || type.gpu <= 0.0)
        text += QLatin1Char(' ') + type.category;
    if (type.isArm())
        text += QStringLiteral(" Arm");
    if (!type.family.isEmpty())
        text += QStringLiteral(" (%1)").arg(type.family);
    return text;
}

// The target's shape, shown only where it differs from the source's.
QString describeTarget(const VmType& target, const VmType& source)
{
    if (target.vcpu == source.vcpu && target.memoryGiB == source.memoryGiB && target.gpu == source.gpu)
        return target.sku;
    QString shape = QStringLiteral("%1 vCPU %2 GiB").arg(number(target.vcpu), number(target.memoryGiB));
    if (target.gpu > 0.0)
        shape += QStringLiteral(" %1 GPU").arg(number(target.gpu));
    return QStringLiteral("%1 (%2)").arg(target.sku, shape);
}

QString familyOn(const FamilyEquivalence& family, Cloud target)
{
    return target == Cloud::Aws ? family.awsFamily : target == Cloud::Gcp ? family.gcpFamily : QString();
}

} // namespace

VmMapper::VmMapper(const Catalog& catalog)
    : m_catalog(catalog)
    , m_regions(catalog)
{
}

QString VmMapper::serviceName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return QStringLiteral("EC2");
    case Cloud::Gcp:
        return QStringLiteral("Compute Engine");
    case Cloud::Azure:
        return QStringLiteral("Virtual Machines");
    }
    return {};
}

Offer VmMapper::map(const QString& azureVmSize, const QString& azureRegion, OsType os, Cloud target) const
{
    return map(azureVmSize, azureRegion, os, target, TargetOverride());
}

Offer VmMapper::map(const QString& azureVmSize, const QString& azureRegion, OsType os, Cloud target,
    const TargetOverride& choice) const
{
    const QString key = azureVmSize.trimmed().toLower() + QLatin1Char('|')
        + azureRegion.simplified().toLower() + QLatin1Char('|') + (os == OsType::Windows ? u'w' : u'l')
        + QLatin1Char('|') + cloudId(target) + QLatin1Char('|') + choice.region.trimmed().toLower()
        + QLatin1Char('|') + choice.vmSku.trimmed().toLower();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
    }
    // Computed outside the lock: two threads may both compute a missing entry, with the same result.
    Offer offer = compute(azureVmSize, azureRegion, os, target, choice);
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, offer);
    return offer;
}

Offer VmMapper::compute(const QString& azureVmSize, const QString& azureRegion, OsType os, Cloud target,
    const TargetOverride& choice) const
{
    Offer offer;
    offer.cloud = target;
    offer.service = serviceName(target);

    const std::optional<VmType> source = m_catalog.azureVmSize(azureVmSize);
    if (!source) {
        offer.reason = m_catalog.vmType(Cloud::Azure, azureVmSize)
            ? QStringLiteral("Azure size %1 has no vCPU/memory in the catalog").arg(azureVmSize.trimmed())
            : QStringLiteral("unknown Azure VM size \"%1\"").arg(azureVmSize.trimmed());
        return offer;
    }
    return mapShape(*source, azureRegion, os, target, choice);
}

Offer VmMapper::mapShape(const VmType& shape, const QString& azureRegion, OsType os, Cloud target,
    const TargetOverride& choice) const
{
    Offer offer;
    offer.cloud = target;
    offer.service = serviceName(target);
    const std::optional<VmType> source = shape;
    const QString head = describeSource(*source);

    const RegionMatch region = m_regions.map(azureRegion, target, choice.region);
    if (!region.isValid()) {
        offer.reason = head + QStringLiteral(": ") + region.note;
        return offer;
    }
    const VmTable& table = m_catalog.vmTable(target);
    const int regionIndex = table.regionIndex(region.region);
    if (regionIndex < 0) {
        offer.reason
            = QStringLiteral("%1: no %2 prices for %3").arg(head, cloudDisplayName(target), region.region);
        return offer;
    }

    QString family;
    if (source->familyEquivalence >= 0
        && source->familyEquivalence < static_cast<int>(m_catalog.familyEquivalences().size())) {
        family = target == Cloud::Azure
            ? source->family
            : familyOn(
                m_catalog.familyEquivalences()[static_cast<std::size_t>(source->familyEquivalence)], target);
    } else if (target == Cloud::Azure) {
        family = source->family;
    }

    VmMatcher matcher(table, regionIndex, *source, os);
    VmMatch match;
    if (!choice.vmSku.trimmed().isEmpty()) {
        match.type = table.typeIndex(choice.vmSku);
        if (match.type < 0 || !matcher.price(match.type, &match.usdPerHour, &match.windowsDerived)) {
            offer.reason = QStringLiteral("%1: the chosen type %2 has no %3 price in %4")
                               .arg(head, choice.vmSku.trimmed(), cloudDisplayName(target), region.region);
            return offer;
        }
        const VmType& chosen = table.type(match.type);
        match.confidence = !chosen.hasSpec() ? Confidence::Approximate
            : chosen.vcpu == source->vcpu
            ? matcher.memoryConfidence(chosen)
            : weakerConfidence(matcher.memoryConfidence(chosen), Confidence::Close);
        match.rule = QStringLiteral("type chosen by the user");
    } else {
        match = matcher.find(family);
    }
    QStringList notes;
    if (!region.note.isEmpty())
        notes << region.note;
    notes << matcher.notes();
    if (!match.isValid()) {
        notes.prepend(QStringLiteral("no %1type priced in %2")
                          .arg(source->isArm() ? QStringLiteral("Arm ") : QString(), region.region));
        offer.reason = head + QStringLiteral(": ") + notes.join(QStringLiteral("; "));
        return offer;
    }

    const VmType& chosen = table.type(match.type);
    offer.sku = chosen.sku;
    offer.region = region.region;
    offer.usdPerHour = match.usdPerHour;
    offer.confidence = weakerConfidence(match.confidence, region.confidence);
    offer.source = table.sourceId(regionIndex, match.type);
    offer.sourceDate = table.sourceDate(regionIndex, match.type);
    offer.vcpu = chosen.vcpu;
    offer.memoryGiB = chosen.memoryGiB;
    if (!match.rule.isEmpty())
        notes << match.rule;
    if (match.windowsDerived) {
        notes << QStringLiteral("Windows = Linux + %1 × %2 vCPU")
                     .arg(number(VmMatcher::kWindowsUsdPerVcpuHour), number(chosen.vcpu));
    }
    offer.alternatives = matcher.alternatives(match, kAlternatives);
    offer.reason = QStringLiteral("%1 → %2, %3").arg(head, describeTarget(chosen, *source), region.region);
    if (!notes.isEmpty())
        offer.reason += QStringLiteral("; ") + notes.join(QStringLiteral("; "));
    return offer;
}

} // namespace cloudshift
