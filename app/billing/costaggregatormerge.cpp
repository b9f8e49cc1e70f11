#include "costaggregator.h"

// Merging the aggregator of a later part of the input into this one, as if one had read both.

namespace cloudshift {

void CostAggregator::mergeResource(ResourceState& into, const ResourceState& from, const StringPool& fromPool)
{
    // First-seen attributes stay; the later part holds the newer tags, and VM facts when the earlier
    // part had none. The Windows flag follows the rows after the VM facts, as add() counts them.
    if (const std::string_view tags = fromPool.view(from.tags); !tags.empty())
        into.tags = m_pool.intern(tags);
    if (into.vmInfoRead) {
        into.windowsSinceInfo = into.windowsSinceInfo || from.windowsAnyRow;
    } else if (from.vmInfoRead) {
        into.vmInfoRead = true;
        into.vmSize = m_pool.intern(fromPool.view(from.vmSize));
        into.vcpus = from.vcpus;
        into.hybridBenefit = from.hybridBenefit;
        into.windowsImage = from.windowsImage;
        into.windowsSinceInfo = from.windowsSinceInfo;
    } else {
        into.windowsSinceInfo = into.windowsSinceInfo || from.windowsSinceInfo;
    }
    into.windowsAnyRow = into.windowsAnyRow || from.windowsAnyRow;
}

void CostAggregator::merge(CostAggregator&& later, std::int64_t lineOffset)
{
    // Later's indexes are not needed to merge (its cells are read in order): free them before this
    // aggregator's indexes grow.
    later.m_resourceIndex.clear();
    later.m_cellIndex.clear();

    std::vector<std::uint32_t> meterMap;
    meterMap.reserve(later.m_meterStates.size());
    for (std::size_t i = 0; i < later.m_meterStates.size(); ++i) {
        const MeterKey& key = later.m_meterStates[i].key;
        const auto it = m_meterIndex.find(key);
        meterMap.push_back(it != m_meterIndex.end() ? it->second : addMeter(key, std::move(later.m_meters[i])));
    }
    std::vector<std::uint32_t> resourceMap;
    resourceMap.reserve(later.m_resources.size());
    const StringPool& pool = later.m_pool;
    m_resourceIndex.reserve(m_resources.size() + later.m_resources.size());
    m_cellIndex.reserve(m_cells.size() + later.m_cells.size(), m_cells);
    for (const ResourceState& from : later.m_resources) {
        const std::uint64_t hash = idHash(from.id);
        std::uint32_t index = findResource(from.id, hash);
        if (index != kNone) {
            mergeResource(m_resources[index], from, pool);
        } else if (m_resources.size() >= m_resourceLimit) {
            if (m_refusedLine < 0)
                m_refusedLine = from.firstLine + lineOffset;
        } else {
            index = static_cast<std::uint32_t>(m_resources.size());
            ResourceState& state = m_resources.emplace_back(from);
            state.id = keep(from.id);
            state.idSpelling = m_spellings.size() - 1;
            state.firstLine += lineOffset;
            for (std::uint32_t* id : {&state.resourceGroup, &state.subscriptionId, &state.subscriptionName, &state.location,
                     &state.resourceType, &state.provider, &state.currency, &state.vmSize, &state.tags})
                *id = m_pool.intern(pool.view(*id));
            m_resourceIndex.insert(hash, index);
        }
        resourceMap.push_back(index);
    }
    // Each block of later's cells is freed once added here, so the two sets of cells are never held twice.
    // The keys are known ahead, so the index slot and then the cell of a key a few steps on are loaded
    // while this one is added: the lookups of a merge are cache misses one after the other otherwise.
    constexpr std::size_t kSlotAhead = 16;
    constexpr std::size_t kCellAhead = 8;
    const std::size_t laterCells = later.m_cells.size();
    std::size_t next = 0;
    later.m_cells.drain([&](const CostCell& cell) {
        if (++next + kSlotAhead <= laterCells) {
            const CostCell& ahead = later.m_cells[next - 1 + kSlotAhead];
            if (resourceMap[ahead.resource] != kNone)
                m_cellIndex.prefetchSlot(resourceMap[ahead.resource], meterMap[ahead.meter], ahead.month);
        }
        if (next + kCellAhead <= laterCells) {
            const CostCell& ahead = later.m_cells[next - 1 + kCellAhead];
            if (resourceMap[ahead.resource] != kNone)
                m_cellIndex.prefetchCell(resourceMap[ahead.resource], meterMap[ahead.meter], ahead.month, m_cells);
        }
        if (resourceMap[cell.resource] != kNone)
            addToCell(resourceMap[cell.resource], meterMap[cell.meter], cell.month, cell.cost, cell.quantity);
    });
    if (later.m_refusedLine >= 0 && m_refusedLine < 0)
        m_refusedLine = later.m_refusedLine + lineOffset;
    later = CostAggregator();
    m_lastResource = kNone;
}

} // namespace cloudshift
