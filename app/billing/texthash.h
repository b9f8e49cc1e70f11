#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace cloudshift {

/// ASCII letters of eight bytes lower-cased at once; other bytes, UTF-8 included, are left alone.
constexpr std::uint64_t lowerAscii8(std::uint64_t word)
{
    constexpr std::uint64_t high = 0x8080808080808080ULL;
    const std::uint64_t low7 = word & ~high;
    const std::uint64_t atLeastA = low7 + 0x3F3F3F3F3F3F3F3FULL; // sets a byte's top bit from 'A' up
    const std::uint64_t aboveZ = low7 + 0x2525252525252525ULL; // ... and from '[' up
    return word | (((atLeastA & ~aboveZ & ~word) & high) >> 2);
}

/// A fast hash of bytes for the import's lookup tables (resource ids run to 150 bytes on every row).
///
/// Two 8-byte lanes are mixed by multiplication, so a long text costs a few cycles per 16 bytes, and a
/// final avalanche spreads every input bit over the low bits that pick a bucket. Several texts may be
/// added to one hash (a meter is six fields). Not meant for adversarial input: keys come from one file.
class TextHasher
{
public:
    TextHasher& add(std::string_view text) { return addWords(text, [](std::uint64_t word) { return word; }); }
    /// Adds the text with ASCII letters lower-cased, for keys compared without case.
    TextHasher& addFolded(std::string_view text) { return addWords(text, lowerAscii8); }

    std::uint64_t finish() const
    {
        std::uint64_t h = m_a ^ (m_b >> 29) ^ (m_b << 35);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 33;
        return h;
    }

private:
    template <typename Fold>
    TextHasher& addWords(std::string_view text, Fold fold)
    {
        // Fixed-size loads only, overlapping at the end: no call to copy a variable-length tail.
        const char* p = text.data();
        const std::size_t n = text.size();
        std::uint64_t x = 0, y = 0;
        if (n > 16) {
            for (std::size_t i = 0; i + 16 < n; i += 16)
                mix(fold(load<std::uint64_t>(p + i)), fold(load<std::uint64_t>(p + i + 8)));
            x = load<std::uint64_t>(p + n - 16);
            y = load<std::uint64_t>(p + n - 8);
        } else if (n >= 8) {
            x = load<std::uint64_t>(p);
            y = load<std::uint64_t>(p + n - 8);
        } else if (n >= 4) {
            x = load<std::uint32_t>(p);
            y = load<std::uint32_t>(p + n - 4);
        } else if (n > 0) {
            x = static_cast<unsigned char>(p[0]) | (std::uint64_t(static_cast<unsigned char>(p[n / 2])) << 8)
                | (std::uint64_t(static_cast<unsigned char>(p[n - 1])) << 16);
        }
        m_a ^= n;
        mix(fold(x), fold(y));
        return *this;
    }

    template <typename Word>
    static std::uint64_t load(const char* p)
    {
        Word word;
        std::memcpy(&word, p, sizeof word);
        return word;
    }
    void mix(std::uint64_t x, std::uint64_t y)
    {
        m_a = (m_a ^ x) * k1;
        m_b = (m_b ^ y) * k2;
    }

    static constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ULL;
    static constexpr std::uint64_t k2 = 0xC2B2AE3D27D4EB4FULL;
    std::uint64_t m_a = k1;
    std::uint64_t m_b = k2;
};

inline std::uint64_t hashBytes(std::string_view text)
{
    return TextHasher().add(text).finish();
}

/// Hash functor for unordered containers keyed by text.
struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return static_cast<std::size_t>(hashBytes(text)); }
};

} // namespace cloudshift
