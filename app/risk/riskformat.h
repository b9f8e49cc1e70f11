#pragma once

#include "billing/money.h"

#include <QString>

#include <cmath>

namespace cloudshift::riskformat {

// Small formatting helpers shared by the rubric files: evidence reads the same across factors.

inline QString percent(double share)
{
    return QString::number(std::round(share * 1000.0) / 10.0, 'f', 1) + QStringLiteral(" %");
}

inline QString money(Micros value, const QString& currency)
{
    return formatMoney(value) + (currency.isEmpty() ? QString() : QLatin1Char(' ') + currency);
}

inline double share(Micros part, Micros whole)
{
    return whole <= 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

inline QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace cloudshift::riskformat
