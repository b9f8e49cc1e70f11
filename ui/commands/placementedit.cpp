#include "placementedit.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace cloudshift {

Placement PlacementEdit::appliedTo(Placement placement) const
{
    if (target && *target != placement.target && !region)
        placement.region.clear();
    if (target)
        placement.target = *target;
    if (region)
        placement.region = *region;
    if (pricing)
        placement.pricing = *pricing;
    if (spotShare)
        placement.spotShare = std::clamp(*spotShare, 0.0, 1.0);
    if (strategy)
        placement.strategy = *strategy;
    if (waveStart)
        placement.waveStart = std::max(0, *waveStart);
    if (waveMonths)
        placement.waveMonths = std::max(1, *waveMonths);
    return placement;
}

QString PlacementEdit::fieldsText() const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("cloudshift", text); };
    QStringList fields;
    if (target)
        fields << tr("target");
    if (region)
        fields << tr("region");
    if (pricing)
        fields << tr("pricing");
    if (spotShare)
        fields << tr("spot share");
    if (strategy)
        fields << tr("strategy");
    if (waveStart && waveMonths)
        fields << tr("wave");
    else if (waveStart)
        fields << tr("wave start");
    else if (waveMonths)
        fields << tr("wave duration");
    if (fields.size() <= 1)
        return fields.join(QString());
    const QString last = fields.takeLast();
    return tr("%1 and %2").arg(fields.join(QStringLiteral(", ")), last);
}

bool PlacementEdit::isContinuous() const
{
    return !target && !region && !pricing && !strategy && (spotShare || waveStart || waveMonths);
}

bool PlacementEdit::sameFields(const PlacementEdit& other) const
{
    return target.has_value() == other.target.has_value() && region.has_value() == other.region.has_value()
        && pricing.has_value() == other.pricing.has_value()
        && spotShare.has_value() == other.spotShare.has_value()
        && strategy.has_value() == other.strategy.has_value()
        && waveStart.has_value() == other.waveStart.has_value()
        && waveMonths.has_value() == other.waveMonths.has_value();
}

} // namespace cloudshift
