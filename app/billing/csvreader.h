#pragma once

#include "billing/bytesource.h"

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace cloudshift {

/// Streaming RFC 4180 reader for Azure exports.
///
/// Reads the source in small chunks and hands out one record at a time as string views into its own
/// buffer (valid until the next call). Handles a UTF-8 BOM, LF and CRLF, quoted fields with embedded
/// delimiters, doubled quotes and newlines, and detects the delimiter (',' ';' or tab) from the header
/// line. A record larger than maxRecordBytes is refused instead of growing memory without bound.
class CsvReader
{
public:
    enum class Status { Record, End, Error };

    explicit CsvReader(ByteSource& source, std::size_t maxRecordBytes = 64 * 1024 * 1024);

    /// Reads the next non-blank record into fields().
    Status next();

    const std::vector<std::string_view>& fields() const { return m_fields; }
    /// 1-based physical line where the current record starts (a quoted newline makes records span lines).
    std::int64_t recordLine() const { return m_recordLine; }
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_hadBom; }

    /// Set when next() returned Error: what went wrong, at which line and column (1-based field).
    const QString& errorMessage() const { return m_errorMessage; }
    std::int64_t errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    enum class FillResult { Ok, EndOfData, RecordTooLong, ReadError };
    FillResult fill();
    bool checkEncoding();
    void detectDelimiter(const char* begin, const char* end);
    void splitRecord(char* begin, char* end);
    Status fail(const QString& message, std::int64_t line, int column);

    ByteSource& m_source;
    std::size_t m_maxRecordBytes;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0; ///< start of the unconsumed data
    std::size_t m_end = 0; ///< end of the valid data
    bool m_eof = false;
    bool m_started = false;
    bool m_hadBom = false;
    bool m_initialReadFailed = false;
    char m_delimiter = ',';
    bool m_delimiterKnown = false;

    // Scan state of the record being assembled, kept across refills so a huge record is scanned once.
    std::size_t m_scanOffset = 0;
    bool m_scanInQuotes = false;
    std::int64_t m_scanNewlines = 0;

    std::int64_t m_nextLine = 1;
    std::int64_t m_recordLine = 0;
    std::vector<std::string_view> m_fields;

    QString m_errorMessage;
    std::int64_t m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace cloudshift
