#include "csvreader.h"

#include <algorithm>
#include <cstring>

namespace cloudshift {

// The lenient path of the reader, one byte at a time: it reads the header (before the delimiter is
// known) and splits the records whose quoting the indexer found not well formed. Its rules are the
// reference the indexed path is tested against.

CsvReader::Status CsvReader::nextScalar()
{
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
                const FillResult result = fill();
                if (result == FillResult::Abandoned)
                    return Status::End;
                if (result == FillResult::RecordTooLong || result == FillResult::ReadError)
                    return failFill(result);
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
        m_recordBytes = static_cast<std::size_t>(recordStop - recordBegin);
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
