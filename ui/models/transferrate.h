#pragma once

#include <QCoreApplication>
#include <QString>

namespace cloudshift {

/// How fast an import reads, from the engine's byte counts and the time since it started: the rate,
/// the time left at that rate, and the line the import page shows. The engine reports bytes, not rows,
/// while it reads, so the rate is in bytes per second.
class TransferRate
{
    Q_DECLARE_TR_FUNCTIONS(TransferRate)

public:
    /// Before this much time has passed the rate says more about start-up than about the file.
    static constexpr qint64 kSettleMsecs = 500;

    /// Bytes per second since the start; 0 until kSettleMsecs have passed.
    static qint64 bytesPerSecond(qint64 doneBytes, qint64 elapsedMsecs);
    /// Seconds left at the average rate so far; -1 when not known yet.
    static qint64 secondsLeft(qint64 doneBytes, qint64 totalBytes, qint64 elapsedMsecs);

    /// "12.3 MiB of 45.6 MiB · 8.2 MiB/s · 4 s left", shortened while the figures are not known.
    static QString describe(qint64 doneBytes, qint64 totalBytes, qint64 elapsedMsecs);
    /// "4 s", "2 min 05 s", "1 h 03 min".
    static QString durationText(qint64 seconds);
};

} // namespace cloudshift
