#pragma once

#include "mapping/linecontext.h"
#include "mapping/offer.h"
#include "mapping/pricedline.h"
#include "mapping/vmmapper.h"

#include <QStringList>

namespace cloudshift {

/// Prices instance-hours: VM compute meters (any size the meter or the resource names, Windows with its
/// licence, Azure Hybrid Benefit priced licence-included, spot at the target's spot price, reservation-
/// covered hours at the target's published 1-year discount) and App Service plan instances (on a VM of
/// the plan's shape: Elastic Beanstalk on EC2, Compute Engine).
class ComputeLinePricer
{
public:
    ComputeLinePricer(const Catalog& catalog, const VmMapper& vms);

    /// Fills the line; offer receives the VM offer behind it. False when nothing could be priced (the
    /// line's reason says why).
    bool price(const LineContext& context, PricedLine& line, Offer& offer) const;

    /// "Standard_D4s_v3" for the meter name "D4 v3/D4s v3"; empty for names that are not sizes.
    static QString sizeFromMeterName(const QString& meterName);

private:
    bool priceVm(const LineContext& context, PricedLine& line, Offer& offer) const;
    bool priceAppService(const LineContext& context, PricedLine& line, Offer& offer) const;
    /// Spot and reservation-covered hours: the hourly price the target charges for that model, with a note.
    double pricingModelPrice(const LineContext& context, const Offer& offer, bool windows, QStringList& notes,
        Confidence& confidence) const;
    QString sizeFor(const LineContext& context) const;

    const Catalog& m_catalog;
    const VmMapper& m_vms;
};

} // namespace cloudshift
