#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace cloudshift {

QString groupedMoney(Micros value, int decimals)
{
    // Grouping the engine's own decimal text (instead of QLocale::toString(double)) keeps the digits
    // identical to what the CLI prints: a double would round some half-cent values the other way.
    const QString plain = formatMoney(value, decimals);
    const QLocale locale;
    const bool negative = plain.startsWith(u'-');
    const qsizetype digitsStart = negative ? 1 : 0;
    qsizetype pointAt = plain.indexOf(u'.');
    if (pointAt < 0)
        pointAt = plain.size();

    QString integerPart;
    const qsizetype integerDigits = pointAt - digitsStart;
    for (qsizetype i = 0; i < integerDigits; ++i) {
        if (i > 0 && (integerDigits - i) % 3 == 0)
            integerPart += locale.groupSeparator();
        integerPart += plain.at(digitsStart + i);
    }

    QString text = negative ? locale.negativeSign() : QString();
    text += integerPart;
    if (pointAt < plain.size())
        text += locale.decimalPoint() + plain.mid(pointAt + 1);
    return text;
}

QString moneyWithCurrency(Micros value, const QString& currency, int decimals)
{
    const QString amount = groupedMoney(value, decimals);
    return currency.isEmpty() ? amount : currency + u' ' + amount;
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1) + QStringLiteral(" %");
}

QString confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Exact:
        return QCoreApplication::translate("cloudshift", "Exact");
    case Confidence::Close:
        return QCoreApplication::translate("cloudshift", "Close");
    case Confidence::Approximate:
        return QCoreApplication::translate("cloudshift", "Approximate");
    case Confidence::None:
        return QCoreApplication::translate("cloudshift", "None");
    }
    return {};
}

QString monthText(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

} // namespace cloudshift
