#include "csvreader.h"

#include <algorithm>
#include <cstring>

namespace cloudshift {

namespace {
    // Small chunks stay in cache; measured faster than large buffers for line scanning.
    constexpr std::size_t kChunkBytes = 64 * 1024;
} // namespace

CsvReader::CsvReader(ByteSource& source, std::size_t maxRecordBytes)
    : m_source(source)
    , m_maxRecordBytes(maxRecordBytes)
    , m_buffer(kChunkBytes * 4)
{
}

CsvReader::Status CsvReader::fail(const QString& message, std::int64_t line, int column)
{
    m_errorMessage = message;
    m_errorLine = line;
    m_errorColumn = column;
    return Status::Error;
}

CsvReader::FillResult CsvReader::fill()
{
    if (m_eof)
        return FillResult::EndOfData;
    // Move the unconsumed tail to the front before reading more.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_buffer.size() - m_end < kChunkBytes) {
        if (m_buffer.size() >= m_maxRecordBytes + kChunkBytes)
            return FillResult::RecordTooLong;
        m_buffer.resize(std::min(m_buffer.size() * 2, m_maxRecordBytes + 2 * kChunkBytes));
    }
    const std::int64_t n = m_source.read(m_buffer.data() + m_end, static_cast<std::int64_t>(m_buffer.size() - m_end));
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
    for (;;) {
        // Find the end of the record: a newline outside quotes.
        char* const base = m_buffer.data();
        std::size_t pos = m_begin + m_scanOffset;
        bool inQuotes = m_scanInQuotes;
        std::int64_t newlines = m_scanNewlines;
        std::size_t recordEnd = std::string_view::npos;
        while (pos < m_end) {
            if (inQuotes) {
                const void* q = std::memchr(base + pos, '"', m_end - pos);
                const std::size_t stop = q ? static_cast<std::size_t>(static_cast<const char*>(q) - base) : m_end;
                newlines += std::count(base + pos, base + stop, '\n');
                if (!q) {
                    pos = m_end;
                    break;
                }
                pos = stop + 1;
                inQuotes = false;
            } else {
                const char c = base[pos];
                if (c == '\n') {
                    recordEnd = pos;
                    break;
                }
                if (c == '"')
                    inQuotes = true;
                ++pos;
            }
        }

        if (recordEnd == std::string_view::npos) {
            if (!m_eof) {
                m_scanOffset = pos - m_begin;
                m_scanInQuotes = inQuotes;
                m_scanNewlines = newlines;
                switch (fill()) {
                case FillResult::Ok:
                case FillResult::EndOfData:
                    break;
                case FillResult::RecordTooLong:
                    return fail(QStringLiteral("a record is longer than %1 MB, far beyond any Azure export row; "
                                               "the file is not a billing export or is damaged")
                                    .arg(m_maxRecordBytes / (1024 * 1024)),
                        m_nextLine, 0);
                case FillResult::ReadError:
                    return fail(QStringLiteral("read error: %1").arg(m_source.error()), m_nextLine, 0);
                }
                continue;
            }
            if (m_begin == m_end)
                return Status::End;
            if (inQuotes)
                return fail(QStringLiteral("a quoted field is not closed before the end of the file"), m_nextLine, 0);
            recordEnd = m_end; // last record without a final newline
        }

        char* recordBegin = base + m_begin;
        char* recordStop = base + recordEnd;
        if (recordStop > recordBegin && recordStop[-1] == '\r')
            --recordStop;
        m_recordLine = m_nextLine;
        m_nextLine += 1 + newlines;
        m_begin = recordEnd < m_end ? recordEnd + 1 : m_end;
        m_scanOffset = 0;
        m_scanInQuotes = false;
        m_scanNewlines = 0;
        if (recordStop == recordBegin)
            continue; // blank line
        if (!m_delimiterKnown)
            detectDelimiter(recordBegin, recordStop);
        splitRecord(recordBegin, recordStop);
        return Status::Record;
    }
    return Status::End;
}

void CsvReader::splitRecord(char* begin, char* end)
{
    // Unquotes in place: the unescaped text is never longer than the raw text, so writing behind the
    // read position is safe and no field is copied.
    m_fields.clear();
    char* p = begin;
    for (;;) {
        char* fieldStart = p;
        char* out = p;
        if (p < end && *p == '"') {
            ++p;
            while (p < end) {
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        *out++ = '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                *out++ = *p++;
            }
            // Text after the closing quote is kept rather than lost (lenient, as spreadsheet tools are).
            while (p < end && *p != m_delimiter)
                *out++ = *p++;
        } else {
            while (p < end && *p != m_delimiter)
                ++p;
            out = p;
        }
        m_fields.emplace_back(fieldStart, static_cast<std::size_t>(out - fieldStart));
        if (p >= end)
            break;
        ++p; // delimiter
        if (p == end) {
            m_fields.emplace_back(); // trailing delimiter: one more empty field
            break;
        }
    }
}

} // namespace cloudshift
