#include "transferrate.h"

#include <QLocale>

#include <algorithm>

namespace cloudshift {

qint64 TransferRate::bytesPerSecond(qint64 doneBytes, qint64 elapsedMsecs)
{
    if (elapsedMsecs < kSettleMsecs || doneBytes <= 0)
        return 0;
    return doneBytes * 1000 / elapsedMsecs;
}

qint64 TransferRate::secondsLeft(qint64 doneBytes, qint64 totalBytes, qint64 elapsedMsecs)
{
    const qint64 rate = bytesPerSecond(doneBytes, elapsedMsecs);
    if (rate <= 0 || totalBytes <= 0)
        return -1;
    const qint64 left = std::max<qint64>(totalBytes - doneBytes, 0);
    return (left + rate - 1) / rate; // rounded up: "0 s left" while bytes remain would be wrong
}

QString TransferRate::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString TransferRate::describe(qint64 doneBytes, qint64 totalBytes, qint64 elapsedMsecs)
{
    const QLocale locale;
    QString text = totalBytes > 0
        ? tr("%1 of %2").arg(locale.formattedDataSize(doneBytes, 1), locale.formattedDataSize(totalBytes, 1))
        : locale.formattedDataSize(doneBytes, 1);
    const qint64 rate = bytesPerSecond(doneBytes, elapsedMsecs);
    if (rate > 0)
        text += u" · " + tr("%1/s").arg(locale.formattedDataSize(rate, 1));
    text += u" · " + tr("%1 elapsed").arg(durationText(elapsedMsecs / 1000));
    const qint64 left = secondsLeft(doneBytes, totalBytes, elapsedMsecs);
    if (left >= 0)
        text += u" · " + tr("about %1 left").arg(durationText(left));
    return text;
}

} // namespace cloudshift
