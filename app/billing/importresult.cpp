#include "importresult.h"

namespace cloudshift {

QString ImportDiagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QStringLiteral(": ") + message;
}

QString costKindId(CostKind kind)
{
    switch (kind) {
    case CostKind::Unknown:
        return QStringLiteral("unknown");
    case CostKind::Actual:
        return QStringLiteral("actual");
    case CostKind::Amortized:
        return QStringLiteral("amortized");
    case CostKind::Focus:
        return QStringLiteral("focus");
    }
    return {};
}

} // namespace cloudshift
