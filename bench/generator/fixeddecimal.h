#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace cloudshift {

// Quantities, prices and costs are carried as integers of fixed scale so that the printed cost is
// exactly the rounded product of the printed quantity and price, and so that the totals reported
// for a file can be reproduced to the last digit with decimal arithmetic.
class FixedDecimal
{
public:
    static constexpr int quantityScale = 6; // micro-units
    static constexpr int priceScale = 6; // micro-dollars
    static constexpr int costScale = 8; // 1e-8 dollars

    // Writes value / 10^scale without trailing zeros: 1250000 at scale 6 is "1.25".
    static void append(QByteArray& out, qint64 value, int scale);
    static QByteArray format(qint64 value, int scale);

    // Exact decimal parse ("0.0832" at scale 6 is 83200); digits beyond the scale are rounded half up.
    static bool parse(QByteArrayView text, int scale, qint64* value);

    static qint64 fromDouble(double value, int scale);

    // quantity (quantityScale) x price (priceScale), rounded half away from zero to costScale.
    static qint64 cost(qint64 quantity, qint64 price);
};

} // namespace cloudshift
