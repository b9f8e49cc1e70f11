#pragma once

#include <QDir>
#include <QString>
#include <QTest>

// Public sample data lives next to the repository (../shared/data) and is read in place, never copied.
// CMake passes its location as CLOUDSHIFT_SHARED_DATA; a test that needs it skips when it is absent.
inline QString sharedDataDir()
{
    QString dir = qEnvironmentVariable("CLOUDSHIFT_SHARED_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(CLOUDSHIFT_SHARED_DATA_DEFAULT);
    return QDir::cleanPath(dir);
}

// Skips the calling test function when the file is missing; otherwise returns its absolute path.
#define CLOUDSHIFT_REQUIRE_SHARED_FILE(var, relative)                                                        \
    const QString var = sharedDataDir() + QLatin1Char('/') + QStringLiteral(relative);                      \
    if (!QFileInfo::exists(var))                                                                             \
        QSKIP(qPrintable(QStringLiteral("shared sample data not found: %1 (set the CMake cache variable "    \
                                        "CLOUDSHIFT_SHARED_DATA to the shared/data folder)")                 \
                             .arg(var)));
