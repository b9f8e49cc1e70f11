#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace cloudshift {

// One Azure billing meter as it appears on an EA cost line.
struct Meter
{
    QByteArray category;
    QByteArray subCategory;
    QByteArray name;
    QByteArray unit; // UnitOfMeasure, e.g. "1 Hour", "1 GB/Month", "10K"
    QByteArray productName;
    QByteArray region; // MeterRegion; blank for meters Azure prices globally
    QByteArray serviceFamily;
    QByteArray planName;
    QByteArray partNumber;
    QByteArray id;
    qint64 price = 0; // micro-dollars per unit
};

} // namespace cloudshift
