#pragma once

#include <QString>

#include <cstdint>
#include <memory>

class QFile;

namespace cloudshift {

/// Decodes a gzip file, member after member (`cat a.gz b.gz` is one valid gzip stream).
///
/// read() keeps ByteSource's contract: up to maxBytes, 0 at the end, -1 on a fault; the bytes decoded
/// before a fault are handed out first and the fault is reported by the next call. Every engine reports
/// faults with zlib's words, so a damaged file gives the same diagnostics whichever engine runs.
class Inflater
{
public:
    enum class Engine {
        Fastest, ///< ISA-L when the build has it, else zlib
        Zlib,
    };

    virtual ~Inflater() = default;
    virtual std::int64_t read(char* buffer, std::int64_t maxBytes) = 0;
    /// Bytes of the file consumed so far, for progress.
    virtual std::int64_t compressedBytesRead() const = 0;
    virtual QString error() const = 0;

    /// Decodes `file` from its current position.
    static std::unique_ptr<Inflater> create(std::unique_ptr<QFile> file, Engine engine = Engine::Fastest);
    /// Whether this build decodes with ISA-L.
    static bool hasIsal();
};

} // namespace cloudshift
