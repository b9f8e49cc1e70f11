#pragma once

#include "billing/billingdata.h"
#include "billing/freedmemory.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace cloudshift {

/// The cost cells an aggregator builds, in blocks of a fixed size.
///
/// A monthly export of a large estate holds about a million cells (32 MB). A std::vector doubles as it
/// grows, so at the moment it grows it holds the old and the new array, up to three times the cells'
/// size; with two aggregators merging that was half the import's peak memory. Blocks never move: the
/// store wastes at most one block, and a store being merged or handed out frees each block once it is
/// read.
class CellStore
{
public:
    static constexpr std::size_t kBlockShift = 16; ///< 65536 cells, 2 MiB per block: one huge page
    static constexpr std::size_t kBlockCells = std::size_t{1} << kBlockShift;

    CellStore() = default;
    // A moved-from store is empty, size included, and takes cells again.
    CellStore(CellStore&& other) noexcept
        : m_blocks(std::move(other.m_blocks))
        , m_size(std::exchange(other.m_size, 0))
    {
    }
    CellStore& operator=(CellStore&& other) noexcept
    {
        m_blocks = std::move(other.m_blocks);
        m_size = std::exchange(other.m_size, 0);
        return *this;
    }

    std::size_t size() const { return m_size; }

    CostCell& operator[](std::size_t position) { return m_blocks[position >> kBlockShift][position & (kBlockCells - 1)]; }
    const CostCell& operator[](std::size_t position) const
    {
        return m_blocks[position >> kBlockShift][position & (kBlockCells - 1)];
    }

    void push_back(const CostCell& cell)
    {
        if ((m_size & (kBlockCells - 1)) == 0)
            m_blocks.push_back(newBlock());
        (*this)[m_size++] = cell;
    }

    /// Calls `visit` on every cell in order, freeing each block once visited; the store is empty after.
    template<typename Visit>
    void drain(Visit&& visit)
    {
        for (std::size_t block = 0; block < m_blocks.size(); ++block) {
            const std::size_t end = std::min(kBlockCells, m_size - block * kBlockCells);
            for (std::size_t i = 0; i < end; ++i)
                visit(m_blocks[block][i]);
            m_blocks[block].reset();
        }
        clear();
    }

    /// The cells as one array of exactly their size; the store is empty after.
    std::vector<CostCell> takeVector()
    {
        std::vector<CostCell> cells;
        cells.reserve(m_size);
        adviseHugePages(cells.data(), m_size * sizeof(CostCell));
        drain([&cells](const CostCell& cell) { cells.push_back(cell); });
        return cells;
    }

    void clear()
    {
        std::vector<Block>().swap(m_blocks);
        m_size = 0;
    }

private:
    // Blocks come straight from the system, aligned to a huge page and advised as one, and go straight
    // back to it. From malloc they would land in the arena of the thread that made them, and a block
    // freed on another thread (a merge) would stay resident there, unused, while the merging thread maps
    // new memory.
    struct BlockRelease
    {
        void operator()(CostCell* block) const noexcept;
    };
    using Block = std::unique_ptr<CostCell[], BlockRelease>;
    static Block newBlock();

    std::vector<Block> m_blocks;
    std::size_t m_size = 0;
};

} // namespace cloudshift
