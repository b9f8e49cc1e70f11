#include "baselinescan.h"

#include <QFile>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <unistd.h>
#include <vector>
#include <zlib.h>

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

// Inflates member after member, as the importer does for concatenated gzip files.
bool forEachInflatedChunk(const QString& path, const ChunkFn& onChunk, QString* error)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        *error = QStringLiteral("cannot initialise zlib");
        return false;
    }
    std::vector<char> out(kChunkBytes);
    bool broken = false;
    const bool read = forEachFileChunk(
        path,
        [&](const char* data, std::size_t size) {
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
            stream.avail_in = static_cast<uInt>(size);
            // Keep going while input is left or the output filled up: zlib may still hold output.
            do {
                stream.next_out = reinterpret_cast<Bytef*>(out.data());
                stream.avail_out = static_cast<uInt>(out.size());
                const int rc = inflate(&stream, Z_NO_FLUSH);
                const std::size_t produced = out.size() - stream.avail_out;
                onChunk(out.data(), produced);
                if (rc == Z_STREAM_END) {
                    inflateReset(&stream);
                } else if (rc == Z_BUF_ERROR && produced == 0) {
                    broken = stream.avail_in > 0; // no progress although input is left
                    break;
                } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                    broken = true;
                }
            } while ((stream.avail_in > 0 || stream.avail_out == 0) && !broken);
        },
        error);
    inflateEnd(&stream);
    if (read && broken)
        *error = QStringLiteral("%1: corrupt gzip data").arg(path);
    return read && !broken;
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
