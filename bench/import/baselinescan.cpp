#include "baselinescan.h"

#include "billing/bytesource.h"

#include <QFile>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <unistd.h>
#include <vector>

namespace cloudshift {

namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;

using ChunkFn = std::function<void(const char* data, std::size_t size)>;

// Adds the bytes eight at a time: a byte-at-a-time loop would measure the CPU, not the read.
quint64 wordSum(const char* data, std::size_t size)
{
    quint64 sum = 0;
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, 8);
        sum += word;
    }
    for (; i < size; ++i)
        sum += static_cast<unsigned char>(data[i]);
    return sum;
}

bool forEachFileChunk(const QString& path, const ChunkFn& onChunk, QString* error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    std::vector<char> buffer(kChunkBytes);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        onChunk(buffer.data(), static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

// Inflates with the importer's own inflater (ISA-L when the build has it), on this thread only, so
// the time is what inflating costs one core.
bool forEachInflatedChunk(const QString& path, const ChunkFn& onChunk, QString* error)
{
    ByteSourceOptions options;
    options.inflateAhead = false;
    const auto source = openByteSource(path, error, options);
    if (!source)
        return false;
    std::vector<char> buffer(kChunkBytes);
    for (;;) {
        const std::int64_t n = source->read(buffer.data(), static_cast<std::int64_t>(buffer.size()));
        if (n < 0) {
            *error = QStringLiteral("%1: %2").arg(path, source->error());
            return false;
        }
        if (n == 0)
            return true;
        onChunk(buffer.data(), static_cast<std::size_t>(n));
    }
}

bool forEachTextChunk(const QString& path, const ChunkFn& onChunk, QString* error)
{
    return isGzipFile(path) ? forEachInflatedChunk(path, onChunk, error)
                            : forEachFileChunk(path, onChunk, error);
}

} // namespace

bool isGzipFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(2);
    return magic.size() == 2 && static_cast<unsigned char>(magic[0]) == 0x1f
        && static_cast<unsigned char>(magic[1]) == 0x8b;
}

ScanResult readEveryByte(const QStringList& paths)
{
    ScanResult result;
    result.ok = true;
    for (const QString& path : paths) {
        result.ok = forEachFileChunk(
                        path,
                        [&result](const char* data, std::size_t size) {
                            result.bytes += static_cast<qint64>(size);
                            result.checksum += wordSum(data, size);
                        },
                        &result.error)
            && result.ok;
    }
    return result;
}

ScanResult countLines(const QStringList& paths)
{
    ScanResult result;
    result.ok = true;
    for (const QString& path : paths) {
        result.ok = forEachTextChunk(
                        path,
                        [&result](const char* data, std::size_t size) {
                            result.bytes += static_cast<qint64>(size);
                            const char* const end = data + size;
                            for (const char* p = data; (p = static_cast<const char*>(std::memchr(
                                                            p, '\n', static_cast<std::size_t>(end - p))));
                                 ++p)
                                ++result.lines;
                        },
                        &result.error)
            && result.ok;
    }
    result.checksum = static_cast<quint64>(result.lines);
    return result;
}

ScanResult inflateEveryByte(const QStringList& paths)
{
    ScanResult result;
    result.ok = true;
    for (const QString& path : paths) {
        if (!isGzipFile(path))
            continue;
        result.ok = forEachInflatedChunk(
                        path,
                        [&result](const char* data, std::size_t size) {
                            result.bytes += static_cast<qint64>(size);
                            result.checksum += wordSum(data, size);
                        },
                        &result.error)
            && result.ok;
    }
    return result;
}

} // namespace cloudshift
