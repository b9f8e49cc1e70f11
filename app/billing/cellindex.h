#pragma once

#include "billing/cellstore.h"

#include <cstdint>
#include <vector>

namespace cloudshift {

/// Finds the cost cell of a resource × meter × month among the aggregator's cells.
///
/// A monthly export of a large estate holds about a million cells, each looked up again by the rows of
/// later days. Open addressing in one flat array of 8-byte slots (part of the key's hash, and the
/// cell's position) means no allocation per cell, a third of the memory of a node-based map, and one
/// cache miss per lookup: the full key is compared on the cell itself, which the caller reads next.
class CellIndex
{
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    /// The position of the cell for (resource, meter, month) in `cells`; when there is none, registers
    /// `cells.size()` for it and returns that (the caller appends the cell).
    std::uint32_t findOrAdd(std::uint32_t resource, std::uint32_t meter, int month, const CellStore& cells);
    /// Start loading what findOrAdd() for the same key reads, for loops that know their keys ahead: the
    /// slot, and some keys later, once the slot is in cache, the cell it names. Neither changes anything.
    void prefetchSlot(std::uint32_t resource, std::uint32_t meter, int month) const;
    void prefetchCell(std::uint32_t resource, std::uint32_t meter, int month, const CellStore& cells) const;
    /// Makes room for `count` cells in all, `cells` being those registered so far, so that registering
    /// the rest does not grow the array again (a merge knows how many may come).
    void reserve(std::size_t count, const CellStore& cells);
    void clear();

private:
    static std::uint64_t mix(std::uint32_t resource, std::uint32_t meter, int month);
    void grow(const CellStore& cells) { rehash(m_slots.empty() ? 1024 : m_slots.size() * 2, cells); }
    void rehash(std::size_t slotCount, const CellStore& cells);

    std::vector<std::uint64_t> m_slots; ///< 0 when empty, else (hash tag << 32) | (position + 1)
    std::size_t m_used = 0;
    int m_shift = 64; ///< a hash's top bits pick the slot: 64 - log2(slot count)
};

} // namespace cloudshift
