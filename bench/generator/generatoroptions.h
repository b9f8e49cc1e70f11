#pragma once

#include <QDate>
#include <QString>

namespace cloudshift {

struct GeneratorOptions
{
    quint64 seed = 42;
    int resources = 320; // per batch
    int months = 12;
    QDate start = QDate(2025, 1, 1);
    bool daily = false;
    qint64 targetBytes = 0; // 0: one batch
    QString prices;
    QString output = QStringLiteral("-");
};

} // namespace cloudshift
