#include "exportgenerator.h"

#include "billingcalendar.h"
#include "company.h"
#include "exportwriter.h"
#include "fleetbuilder.h"
#include "metercatalog.h"
#include "usagemodel.h"
#include "vmpricetable.h"

namespace cloudshift {

ExportGenerator::ExportGenerator(const GeneratorOptions& options)
    : m_options(options)
{
}

bool ExportGenerator::run(Summary* summary, QString* error)
{
    const Company company;
    const BillingCalendar calendar(m_options.start, m_options.months);
    QList<QByteArray> regions;
    for (const Company::Region& region : company.regions())
        regions << region.arm;
    VmPriceTable prices;
    if (!prices.load(m_options.prices, regions, error))
        return false;
    const MeterCatalog meters(company);
    const FleetBuilder builder(company, meters, prices, calendar);
    const QStringList missing = builder.missingPrices();
    if (!missing.isEmpty()) {
        *error = QStringLiteral("%1 has no price for: %2")
                     .arg(m_options.prices, missing.join(QStringLiteral(", ")));
        return false;
    }

    ExportWriter writer(company);
    if (!writer.open(m_options.output, error))
        return false;
    writer.writeHeader();
    const UsageModel model(calendar);
    *summary = Summary();
    for (int batch = 0;; ++batch) {
        const QList<Resource> fleet = builder.build(m_options.seed, batch, m_options.resources);
        const qint64 linesBefore = summary->lines;
        summary->batches = batch + 1;
        const bool more = writeBatch(fleet, calendar, model, writer, summary);
        // A batch without lines (no resource alive in the period) would never reach the target.
        if (!more || m_options.targetBytes <= 0 || summary->lines == linesBefore)
            break;
    }
    summary->bytes = writer.bytes();
    summary->cost = writer.totalCost();
    return writer.close(error);
}

bool ExportGenerator::writeBatch(const QList<Resource>& fleet, const BillingCalendar& calendar,
    const UsageModel& model, ExportWriter& writer, Summary* summary)
{
    QList<bool> billed(fleet.size(), false);
    bool more = true;
    for (int month = 0; month < calendar.months() && more; ++month) {
        const int first = calendar.monthFirstDay(month);
        const int days = calendar.daysInMonth(month);
        // Monthly files hold one line per resource, meter and month, dated the 1st; daily files one
        // line per day. Refunds follow the resource's usage for the period they fall in.
        const int periods = m_options.daily ? days : 1;
        const int periodDays = m_options.daily ? 1 : days;
        for (int period = 0; period < periods && more; ++period) {
            const int day = first + period;
            const QDate date = calendar.date(day);
            for (int r = 0; r < fleet.size() && more; ++r) {
                const Resource& resource = fleet.at(r);
                if (resource.lastDay < day || resource.firstDay >= day + periodDays)
                    continue;
                for (int u = 0; u < resource.usages.size() && more; ++u) {
                    const qint64 quantity = model.quantity(resource, u, day, periodDays);
                    if (quantity == 0)
                        continue;
                    billed[r] = true;
                    more = writeOne(writer, resource, u, date, calendar, month, quantity, false, summary);
                }
                for (const Refund& refund : resource.refunds) {
                    if (more && refund.day >= day && refund.day < day + periodDays)
                        more = writeOne(writer, resource, refund.usage, date, calendar, month,
                            refund.quantity, true, summary);
                }
            }
        }
    }
    for (const bool wasBilled : billed)
        summary->resources += wasBilled ? 1 : 0;
    return more;
}

bool ExportGenerator::writeOne(ExportWriter& writer, const Resource& resource, int usage, QDate date,
    const BillingCalendar& calendar, int month, qint64 quantity, bool refund, Summary* summary)
{
    writer.writeLine(resource, resource.usages.at(usage), date, calendar.monthStart(month),
        calendar.monthEnd(month), quantity, refund);
    ++summary->lines;
    if (!summary->firstDate.isValid() || date < summary->firstDate)
        summary->firstDate = date;
    if (!summary->lastDate.isValid() || date > summary->lastDate)
        summary->lastDate = date;
    return m_options.targetBytes <= 0 || writer.bytes() < m_options.targetBytes;
}

} // namespace cloudshift
