#pragma once

#include <QHash>
#include <QString>

namespace cloudshift {

/// One measured round-trip table as compiled into the resources: directed pairs, one date.
struct MeasuredTable
{
    QString id; ///< "azure-2026-07"
    QString title;
    QString asOf; ///< end of the measurement window: "2026-07-30"
    QString licence;
    QString upstream;
    QHash<QString, double> rttMs; ///< key: pairKey(from, to)

    static QString pairKey(const QString& from, const QString& to) { return from + QLatin1Char('>') + to; }
};

} // namespace cloudshift
