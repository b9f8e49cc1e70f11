#pragma once

#include "company.h"
#include "placement.h"
#include "resource.h"

#include <QList>
#include <QStringList>

namespace cloudshift {

class BillingCalendar;
class ComputeFactory;
class MeterCatalog;
class Random;
class ServiceFactory;
class VmPriceTable;

// Lays out one batch of the company's estate: the shared platform first, then resources drawn app by
// app (weighted by each app's share and component mix), each with an environment, region, tags and a
// life span inside the export period, plus a few outage credits.
class FleetBuilder
{
public:
    FleetBuilder(const Company& company, const MeterCatalog& meters, const VmPriceTable& prices,
        const BillingCalendar& calendar);

    // "region size" pairs the fleet may use that the price table cannot price.
    QStringList missingPrices() const;

    // Exactly `count` resources. Batch 0 is the company's estate; later batches are further
    // deployment stamps with their own names, for files larger than one estate.
    QList<Resource> build(quint64 seed, int batch, int count) const;

private:
    Placement place(Random& random, int app, bool production) const;
    QByteArray tagsFor(Random& random, const Company::App& app, const QByteArray& env) const;
    void addPlatform(ServiceFactory& services, Random& random, QList<Resource>& out) const;
    void addComponent(ComputeFactory& compute, ServiceFactory& services, Company::Kind kind,
        const Placement& where, QList<Resource>& out) const;
    void addRefunds(Random& random, QList<Resource>& fleet) const;

    const Company& m_company;
    const MeterCatalog& m_meters;
    const VmPriceTable& m_prices;
    const BillingCalendar& m_calendar;
};

} // namespace cloudshift
