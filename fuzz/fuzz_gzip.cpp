// The gzip path: hostile compressed streams through every inflater (zlib, ISA-L when built with it),
// read on the caller's thread and ahead on a second thread; and valid streams must give back exactly
// what was compressed.

#include "billing/bytesource.h"
#include "billing/inflater.h"
#include "fuzzsupport.h"

#include <zlib.h>

#include <string>

using namespace cloudshift;

namespace {

struct Inflated
{
    std::string text;
    bool failed = false;
};

Inflated inflateFile(const QString& path, bool zlibOnly, bool ahead)
{
    Inflated result;
    QString error;
    const std::unique_ptr<ByteSource> source = openByteSource(path, &error, {zlibOnly, ahead});
    if (!source) {
        result.failed = true;
        return result;
    }
    char buffer[4096];
    for (;;) {
        const std::int64_t n = source->read(buffer, sizeof buffer);
        if (n < 0) {
            result.failed = true;
            if (source->error().isEmpty())
                fuzz::fail("a failed read gives no error message");
            break;
        }
        if (n == 0)
            break;
        result.text.append(buffer, static_cast<std::size_t>(n));
    }
    return result;
}

bool agree(const Inflated& a, const Inflated& b)
{
    if (!a.failed && !b.failed)
        return a.text == b.text;
    const std::string& shorter = a.text.size() < b.text.size() ? a.text : b.text;
    const std::string& longer = a.text.size() < b.text.size() ? b.text : a.text;
    return longer.compare(0, shorter.size(), shorter) == 0;
}

std::string gzipped(const std::uint8_t* data, std::size_t size)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        std::abort();
    std::string out(deflateBound(&stream, static_cast<uLong>(size)) + 32, '\0');
    stream.next_in = const_cast<Bytef*>(data);
    stream.avail_in = static_cast<uInt>(size);
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        std::abort();
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    // An odd first byte: the rest is a .gz file as found on disk. Even: the rest is the text, which
    // must come back unchanged after compression.
    const bool raw = data[0] & 1;
    ++data;
    --size;
    QString path;
    if (raw) {
        path = fuzz::writeInput(QStringLiteral("export.csv.gz"), data, size);
    } else {
        const std::string compressed = gzipped(data, size);
        path = fuzz::writeInput(QStringLiteral("export.csv.gz"), compressed.data(), compressed.size());
    }

    // A damaged stream may stop at a different point depending on how much is asked for at a time,
    // but what comes out before the error must be the same text.
    const Inflated zlibAhead = inflateFile(path, true, true);
    const Inflated zlibHere = inflateFile(path, true, false);
    if (zlibAhead.failed != zlibHere.failed || !agree(zlibAhead, zlibHere))
        fuzz::fail("reading ahead on a second thread changes what zlib inflates");
    if (Inflater::hasIsal()) {
        const Inflated isal = inflateFile(path, false, true);
        if (!agree(isal, zlibAhead))
            fuzz::fail("ISA-L and zlib inflate the same stream to different text");
        if (!raw && isal.failed)
            fuzz::fail("ISA-L rejects a valid gzip stream");
    }
    if (!raw && (zlibAhead.failed || zlibAhead.text != std::string(reinterpret_cast<const char*>(data), size)))
        fuzz::fail("a valid gzip stream does not inflate to what was compressed");
    return 0;
}
