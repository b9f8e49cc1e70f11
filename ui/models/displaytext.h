#pragma once

#include "billing/money.h"
#include "mapping/offer.h"

#include <QDate>
#include <QString>

namespace cloudshift {

// How the UI spells the engine's values. Everything here formats a value the engine computed; none of
// these functions derives a new figure. They follow the default QLocale, so a test can pin it.

/// "1,234.57": the engine's exact decimal text with the locale's digit grouping and decimal point.
QString groupedMoney(Micros value, int decimals = 2);
/// "EUR 1,234.57"; just the grouped amount when the currency is unknown.
QString moneyWithCurrency(Micros value, const QString& currency, int decimals = 2);
/// "12.3 %" with one decimal.
QString percentText(double percent);
/// "Exact", "Close", "Approximate", "None".
QString confidenceText(Confidence confidence);
/// "Jan 2025".
QString monthText(const QDate& month);

} // namespace cloudshift
