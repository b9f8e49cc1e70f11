#pragma once

#include "billing/bytesource.h"
#include "billing/csvindexer.h"

#include <QString>

#include <atomic>
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
///
/// After the header, records are found by CsvIndexer 64 bytes at a time; records whose quoting is not
/// well formed are split by the same lenient rules as the header, so both give the same fields.
class CsvReader
{
public:
    enum class Status { Record, End, Error };

    /// Where a reader that starts in the middle of a file picks up: the delimiter found in the header,
    /// the stream offset of the first byte the source delivers, and the line number of that byte.
    struct Resume
    {
        char delimiter = ',';
        std::int64_t offset = 0;
        std::int64_t line = 1;
    };

    explicit CsvReader(ByteSource& source, std::size_t maxRecordBytes = 64 * 1024 * 1024,
        CsvIndexer::Engine engine = CsvIndexer::bestEngine());
    /// Reads from a source positioned at a record start after the header: no BOM or encoding check.
    CsvReader(ByteSource& source, const Resume& resume, std::size_t maxRecordBytes = 64 * 1024 * 1024);

    /// Reads the next non-blank record into fields().
    Status next();

    const std::vector<std::string_view>& fields() const { return m_fields; }
    /// 1-based physical line where the current record starts (a quoted newline makes records span lines).
    std::int64_t recordLine() const { return m_recordLine; }
    char delimiter() const { return m_delimiter; }
    /// Bytes of the current record as written in the file (quotes and delimiters included).
    std::size_t recordBytes() const { return m_recordBytes; }
    std::size_t maxRecordBytes() const { return m_maxRecordBytes; }
    bool hadByteOrderMark() const { return m_hadBom; }

    /// Set when next() returned Error: what went wrong, at which line and column (1-based field).
    const QString& errorMessage() const { return m_errorMessage; }
    std::int64_t errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    /// Stream offset of the first byte not yet handed out, and the line it is on.
    std::int64_t nextOffset() const { return m_bufferOffset + static_cast<std::int64_t>(m_begin); }
    std::int64_t nextLine() const { return m_nextLine; }

    /// Makes next() return End, instead of a record, when a record starts exactly at `offset`; a record
    /// that spans the offset is read as usual and the limit is dropped. See stoppedAtLimit().
    void setStopOffset(std::int64_t offset) { m_stopOffset = offset; }
    bool stoppedAtLimit() const { return m_stoppedAtLimit; }
    /// When the flag turns true, next() returns End at its next refill (another thread gave up on us).
    void setAbandonFlag(const std::atomic_bool* flag) { m_abandon = flag; }

private:
    enum class FillResult { Ok, EndOfData, RecordTooLong, ReadError, Abandoned };
    enum class Assembly { Record, Blank, NeedMore };
    FillResult fill();
    bool checkEncoding();
    void detectDelimiter(const char* begin, const char* end);
    Status nextScalar();
    Status nextIndexed();
    Assembly assemble();
    void scanAvailable();
    void scanTail();
    void unquoteFields();
    void splitRecord(char* begin, char* end);
    Status fail(const QString& message, std::int64_t line, int column);
    Status failFill(FillResult result);
    int columnOfOpenRecord() const;
    char* at(std::uint64_t offset) { return m_buffer.data() + (static_cast<std::int64_t>(offset) - m_bufferOffset); }

    ByteSource& m_source;
    std::size_t m_maxRecordBytes;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0; ///< start of the unconsumed data
    std::size_t m_end = 0; ///< end of the valid data
    std::int64_t m_bufferOffset = 0; ///< stream offset of m_buffer[0]
    bool m_eof = false;
    bool m_started = false;
    bool m_hadBom = false;
    bool m_initialReadFailed = false;
    char m_delimiter = ',';
    bool m_delimiterKnown = false;

    // Scan state of the record being assembled by the scalar path, kept across refills so a huge
    // record is scanned once.
    std::size_t m_scanOffset = 0;
    bool m_scanInQuotes = false;
    std::int64_t m_scanNewlines = 0;

    // Indexed path: bytes up to m_scanned are classified; the end of the data is classified once.
    CsvIndexer m_indexer;
    bool m_indexing = false;
    std::size_t m_scanned = 0;
    bool m_tailScanned = false;
    std::size_t m_endsRead = 0; ///< field ends and marks of the index already handed out
    std::size_t m_marksRead = 0;
    std::size_t m_dropsRead = 0;

    std::int64_t m_stopOffset = -1;
    bool m_stoppedAtLimit = false;
    const std::atomic_bool* m_abandon = nullptr;

    std::int64_t m_nextLine = 1;
    std::int64_t m_recordLine = 0;
    std::size_t m_recordBytes = 0;
    std::vector<std::string_view> m_fields;
    std::vector<char> m_unquoted; ///< unquoted text of the current record's quoted fields

    QString m_errorMessage;
    std::int64_t m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace cloudshift
