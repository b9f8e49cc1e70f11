#include "csvindexer.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define CLOUDSHIFT_X86_DISPATCH 1
#endif

// The per-block work is small; it must be inlined into each engine's loop to pay off.
#if defined(__GNUC__)
#define CLOUDSHIFT_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define CLOUDSHIFT_ALWAYS_INLINE inline
#endif

namespace cloudshift {

namespace {

    using Masks = CsvIndexer::Masks;

    // Bit i of the result is the parity of the set bits 0..i: a quote at i opens or closes, so the
    // parity says whether byte i lies inside quotes (the opening quote counts as inside).
    CLOUDSHIFT_ALWAYS_INLINE std::uint64_t prefixXor(std::uint64_t bits)
    {
        bits ^= bits << 1;
        bits ^= bits << 2;
        bits ^= bits << 4;
        bits ^= bits << 8;
        bits ^= bits << 16;
        bits ^= bits << 32;
        return bits;
    }

    // The index of the lowest set bit. Past the last set bit the value does not matter (emit() writes
    // it to scratch entries). std::countr_zero must return 64 for zero, which GCC implements with a
    // branch per entry, and the builtin is undefined for zero; setting the top bit keeps the builtin
    // defined without changing the answer for any non-zero input.
    CLOUDSHIFT_ALWAYS_INLINE std::uint64_t lowestBit(std::uint64_t bits)
    {
        constexpr std::uint64_t kTopBit = std::uint64_t(1) << 63;
#if defined(__GNUC__)
        return static_cast<std::uint64_t>(__builtin_ctzll(bits | kTopBit));
#else
        return static_cast<std::uint64_t>(std::countr_zero(bits | kTopBit));
#endif
    }

    // Writes the offset of each set bit, eight at a time: most blocks have fewer, and a fixed count
    // avoids a mispredicted loop exit per block. The caller keeps 64 free entries; those past the
    // count are scratch.
    CLOUDSHIFT_ALWAYS_INLINE std::uint64_t* emit(std::uint64_t* out, std::uint64_t bits, std::uint64_t offset)
    {
        const int count = std::popcount(bits);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#endif
        for (int k = 0; k < 8; ++k) {
            out[k] = offset + lowestBit(bits);
            bits &= bits - 1;
        }
        for (int k = 8; k < count; ++k) {
            out[k] = offset + lowestBit(bits);
            bits &= bits - 1;
        }
        return out + count;
    }

    // Blocks indexed between two checks of the room left in the lists.
    constexpr std::size_t kBatchBlocks = 64;

    CLOUDSHIFT_ALWAYS_INLINE Masks classifyScalar(const char* block, char delimiter)
    {
        Masks masks;
        for (std::size_t i = 0; i < CsvIndexer::kBlockBytes; ++i) {
            const std::uint64_t bit = std::uint64_t(1) << i;
            const char c = block[i];
            masks.quote |= c == '"' ? bit : 0;
            masks.delimiter |= c == delimiter ? bit : 0;
            masks.newline |= c == '\n' ? bit : 0;
            masks.carriageReturn |= c == '\r' ? bit : 0;
        }
        return masks;
    }

#if defined(__SSE2__)
    // The four bytes looked for, broadcast once per scan.
    struct Sse2Patterns
    {
        __m128i quote, delimiter, newline, carriageReturn;
        explicit Sse2Patterns(char separator)
            : quote(_mm_set1_epi8('"'))
            , delimiter(_mm_set1_epi8(separator))
            , newline(_mm_set1_epi8('\n'))
            , carriageReturn(_mm_set1_epi8('\r'))
        {
        }
    };

    CLOUDSHIFT_ALWAYS_INLINE std::uint64_t sse2Bits(const __m128i (&bytes)[4], __m128i wanted)
    {
        std::uint64_t bits = 0;
        for (int part = 0; part < 4; ++part) {
            const auto mask = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes[part], wanted)));
            bits |= static_cast<std::uint64_t>(mask) << (16 * part);
        }
        return bits;
    }

    CLOUDSHIFT_ALWAYS_INLINE Masks classifySse2(const char* block, const Sse2Patterns& patterns)
    {
        const __m128i bytes[4] = {_mm_loadu_si128(reinterpret_cast<const __m128i*>(block)),
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16)),
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 32)),
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 48))};
        Masks masks;
        masks.quote = sse2Bits(bytes, patterns.quote);
        masks.delimiter = sse2Bits(bytes, patterns.delimiter);
        masks.newline = sse2Bits(bytes, patterns.newline);
        masks.carriageReturn = sse2Bits(bytes, patterns.carriageReturn);
        return masks;
    }
#endif

#if defined(CLOUDSHIFT_X86_DISPATCH)
    struct Avx2Patterns
    {
        __m256i quote, delimiter, newline, carriageReturn;
    };

    __attribute__((target("avx2"))) CLOUDSHIFT_ALWAYS_INLINE Avx2Patterns avx2Patterns(char separator)
    {
        return Avx2Patterns{_mm256_set1_epi8('"'), _mm256_set1_epi8(separator), _mm256_set1_epi8('\n'), _mm256_set1_epi8('\r')};
    }

    __attribute__((target("avx2"))) CLOUDSHIFT_ALWAYS_INLINE std::uint64_t avx2Bits(__m256i low, __m256i high, __m256i wanted)
    {
        const auto lowBits = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(low, wanted)));
        const auto highBits = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(high, wanted)));
        return static_cast<std::uint64_t>(lowBits) | (static_cast<std::uint64_t>(highBits) << 32);
    }

    __attribute__((target("avx2"))) CLOUDSHIFT_ALWAYS_INLINE Masks classifyAvx2(const char* block, const Avx2Patterns& patterns)
    {
        const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block));
        const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block + 32));
        Masks masks;
        masks.quote = avx2Bits(low, high, patterns.quote);
        masks.delimiter = avx2Bits(low, high, patterns.delimiter);
        masks.newline = avx2Bits(low, high, patterns.newline);
        masks.carriageReturn = avx2Bits(low, high, patterns.carriageReturn);
        return masks;
    }
#endif

} // namespace

CsvIndexer::Engine CsvIndexer::bestEngine()
{
    if (available(Engine::Avx2))
        return Engine::Avx2;
    return available(Engine::Sse2) ? Engine::Sse2 : Engine::Scalar;
}

bool CsvIndexer::available(Engine engine)
{
    switch (engine) {
    case Engine::Scalar:
        return true;
    case Engine::Sse2:
#if defined(__SSE2__)
        return true;
#else
        return false;
#endif
    case Engine::Avx2:
#if defined(CLOUDSHIFT_X86_DISPATCH)
        return __builtin_cpu_supports("avx2");
#else
        return false;
#endif
    }
    return false;
}

CsvIndexer::CsvIndexer(Engine engine)
    : m_engine(available(engine) ? engine : Engine::Scalar)
    , m_ends(kBatchBlocks * kBlockBytes)
    , m_drops(kBatchBlocks * kBlockBytes)
{
}

void CsvIndexer::reset(char delimiter)
{
    m_delimiter = delimiter;
    m_carries = Carries();
    m_endCount = 0;
    m_dropCount = 0;
    m_marks.clear();
}

void CsvIndexer::consume(std::size_t ends, std::size_t marks, std::size_t drops)
{
    std::copy(m_ends.begin() + static_cast<std::ptrdiff_t>(ends), m_ends.begin() + static_cast<std::ptrdiff_t>(m_endCount),
        m_ends.begin());
    m_endCount -= ends;
    std::copy(m_drops.begin() + static_cast<std::ptrdiff_t>(drops),
        m_drops.begin() + static_cast<std::ptrdiff_t>(m_dropCount), m_drops.begin());
    m_dropCount -= drops;
    m_marks.erase(m_marks.begin(), m_marks.begin() + static_cast<std::ptrdiff_t>(marks));
}

// The scan loop's state in locals, so the compiler keeps it in registers instead of reloading members
// after every store to the lists.
struct CsvIndexer::Cursor
{
    Carries carries;
    std::uint64_t* ends = nullptr;
    std::uint64_t* drops = nullptr;
};

CsvIndexer::Cursor CsvIndexer::open(std::size_t blocks)
{
    // A block adds at most 64 entries to each list.
    const std::size_t room = blocks * kBlockBytes;
    if (m_ends.size() < m_endCount + room)
        m_ends.resize(std::max(m_ends.size() * 2, m_endCount + room));
    if (m_drops.size() < m_dropCount + room)
        m_drops.resize(std::max(m_drops.size() * 2, m_dropCount + room));
    return Cursor{m_carries, m_ends.data() + m_endCount, m_drops.data() + m_dropCount};
}

void CsvIndexer::close(const Cursor& cursor)
{
    m_carries = cursor.carries;
    m_endCount = static_cast<std::size_t>(cursor.ends - m_ends.data());
    m_dropCount = static_cast<std::size_t>(cursor.drops - m_drops.data());
}

CLOUDSHIFT_ALWAYS_INLINE void CsvIndexer::indexBlock(
    Cursor& cursor, std::vector<std::uint64_t>& marks, const Masks& masks, std::uint64_t offset, int bytes)
{
    // Carries come from the last byte given, so a partial block continues exactly where the next
    // scan starts; the padding after it is zero bytes, which match nothing.
    Carries& carry = cursor.carries;
    const int last = bytes - 1;
    const std::uint64_t valid = bytes == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << bytes) - 1;
    const std::uint64_t inside = (prefixXor(masks.quote) ^ carry.inside) & valid;
    carry.inside = std::uint64_t(0) - ((inside >> last) & 1);
    const std::uint64_t structural = (masks.delimiter | masks.newline) & ~inside;
    const std::uint64_t fieldStart = (structural << 1) | carry.fieldStart;
    carry.fieldStart = (structural >> last) & 1;
    cursor.ends = emit(cursor.ends, structural, offset);

    // Well-formed quoting, the only kind the fast path may split: a quote opens a field or follows a
    // closing quote (a doubled quote, whose second quote is dropped), and a closing quote is followed by
    // a field end, a doubled quote or "\r\n". Anything else is marked so the record is split by the
    // lenient rules instead.
    std::uint64_t anomalies = 0;
    if ((masks.quote | carry.close | carry.crPending) != 0) {
        const std::uint64_t opening = masks.quote & inside;
        const std::uint64_t closing = masks.quote & ~inside;
        const std::uint64_t afterClose = ((closing << 1) | carry.close) & valid;
        carry.close = (closing >> last) & 1;
        const std::uint64_t crAfterClose = afterClose & masks.carriageReturn;
        anomalies = (opening & ~fieldStart & ~afterClose) | (afterClose & ~(structural | opening | masks.carriageReturn))
            | (crAfterClose & ~(masks.newline >> 1) & ~(std::uint64_t(1) << last)) | (carry.crPending & ~masks.newline & 1);
        carry.crPending = (crAfterClose >> last) & 1;
        cursor.drops = emit(cursor.drops, opening & afterClose, offset);
    }
    for (std::uint64_t bits = (masks.newline & inside) | anomalies; bits != 0; bits &= bits - 1) {
        const int i = std::countr_zero(bits);
        marks.push_back(((offset + static_cast<std::uint64_t>(i)) << 1) | ((anomalies >> i) & 1));
    }
}

void CsvIndexer::scanScalar(const char* data, std::size_t blocks, std::int64_t offset)
{
    const char delimiter = m_delimiter;
    for (std::size_t done = 0; done < blocks; done += kBatchBlocks) {
        const std::size_t end = std::min(blocks, done + kBatchBlocks);
        Cursor cursor = open(end - done);
        for (std::size_t b = done; b < end; ++b)
            indexBlock(cursor, m_marks, classifyScalar(data + b * kBlockBytes, delimiter),
                static_cast<std::uint64_t>(offset) + b * kBlockBytes, 64);
        close(cursor);
    }
}

void CsvIndexer::scanSse2(const char* data, std::size_t blocks, std::int64_t offset)
{
#if defined(__SSE2__)
    const Sse2Patterns patterns(m_delimiter);
    for (std::size_t done = 0; done < blocks; done += kBatchBlocks) {
        const std::size_t end = std::min(blocks, done + kBatchBlocks);
        Cursor cursor = open(end - done);
        for (std::size_t b = done; b < end; ++b)
            indexBlock(cursor, m_marks, classifySse2(data + b * kBlockBytes, patterns),
                static_cast<std::uint64_t>(offset) + b * kBlockBytes, 64);
        close(cursor);
    }
#else
    scanScalar(data, blocks, offset);
#endif
}

#if defined(CLOUDSHIFT_X86_DISPATCH)
__attribute__((target("avx2,popcnt,bmi"))) void CsvIndexer::scanAvx2(const char* data, std::size_t blocks, std::int64_t offset)
{
    const Avx2Patterns patterns = avx2Patterns(m_delimiter);
    for (std::size_t done = 0; done < blocks; done += kBatchBlocks) {
        const std::size_t end = std::min(blocks, done + kBatchBlocks);
        Cursor cursor = open(end - done);
        for (std::size_t b = done; b < end; ++b)
            indexBlock(cursor, m_marks, classifyAvx2(data + b * kBlockBytes, patterns),
                static_cast<std::uint64_t>(offset) + b * kBlockBytes, 64);
        close(cursor);
    }
}
#else
void CsvIndexer::scanAvx2(const char* data, std::size_t blocks, std::int64_t offset)
{
    scanSse2(data, blocks, offset);
}
#endif

void CsvIndexer::scan(const char* data, std::size_t bytes, std::int64_t offset)
{
    const std::size_t blocks = bytes / kBlockBytes;
    switch (m_engine) {
    case Engine::Avx2:
        scanAvx2(data, blocks, offset);
        break;
    case Engine::Sse2:
        scanSse2(data, blocks, offset);
        break;
    case Engine::Scalar:
        scanScalar(data, blocks, offset);
        break;
    }
    const std::size_t rest = bytes % kBlockBytes;
    if (rest == 0)
        return;
    // A partial block (end of a chunk or of the data) is rare: classified byte by byte.
    char block[kBlockBytes] = {};
    std::memcpy(block, data + blocks * kBlockBytes, rest);
    Cursor cursor = open(1);
    indexBlock(cursor, m_marks, classifyScalar(block, m_delimiter), static_cast<std::uint64_t>(offset) + blocks * kBlockBytes,
        static_cast<int>(rest));
    close(cursor);
}

} // namespace cloudshift
