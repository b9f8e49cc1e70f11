#include "csvreader.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cloudshift {

namespace {
    // Small chunks stay in cache; measured faster than large buffers for line scanning.
    constexpr std::size_t kChunkBytes = 64 * 1024;
    constexpr std::size_t kSlackBytes = 64;

    // Copies n bytes where 16 more may be read and written: short copies are one unaligned move.
    inline void copyWithSlack(char* out, const char* in, std::size_t n)
    {
#if defined(__SSE2__)
        for (;;) {
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_loadu_si128(reinterpret_cast<const __m128i*>(in)));
            if (n <= 16)
                return;
            n -= 16;
            in += 16;
            out += 16;
        }
#else
        std::memcpy(out, in, n);
#endif
    }
} // namespace

CsvReader::CsvReader(ByteSource& source, std::size_t maxRecordBytes, CsvIndexer::Engine engine)
    : m_source(source)
    , m_maxRecordBytes(maxRecordBytes)
    , m_buffer(kChunkBytes * 4)
    , m_indexer(engine)
{
}

CsvReader::CsvReader(ByteSource& source, const Resume& resume, std::size_t maxRecordBytes)
    : CsvReader(source, maxRecordBytes)
{
    m_started = true;
    m_delimiter = resume.delimiter;
    m_delimiterKnown = true;
    m_bufferOffset = resume.offset;
    m_nextLine = resume.line;
    m_indexing = true;
    m_indexer.reset(m_delimiter);
}

CsvReader::Status CsvReader::fail(const QString& message, std::int64_t line, int column)
{
    m_errorMessage = message;
    m_errorLine = line;
    m_errorColumn = column;
    return Status::Error;
}

CsvReader::Status CsvReader::failFill(FillResult result)
{
    if (result == FillResult::RecordTooLong)
        return fail(QStringLiteral("a record is longer than %1 MB, far beyond any Azure export row; "
                                   "the file is not a billing export or is damaged")
                        .arg(m_maxRecordBytes / (1024 * 1024)),
            m_nextLine, columnOfOpenRecord());
    return fail(QStringLiteral("read error: %1").arg(m_source.error()), m_nextLine, 0);
}

int CsvReader::columnOfOpenRecord() const
{
    // The field the record had reached when it outgrew the limit. The indexer has listed the field ends
    // of the open record (fill() dropped those already handed out); before it runs, count them here.
    if (m_indexing)
        return static_cast<int>(m_indexer.endCount()) + 1;
    int column = 1;
    bool inQuotes = false;
    for (std::size_t i = m_begin; i < m_end; ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == m_delimiter && !inQuotes)
            ++column;
    }
    return column;
}

CsvReader::FillResult CsvReader::fill()
{
    if (m_eof)
        return FillResult::EndOfData;
    // Move the unconsumed tail to the front before reading more. Indexed positions are stream offsets,
    // so only the used part of the index is dropped.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_bufferOffset += static_cast<std::int64_t>(m_begin);
        m_scanned -= std::min(m_scanned, m_begin);
        m_begin = 0;
    }
    if (m_indexing)
        m_indexer.consume(std::exchange(m_endsRead, 0), std::exchange(m_marksRead, 0), std::exchange(m_dropsRead, 0));
    if (m_buffer.size() - m_end < kChunkBytes) {
        if (m_buffer.size() >= m_maxRecordBytes + kChunkBytes)
            return FillResult::RecordTooLong;
        m_buffer.resize(std::min(m_buffer.size() * 2, m_maxRecordBytes + 2 * kChunkBytes));
    }
    if (m_abandon && m_abandon->load(std::memory_order_relaxed)) {
        m_eof = true;
        return FillResult::Abandoned;
    }
    // The slack at the end lets field copies load 16 bytes at a time past the last field.
    const auto room = static_cast<std::int64_t>(std::min(m_buffer.size() - m_end - kSlackBytes, kChunkBytes));
    const std::int64_t n = m_source.read(m_buffer.data() + m_end, room);
    if (n < 0) {
        m_eof = true;
        return FillResult::ReadError;
    }
    if (n == 0) {
        m_eof = true;
        return FillResult::EndOfData;
    }
    m_end += static_cast<std::size_t>(n);
    return FillResult::Ok;
}

bool CsvReader::checkEncoding()
{
    FillResult result = FillResult::Ok;
    while (m_end - m_begin < 4 && (result = fill()) == FillResult::Ok) {
    }
    m_initialReadFailed = result == FillResult::ReadError && m_end == m_begin;
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_buffer.data() + m_begin);
    const std::size_t size = m_end - m_begin;
    if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        m_hadBom = true;
        m_begin += 3;
        return true;
    }
    const bool utf16Bom = size >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
    const bool utf16NoBom = size >= 4 && ((bytes[1] == 0 && bytes[3] == 0) || (bytes[0] == 0 && bytes[2] == 0));
    return !(utf16Bom || utf16NoBom);
}

void CsvReader::detectDelimiter(const char* begin, const char* end)
{
    // Count candidates outside quotes on the header line: exports use ',', local Excel re-saves ';' or tab.
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (const char* p = begin; p < end; ++p) {
        if (*p == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes) {
            commas += *p == ',';
            semicolons += *p == ';';
            tabs += *p == '\t';
        }
    }
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
    m_delimiterKnown = true;
}

CsvReader::Status CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        const bool utf8 = checkEncoding();
        if (m_initialReadFailed)
            return fail(QStringLiteral("read error: %1").arg(m_source.error()), 1, 0);
        if (!utf8)
            return fail(QStringLiteral("the file is UTF-16 text (Excel \"Unicode text\"); save it as CSV UTF-8 "
                                       "and import it again"),
                1, 0);
    }
    if (m_indexing)
        return nextIndexed();
    const Status status = nextScalar();
    if (status == Status::Record && m_delimiterKnown) {
        // The header told the delimiter: from here on records are found by the indexer.
        m_indexing = true;
        m_scanned = m_begin;
        m_indexer.reset(m_delimiter);
    }
    return status;
}

CsvReader::Status CsvReader::nextIndexed()
{
    for (;;) {
        if (m_stopOffset >= 0) {
            const std::int64_t start = nextOffset();
            if (start == m_stopOffset) {
                m_stoppedAtLimit = true;
                return Status::End;
            }
            if (start > m_stopOffset)
                m_stopOffset = -1; // the limit fell inside a record
        }
        switch (assemble()) {
        case Assembly::Record:
            return Status::Record;
        case Assembly::Blank:
            continue;
        case Assembly::NeedMore:
            break;
        }
        if (m_scanned < m_end) {
            scanAvailable();
            continue;
        }
        if (!m_eof) {
            const FillResult result = fill();
            if (result == FillResult::Abandoned)
                return Status::End;
            if (result == FillResult::RecordTooLong || result == FillResult::ReadError)
                return failFill(result);
            continue;
        }
        if (!m_tailScanned) {
            scanTail();
            continue;
        }
        if (m_begin >= m_end)
            return Status::End;
        // The tail was given a final newline, so only an open quote leaves a record without an end.
        return fail(QStringLiteral("a quoted field is not closed before the end of the file"), m_nextLine, 0);
    }
}

void CsvReader::scanAvailable()
{
    m_indexer.scan(m_buffer.data() + m_scanned, m_end - m_scanned, m_bufferOffset + static_cast<std::int64_t>(m_scanned));
    m_scanned = m_end;
}

void CsvReader::scanTail()
{
    // The last record may lack its newline: the end of the data is indexed as if it had one.
    // The newline goes into the slack after the data, where record assembly reads it back.
    m_buffer[m_end] = '\n';
    m_indexer.scan(m_buffer.data() + m_end, 1, m_bufferOffset + static_cast<std::int64_t>(m_end));
    m_tailScanned = true;
}

CsvReader::Assembly CsvReader::assemble()
{
    // Locals, not members, in the loop: stores of the fields could otherwise alias them and force
    // reloads on every field.
    char* const data = m_buffer.data();
    const std::int64_t bufferOffset = m_bufferOffset;
    const auto at = [data, bufferOffset](std::uint64_t offset) { return data + (static_cast<std::int64_t>(offset) - bufferOffset); };
    const std::uint64_t* ends = m_indexer.ends();
    const std::size_t endCount = m_indexer.endCount();
    const auto recordStart = static_cast<std::uint64_t>(nextOffset());
    std::uint64_t fieldStart = recordStart;
    std::vector<std::string_view>& fields = m_fields;
    fields.clear();
    std::size_t i = m_endsRead;
    for (; i < endCount; ++i) {
        const std::uint64_t end = ends[i];
        if (*at(end) == '\n')
            break;
        fields.emplace_back(at(fieldStart), end - fieldStart);
        fieldStart = end + 1;
    }
    if (i == endCount)
        return Assembly::NeedMore;
    const std::uint64_t recordEnd = ends[i];
    m_endsRead = i + 1;

    std::int64_t quotedNewlines = 0;
    bool anomaly = false;
    const std::uint64_t* marks = m_indexer.marks();
    const std::size_t markCount = m_indexer.markCount();
    for (; m_marksRead < markCount && (marks[m_marksRead] >> 1) < recordEnd; ++m_marksRead) {
        if (marks[m_marksRead] & 1)
            anomaly = true;
        else
            ++quotedNewlines;
    }

    std::uint64_t recordStop = recordEnd;
    if (recordStop > recordStart && *at(recordStop - 1) == '\r')
        --recordStop;
    m_recordLine = m_nextLine;
    m_recordBytes = static_cast<std::size_t>(recordStop - recordStart);
    m_nextLine += 1 + quotedNewlines;
    m_begin = std::min(static_cast<std::size_t>(static_cast<std::int64_t>(recordEnd + 1) - bufferOffset), m_end);
    if (recordStop != recordStart) {
        fields.emplace_back(at(fieldStart), recordStop - fieldStart);
        if (!anomaly)
            unquoteFields();
    }
    // The second quotes of this record's doubled quotes: used by unquoteFields(), or not needed.
    const std::uint64_t* drops = m_indexer.drops();
    for (const std::size_t dropCount = m_indexer.dropCount(); m_dropsRead < dropCount && drops[m_dropsRead] < recordEnd;)
        ++m_dropsRead;
    if (recordStop == recordStart)
        return Assembly::Blank;
    if (anomaly)
        splitRecord(at(recordStart), at(recordStop));
    return Assembly::Record;
}

void CsvReader::unquoteFields()
{
    // Quoting is well formed here: a quoted field is "…" with every inner quote doubled, and the
    // indexer listed the second quote of each pair. A field without one is a view of the buffer; the
    // others are copied to a side buffer, sized once per record, without the dropped quotes.
    const std::uint64_t* drops = m_indexer.drops();
    const std::size_t dropCount = m_indexer.dropCount();
    std::size_t d = m_dropsRead;
    char* const data = m_buffer.data();
    const std::int64_t bufferOffset = m_bufferOffset;
    const auto at = [data, bufferOffset](std::uint64_t offset) { return data + (static_cast<std::int64_t>(offset) - bufferOffset); };
    char* out = nullptr;
    for (std::string_view& field : m_fields) {
        if (field.empty() || field.front() != '"')
            continue;
        const char* p = field.data() + 1;
        const char* const end = field.data() + field.size() - 1;
        field = std::string_view(p, static_cast<std::size_t>(end - p));
        if (d == dropCount || at(drops[d]) >= end)
            continue;
        if (!out) {
            const auto recordBytes = static_cast<std::size_t>(m_fields.back().data() + m_fields.back().size() - p);
            if (m_unquoted.size() < recordBytes + kSlackBytes)
                m_unquoted.resize(recordBytes + kSlackBytes);
            out = m_unquoted.data();
        }
        char* const begin = out;
        for (; d < dropCount && at(drops[d]) < end; ++d) {
            const char* quote = at(drops[d]);
            copyWithSlack(out, p, static_cast<std::size_t>(quote - p));
            out += quote - p;
            p = quote + 1;
        }
        copyWithSlack(out, p, static_cast<std::size_t>(end - p));
        out += end - p;
        field = std::string_view(begin, static_cast<std::size_t>(out - begin));
    }
    m_dropsRead = d;
}

} // namespace cloudshift
