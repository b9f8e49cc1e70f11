#include "money.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <utility>

namespace cloudshift {

namespace {

    constexpr int kScaleDigits = 6; // micro-units

    // Exact decimal arithmetic needs more than 64 bits for the mantissa of long inputs.
    __extension__ using Wide = unsigned __int128;

    bool isDigit(char c) { return c >= '0' && c <= '9'; }

    // The magnitude of a decimal in 10^-scaleDigits units, rounded half to even, and its sign;
    // nullopt for text that is not a number or a magnitude above `limit`.
    std::optional<std::pair<Wide, bool>> parseScaled(std::string_view text, int scaleDigits, Wide limit);

} // namespace

std::optional<Micros> parseMoney(std::string_view text)
{
    const auto parsed = parseScaled(text, kScaleDigits, static_cast<Wide>(std::numeric_limits<Micros>::max()));
    if (!parsed)
        return std::nullopt;
    const auto value = static_cast<Micros>(parsed->first);
    return parsed->second ? -value : value;
}

std::optional<ExactMoney> parseExactMoney(std::string_view text)
{
    // The same range as micro-units: any single amount an export can hold.
    const Wide limit = static_cast<Wide>(std::numeric_limits<Micros>::max()) * kMicrosPerUnit;
    const auto parsed = parseScaled(text, kExactScaleDigits, limit);
    if (!parsed)
        return std::nullopt;
    const auto value = static_cast<ExactMoney>(parsed->first);
    return parsed->second ? -value : value;
}

Micros microsFromExact(ExactMoney value)
{
    const bool negative = value < 0;
    const Wide magnitude = negative ? static_cast<Wide>(-value) : static_cast<Wide>(value);
    constexpr std::uint64_t kDivisor = 1'000'000; // 10^(12 - 6)
    std::uint64_t quotient = 0;
    std::uint64_t remainder = 0;
    // Nearly every amount fits 64 bits, where the division by a constant is a multiplication.
    if (magnitude <= std::numeric_limits<std::uint64_t>::max()) {
        const auto narrow = static_cast<std::uint64_t>(magnitude);
        quotient = narrow / kDivisor;
        remainder = narrow % kDivisor;
    } else {
        quotient = static_cast<std::uint64_t>(magnitude / kDivisor);
        remainder = static_cast<std::uint64_t>(magnitude % kDivisor);
    }
    if (remainder * 2 > kDivisor || (remainder * 2 == kDivisor && (quotient & 1)))
        ++quotient;
    const auto micros = static_cast<Micros>(quotient);
    return negative ? -micros : micros;
}

namespace {

std::optional<std::pair<Wide, bool>> parseScaled(std::string_view text, int scaleDigits, Wide limit)
{
    // Trim surrounding blanks: exports written by Excel sometimes pad numbers.
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;

    std::size_t i = 0;
    bool negative = false;
    if (text[i] == '+' || text[i] == '-') {
        negative = text[i] == '-';
        ++i;
    }

    // Collect the significant digits as an integer mantissa and a decimal exponent, exactly.
    // Digits beyond what fits are dropped but still shift the exponent, so "1.0000…1" stays exact
    // to far more places than a micro-unit needs.
    Wide mantissa = 0;
    int exponent = 0;
    bool anyDigit = false;
    bool seenPoint = false;
    int droppedDigits = 0;
    bool roundUpDropped = false;
    constexpr Wide kMantissaLimit = static_cast<Wide>(1) << 100;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            anyDigit = true;
            if (mantissa < kMantissaLimit) {
                mantissa = mantissa * 10 + static_cast<unsigned>(c - '0');
                if (seenPoint)
                    --exponent;
            } else {
                if (droppedDigits == 0)
                    roundUpDropped = c >= '5';
                ++droppedDigits;
                if (!seenPoint)
                    ++exponent;
            }
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (i < text.size()) {
        if (text[i] != 'e' && text[i] != 'E')
            return std::nullopt;
        ++i;
        bool expNegative = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
            expNegative = text[i] == '-';
            ++i;
        }
        if (i >= text.size())
            return std::nullopt;
        int e = 0;
        for (; i < text.size(); ++i) {
            if (!isDigit(text[i]))
                return std::nullopt;
            if (e < 10000)
                e = e * 10 + (text[i] - '0');
        }
        exponent += expNegative ? -e : e;
    }
    if (roundUpDropped && droppedDigits > 0)
        ++mantissa;

    // Scale: value = mantissa × 10^exponent; we want mantissa × 10^(exponent + scaleDigits).
    int shift = exponent + scaleDigits;
    if (mantissa == 0)
        return std::pair<Wide, bool>{0, false};
    if (shift > 0) {
        for (; shift > 0; --shift) {
            mantissa *= 10;
            if (mantissa > limit)
                return std::nullopt;
        }
    } else if (shift < 0) {
        // Round half to even at the last kept digit so that millions of rounded rows carry no bias.
        Wide divisor = 1;
        bool tooSmall = false;
        for (int k = 0; k < -shift; ++k) {
            if (divisor > kMantissaLimit) {
                tooSmall = true;
                break;
            }
            divisor *= 10;
        }
        if (tooSmall)
            return std::pair<Wide, bool>{0, false};
        const Wide quotient = mantissa / divisor;
        const Wide remainder = mantissa % divisor;
        const Wide twice = remainder * 2;
        Wide rounded = quotient;
        if (twice > divisor || (twice == divisor && (quotient & 1)))
            ++rounded;
        mantissa = rounded;
    }
    if (mantissa > limit)
        return std::nullopt;
    return std::pair<Wide, bool>{mantissa, negative && mantissa != 0};
}

} // namespace

Micros microsFromDouble(double value)
{
    if (!std::isfinite(value))
        return 0;
    return static_cast<Micros>(std::llround(value * static_cast<double>(kMicrosPerUnit)));
}

double microsToDouble(Micros value)
{
    return static_cast<double>(value) / static_cast<double>(kMicrosPerUnit);
}

QString formatMoney(Micros value, int decimals)
{
    decimals = std::clamp(decimals, 0, kScaleDigits);
    Micros divisor = 1;
    for (int k = 0; k < kScaleDigits - decimals; ++k)
        divisor *= 10;
    const bool negative = value < 0;
    // Work on the magnitude as unsigned so that the most negative value cannot overflow.
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(value)
                                            : static_cast<unsigned long long>(value);
    const auto udivisor = static_cast<unsigned long long>(divisor);
    unsigned long long scaled = magnitude / udivisor;
    if ((magnitude % udivisor) * 2 >= udivisor)
        ++scaled;
    unsigned long long unitFactor = 1;
    for (int k = 0; k < decimals; ++k)
        unitFactor *= 10;
    const unsigned long long units = scaled / unitFactor;
    const unsigned long long fraction = scaled % unitFactor;
    QString result = negative && scaled != 0 ? QStringLiteral("-") : QString();
    result += QString::number(units);
    if (decimals > 0)
        result += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    return result;
}

} // namespace cloudshift
