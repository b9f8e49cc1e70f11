#include "cellindex.h"

#include "billing/freedmemory.h"

#include <bit>

namespace cloudshift {

std::uint64_t CellIndex::mix(std::uint32_t resource, std::uint32_t meter, int month)
{
    std::uint64_t h = (static_cast<std::uint64_t>(resource) << 32) ^ (static_cast<std::uint64_t>(meter) << 12)
        ^ static_cast<std::uint32_t>(month);
    h ^= h >> 31;
    h *= 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    return h;
}

std::uint32_t CellIndex::findOrAdd(std::uint32_t resource, std::uint32_t meter, int month, const CellStore& cells)
{
    if ((m_used + 1) * 4 > m_slots.size() * 3)
        grow(cells);
    const std::uint64_t h = mix(resource, meter, month);
    const std::uint64_t tag = h << 32;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h >> m_shift);; i = (i + 1) & mask) {
        const std::uint64_t slot = m_slots[i];
        if (slot == 0) {
            const auto position = static_cast<std::uint32_t>(cells.size());
            m_slots[i] = tag | (static_cast<std::uint64_t>(position) + 1);
            ++m_used;
            return position;
        }
        if ((slot & 0xFFFFFFFF00000000ULL) == tag) {
            const auto position = static_cast<std::uint32_t>(slot - tag - 1);
            const CostCell& cell = cells[position];
            if (cell.resource == resource && cell.meter == meter && cell.month == month)
                return position;
        }
    }
}

void CellIndex::prefetchSlot(std::uint32_t resource, std::uint32_t meter, int month) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[static_cast<std::size_t>(mix(resource, meter, month) >> m_shift)]);
}

void CellIndex::prefetchCell(std::uint32_t resource, std::uint32_t meter, int month, const CellStore& cells) const
{
    if (m_slots.empty())
        return;
    const std::uint64_t h = mix(resource, meter, month);
    const std::uint64_t slot = m_slots[static_cast<std::size_t>(h >> m_shift)];
    if (slot != 0 && (slot & 0xFFFFFFFF00000000ULL) == h << 32)
        __builtin_prefetch(&cells[static_cast<std::size_t>(slot - (h << 32) - 1)]);
}

void CellIndex::reserve(std::size_t count, const CellStore& cells)
{
    std::size_t size = m_slots.empty() ? 1024 : m_slots.size();
    while (count * 4 > size * 3)
        size *= 2;
    if (size > m_slots.size())
        rehash(size, cells);
}

void CellIndex::rehash(std::size_t size, const CellStore& cells)
{
    // A fresh array rather than assign(): the old one is not needed, and the new one is advised before
    // it is first written.
    std::vector<std::uint64_t> slots;
    slots.reserve(size);
    adviseHugePages(slots.data(), size * sizeof(std::uint64_t));
    slots.resize(size, 0);
    m_slots.swap(slots); // the old array goes with `slots`
    m_shift = 64 - std::countr_zero(size);
    const std::size_t mask = size - 1;
    // Every registered cell is in `cells` by now: the caller appends before the next lookup.
    for (std::size_t position = 0; position < cells.size(); ++position) {
        const CostCell& cell = cells[position];
        const std::uint64_t h = mix(cell.resource, cell.meter, cell.month);
        std::size_t i = static_cast<std::size_t>(h >> m_shift);
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = (h << 32) | (static_cast<std::uint64_t>(position) + 1);
    }
}

void CellIndex::clear()
{
    std::vector<std::uint64_t>().swap(m_slots);
    m_used = 0;
    m_shift = 64;
}

} // namespace cloudshift
