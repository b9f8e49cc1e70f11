#pragma once

#include "billing/money.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace cloudshift {

struct Analysis;

/// One projected charge in the shape of a FOCUS cost row: a workload's cost of one kind in one service
/// category, provider and month of the scenario's horizon.
struct FocusRow
{
    QDate chargePeriodStart; ///< first day of the month
    QDate chargePeriodEnd; ///< first day of the next month (FOCUS periods end exclusively)
    QString providerName; ///< "Microsoft", "Amazon Web Services", "Google Cloud", "Migration labour"
    QString serviceCategory; ///< FOCUS ServiceCategory
    QString regionId; ///< the provider's region id; empty for labour
    QString chargeCategory; ///< "Usage" for cloud run cost, "Purchase" for labour
    QString costKind; ///< x_CostKind: "run", "parallel_run", "egress", "labour"
    QString workload;
    Micros billedCost = 0;
};

/// The scenario's horizon as FOCUS-shaped rows, one per month × workload × service category (× provider
/// and kind of cost). The rows are booked from the simulator's own per-workload amounts, so they add up
/// exactly — to the micro-unit — to each month's run plus one-time cost and to the scenario's TCO.
///
/// A workload's monthly amount is split over service categories in proportion to what its resources cost
/// in each category (Azure cost for the Azure side, the target's price for the moved side), by largest
/// remainder so no micro-unit is lost. Egress is Networking on Azure; labour is "Migration".
struct FocusProjection
{
    QString scenario;
    QString currency;
    std::vector<FocusRow> rows; ///< by month, then workload in the scenario's order

    Micros total() const;
};

FocusProjection projectFocus(const Analysis& analysis);

/// The CSV header of focusCsv(): FOCUS columns first, then x_ columns.
QStringList focusCsvColumns();
/// The projection as CSV (UTF-8, comma-separated, RFC 4180 quoting, amounts with six decimals).
QByteArray focusCsv(const FocusProjection& projection);

} // namespace cloudshift
