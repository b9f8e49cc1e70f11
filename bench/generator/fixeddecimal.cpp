#include "fixeddecimal.h"

#include <cmath>

namespace cloudshift {

namespace {

constexpr qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

void FixedDecimal::append(QByteArray& out, qint64 value, int scale)
{
    if (value < 0) {
        out.append('-');
        // Negating is safe: no figure in an export comes near the 64-bit limit.
        value = -value;
    }
    const qint64 divisor = powerOfTen(scale);
    out.append(QByteArray::number(value / divisor));
    qint64 fraction = value % divisor;
    if (fraction == 0)
        return;
    int digits = scale;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --digits;
    }
    char buffer[24];
    for (int i = digits - 1; i >= 0; --i) {
        buffer[i] = char('0' + fraction % 10);
        fraction /= 10;
    }
    out.append('.');
    out.append(buffer, digits);
}

QByteArray FixedDecimal::format(qint64 value, int scale)
{
    QByteArray out;
    append(out, value, scale);
    return out;
}

bool FixedDecimal::parse(QByteArrayView text, int scale, qint64* value)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    bool negative = false;
    if (text.front() == '-' || text.front() == '+') {
        negative = text.front() == '-';
        text = text.sliced(1);
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    bool seenDigit = false;
    bool inFraction = false;
    for (const char c : text) {
        if (c == '.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        seenDigit = true;
        if (!inFraction) {
            whole = whole * 10 + (c - '0');
        } else if (fractionDigits < scale) {
            fraction = fraction * 10 + (c - '0');
            ++fractionDigits;
        } else if (fractionDigits == scale) {
            roundUp = c >= '5';
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return false;
    for (int i = fractionDigits; i < scale; ++i)
        fraction *= 10;
    qint64 result = whole * powerOfTen(scale) + fraction + (roundUp ? 1 : 0);
    *value = negative ? -result : result;
    return true;
}

qint64 FixedDecimal::fromDouble(double value, int scale)
{
    return qint64(std::llround(value * double(powerOfTen(scale))));
}

qint64 FixedDecimal::cost(qint64 quantity, qint64 price)
{
    // The product needs up to ~80 bits before rescaling.
    __extension__ using Wide = __int128;
    constexpr qint64 divisor = powerOfTen(quantityScale + priceScale - costScale);
    Wide product = Wide(quantity) * Wide(price);
    const bool negative = product < 0;
    if (negative)
        product = -product;
    Wide rounded = (product + divisor / 2) / divisor;
    return negative ? -qint64(rounded) : qint64(rounded);
}

} // namespace cloudshift
