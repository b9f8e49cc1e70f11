#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cloudshift {

/// Finds the structure of CSV text 64 bytes at a time, for CsvReader.
///
/// Each block of 64 bytes becomes bit masks (quotes, delimiters, newlines, carriage returns), and bit
/// arithmetic on the masks gives, in one pass: the ends of fields and records outside quotes, the
/// newlines inside quotes (records span lines), the second quote of each doubled quote (dropped when a
/// field is unquoted), and "anomalies", quotes that a lenient field splitter reads differently from the
/// quote-toggling rule used to find the ends (a quote inside an unquoted field, text after a closing
/// quote). A record with an anomaly is split again the slow, lenient way, so the fast path never changes
/// what a record contains.
///
/// Positions are offsets in the stream of bytes given to scan(), not addresses, so the caller may move
/// or refill its buffer between calls. The scalar classifier gives the same masks on any CPU; SSE2 is
/// baseline on x86-64 and AVX2 is used where the CPU has it.
class CsvIndexer
{
public:
    enum class Engine { Scalar, Sse2, Avx2 };
    static constexpr std::size_t kBlockBytes = 64;

    /// The fastest engine this CPU runs.
    static Engine bestEngine();
    static bool available(Engine engine);

    explicit CsvIndexer(Engine engine = bestEngine());

    /// Starts afresh at the start of a record, outside quotes; forgets everything found so far.
    void reset(char delimiter);

    /// Classifies `bytes` bytes at `data`, the bytes at stream offset `offset`, which must follow the
    /// previously scanned bytes. Any length may be given: the state after a partial block is exact.
    void scan(const char* data, std::size_t bytes, std::int64_t offset);

    /// Offsets of field ends outside quotes, in stream order: a delimiter, or a newline for a record end.
    const std::uint64_t* ends() const { return m_ends.data(); }
    std::size_t endCount() const { return m_endCount; }
    /// Rarer marks, in stream order: (offset << 1) | 1 for an anomaly, (offset << 1) for a newline inside
    /// quotes.
    const std::uint64_t* marks() const { return m_marks.data(); }
    std::size_t markCount() const { return m_marks.size(); }
    /// Offsets of the second quote of each doubled quote inside quotes, in stream order.
    const std::uint64_t* drops() const { return m_drops.data(); }
    std::size_t dropCount() const { return m_dropCount; }
    /// Forgets the first entries of each list, which the caller has used.
    void consume(std::size_t ends, std::size_t marks, std::size_t drops);

    bool insideQuotes() const { return m_carries.inside != 0; }
    Engine engine() const { return m_engine; }

    /// What one block passes to the next.
    struct Carries
    {
        std::uint64_t inside = 0; ///< all ones when the previous block ended inside quotes
        std::uint64_t fieldStart = 1; ///< 1 when the next block starts a field
        std::uint64_t close = 0; ///< 1 when the previous block ended with a closing quote
        std::uint64_t crPending = 0; ///< 1 when the previous block ended with "\r" after a closing quote
    };
    /// One block classified: bit i stands for byte i.
    struct Masks
    {
        std::uint64_t quote = 0, delimiter = 0, newline = 0, carriageReturn = 0;
    };

private:
    struct Cursor;
    static void indexBlock(Cursor& cursor, std::vector<std::uint64_t>& marks, const Masks& masks, std::uint64_t offset,
        int bytes);
    Cursor open(std::size_t blocks);
    void close(const Cursor& cursor);
    void scanScalar(const char* data, std::size_t blocks, std::int64_t offset);
    void scanSse2(const char* data, std::size_t blocks, std::int64_t offset);
    void scanAvx2(const char* data, std::size_t blocks, std::int64_t offset);

    Engine m_engine;
    char m_delimiter = ',';
    Carries m_carries;
    // Allocated ahead so a block appends without checks: the counts say how much is valid.
    std::vector<std::uint64_t> m_ends;
    std::size_t m_endCount = 0;
    std::vector<std::uint64_t> m_drops;
    std::size_t m_dropCount = 0;
    std::vector<std::uint64_t> m_marks;
};

} // namespace cloudshift
