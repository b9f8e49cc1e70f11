#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cloudshift {

/// Finds an entry (a resource) by the hash of its text, in one flat array of 8-byte slots.
///
/// A monthly export of a large estate names some 60,000 resources, each looked up by every row and
/// again when the two halves of a split file merge. A node-based map allocates a node per entry and
/// frees them one by one, which alone took a third of building the result; here the whole index is one
/// allocation. A slot holds the top 32 bits of the hash, which also pick the slot, so growing never
/// hashes a text again, and the entry's position + 1; the text itself is compared by the caller's
/// `matches`, on the entry it reads next anyway.
class TextIndex
{
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    /// The position registered under `hash` that `matches(position)` accepts; kNone when there is none.
    template<typename Matches>
    std::uint32_t find(std::uint64_t hash, Matches&& matches) const
    {
        if (m_slots.empty())
            return kNone;
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = slotOf(tag);; i = (i + 1) & mask) {
            const std::uint64_t slot = m_slots[i];
            if (slot == 0)
                return kNone;
            if (static_cast<std::uint32_t>(slot >> 32) == tag) {
                const auto position = static_cast<std::uint32_t>(slot) - 1;
                if (matches(position))
                    return position;
            }
        }
    }

    /// Registers `position` under `hash`; the caller has found no entry for its text.
    void insert(std::uint64_t hash, std::uint32_t position);
    /// Makes room for `count` entries in all, so that registering them does not grow the array.
    void reserve(std::size_t count);
    std::size_t size() const { return m_used; }
    /// Forgets every entry and frees the array.
    void clear();

private:
    std::size_t slotOf(std::uint32_t tag) const { return static_cast<std::size_t>(tag >> (32 - m_bits)); }
    void rehash(std::size_t slotCount);

    std::vector<std::uint64_t> m_slots; ///< 0 when empty, else (tag << 32) | (position + 1)
    std::size_t m_used = 0;
    int m_bits = 0; ///< log2 of the slot count
};

} // namespace cloudshift
