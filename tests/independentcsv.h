#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

// An independent reading of a simple CSV column (quotes handled, no embedded newlines), summed in long
// double. Tests compare the importer's integer-sum totals with it to the cent, so the expectation does
// not come from the code under test.
inline long double independentColumnSum(const QString& path, const QString& column)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    auto split = [](const QByteArray& line) {
        QStringList fields;
        QString current;
        bool quoted = false;
        const QString text = QString::fromUtf8(line).remove(QChar(0xFEFF)).remove(QLatin1Char('\r'));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (c == QLatin1Char(',') && !quoted) {
                fields << current;
                current.clear();
            } else {
                current += c;
            }
        }
        fields << current;
        return fields;
    };
    const qsizetype at = split(lines.value(0)).indexOf(column);
    long double sum = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            sum += split(lines[i]).value(at).toDouble();
    }
    return sum;
}

// Rounds to whole cents, half away from zero. A binary sum of decimal values lands a hair below an exact
// half cent (0.075 → 0.07499999…), so values within 1e-7 cent of a half count as that half.
inline long long toCents(long double value)
{
    const long double cents = value * 100;
    return static_cast<long long>(cents + (cents < 0 ? -0.5L - 1e-7L : 0.5L + 1e-7L));
}
