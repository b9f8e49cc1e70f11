// The CSV tokenizer: every indexing engine (scalar, SSE2, AVX2) must read the same records, with the
// input served in chunks of any size so records and quotes cross every buffer boundary.

#include "billing/csvreader.h"
#include "fuzzsupport.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace cloudshift;

namespace {

class ChunkedSource : public ByteSource
{
public:
    ChunkedSource(const char* data, std::int64_t size, std::int64_t chunk)
        : m_data(data)
        , m_size(size)
        , m_chunk(chunk)
    {
    }

    std::int64_t read(char* buffer, std::int64_t maxBytes) override
    {
        const std::int64_t n = std::min({maxBytes, m_chunk, m_size - m_pos});
        std::memcpy(buffer, m_data + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    std::int64_t progressBytes() const override { return m_pos; }
    std::int64_t totalBytes() const override { return m_size; }
    QString error() const override { return {}; }

private:
    const char* m_data;
    std::int64_t m_size;
    std::int64_t m_chunk;
    std::int64_t m_pos = 0;
};

struct Reading
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::int64_t> lines;
    CsvReader::Status last = CsvReader::Status::End;
    QString error;
    std::int64_t errorLine = 0;
};

Reading readAll(const char* data, std::size_t size, std::int64_t chunk, std::size_t maxRecord,
    CsvIndexer::Engine engine)
{
    ChunkedSource source(data, static_cast<std::int64_t>(size), chunk);
    CsvReader reader(source, maxRecord, engine);
    Reading result;
    for (;;) {
        result.last = reader.next();
        if (result.last != CsvReader::Status::Record)
            break;
        std::vector<std::string> fields;
        for (std::string_view field : reader.fields())
            fields.emplace_back(field);
        result.records.push_back(std::move(fields));
        result.lines.push_back(reader.recordLine());
    }
    result.error = reader.errorMessage();
    result.errorLine = reader.errorLine();
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The first two bytes choose the chunk size and the record limit; the rest is the file. Tiny
    // chunks put every boundary in every place; files give the reader 64 KiB at a time.
    if (size < 2)
        return 0;
    const std::int64_t chunk = data[0] < 64 ? 1 + data[0] : 64 * 1024;
    const std::size_t maxRecord = data[1] < 128 ? 64 * 1024 * 1024 : 16 + data[1];
    const char* text = reinterpret_cast<const char*>(data + 2);
    size -= 2;

    const Reading scalar = readAll(text, size, chunk, maxRecord, CsvIndexer::Engine::Scalar);
    for (const CsvIndexer::Engine engine : {CsvIndexer::Engine::Sse2, CsvIndexer::Engine::Avx2}) {
        if (!CsvIndexer::available(engine))
            continue;
        const Reading indexed = readAll(text, size, chunk, maxRecord, engine);
        if (indexed.records != scalar.records || indexed.lines != scalar.lines)
            fuzz::fail("the indexed reader's records differ from the scalar reader's");
        if (indexed.last != scalar.last || indexed.error != scalar.error || indexed.errorLine != scalar.errorLine)
            fuzz::fail("the indexed reader ends differently from the scalar reader");
    }
    // The whole input in one read must give the same records as any chunking.
    const Reading whole = readAll(text, size, static_cast<std::int64_t>(size) + 1, maxRecord, CsvIndexer::Engine::Scalar);
    if (whole.last == CsvReader::Status::End && scalar.last == CsvReader::Status::End && whole.records != scalar.records)
        fuzz::fail("the records depend on how the input was chunked");
    return 0;
}
