#pragma once

#include <QString>

#include <cstdint>
#include <memory>

namespace cloudshift {

/// A forward-only stream of raw bytes from an export file, plain or gzip-compressed.
///
/// Exports run to gigabytes, so they are never loaded whole: the CSV reader pulls small chunks that stay
/// in cache. progressBytes() counts bytes of the file on disk, so progress is right for .csv.gz too.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    /// Reads up to maxBytes into buffer; returns the count, 0 at end of stream, -1 on error (see error()).
    virtual std::int64_t read(char* buffer, std::int64_t maxBytes) = 0;
    virtual std::int64_t progressBytes() const = 0;
    virtual std::int64_t totalBytes() const = 0;
    virtual QString error() const = 0;
    /// True when the bytes are the file's own (not decoded from gzip or UTF-16), so another reader may
    /// open the same file at any offset and read the same bytes there.
    virtual bool isPlainFile() const { return false; }
};

/// How openByteSource() decodes gzip; the defaults are the fast ones, the others exist for tests and
/// benchmarks.
struct ByteSourceOptions
{
    bool zlibOnly = false; ///< inflate with zlib even when the build has ISA-L
    bool inflateAhead = true; ///< inflate on a second thread while the caller parses
};

/// Opens a file (a path or a ":/" resource); gzip is recognised by its magic bytes, not by the name.
/// Returns nullptr and sets *error when the file cannot be opened.
std::unique_ptr<ByteSource> openByteSource(const QString& path, QString* error, const ByteSourceOptions& options = {});

} // namespace cloudshift
