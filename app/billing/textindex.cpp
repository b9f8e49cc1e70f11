#include "textindex.h"

#include <bit>

namespace cloudshift {

namespace {
    constexpr std::size_t kMinimumSlots = 1024;

    // At most three quarters full: probes stay short.
    std::size_t slotsFor(std::size_t entries)
    {
        std::size_t slots = kMinimumSlots;
        while (entries * 4 > slots * 3)
            slots *= 2;
        return slots;
    }
} // namespace

void TextIndex::insert(std::uint64_t hash, std::uint32_t position)
{
    if ((m_used + 1) * 4 > m_slots.size() * 3)
        rehash(slotsFor(m_used + 1));
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slotOf(tag);
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = (static_cast<std::uint64_t>(tag) << 32) | (static_cast<std::uint64_t>(position) + 1);
    ++m_used;
}

void TextIndex::reserve(std::size_t count)
{
    if (slotsFor(count) > m_slots.size())
        rehash(slotsFor(count));
}

void TextIndex::rehash(std::size_t slotCount)
{
    std::vector<std::uint64_t> old(slotCount, 0);
    old.swap(m_slots);
    m_bits = std::countr_zero(slotCount);
    const std::size_t mask = slotCount - 1;
    for (const std::uint64_t slot : old) {
        if (slot == 0)
            continue;
        std::size_t i = slotOf(static_cast<std::uint32_t>(slot >> 32));
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

void TextIndex::clear()
{
    std::vector<std::uint64_t>().swap(m_slots);
    m_used = 0;
    m_bits = 0;
}

} // namespace cloudshift
