#pragma once

// Shared by the fuzz targets: the engine reads most inputs from paths, so each input is written to a
// file in a private temporary folder (in memory under /dev/shm when the machine has it).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace cloudshift::fuzz {

inline const QString& scratchFolder()
{
    static QTemporaryDir folder(QDir(QStringLiteral("/dev/shm")).exists()
            ? QStringLiteral("/dev/shm/cloudshift-fuzz-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/cloudshift-fuzz-XXXXXX"));
    if (!folder.isValid())
        std::abort();
    static const QString path = folder.path();
    return path;
}

/// Writes the input to `name` inside the scratch folder and returns its path.
inline QString writeInput(const QString& name, const char* data, std::size_t size)
{
    const QString path = scratchFolder() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(data, static_cast<qint64>(size)) != static_cast<qint64>(size))
        std::abort();
    return path;
}

inline QString writeInput(const QString& name, const std::uint8_t* data, std::size_t size)
{
    return writeInput(name, reinterpret_cast<const char*>(data), size);
}

/// Stops the run with the message when an invariant the fuzz target checks does not hold.
[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace cloudshift::fuzz
