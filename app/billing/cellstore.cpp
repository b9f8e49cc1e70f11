#include "cellstore.h"

#include <cstdint>
#include <new>
#include <type_traits>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#define CLOUDSHIFT_MMAP_BLOCKS 1
#endif

namespace cloudshift {

static_assert(std::is_trivially_copyable_v<CostCell> && std::is_trivially_destructible_v<CostCell>,
    "cells live in raw blocks");

namespace {
    constexpr std::size_t kBlockBytes = CellStore::kBlockCells * sizeof(CostCell);
    static_assert(kBlockBytes == kHugePageBytes, "a block is one huge page");
}

CellStore::Block CellStore::newBlock()
{
#ifdef CLOUDSHIFT_MMAP_BLOCKS
    // mmap aligns to a small page only: map twice the size and unmap what lies outside the aligned block.
    void* mapped = mmap(nullptr, 2 * kBlockBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    const auto begin = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (begin + kBlockBytes - 1) & ~(kBlockBytes - 1);
    if (aligned > begin)
        munmap(mapped, aligned - begin);
    if (const std::uintptr_t tail = begin + 2 * kBlockBytes - (aligned + kBlockBytes); tail > 0)
        munmap(reinterpret_cast<void*>(aligned + kBlockBytes), tail);
    void* memory = reinterpret_cast<void*>(aligned);
    adviseHugePages(memory, kBlockBytes);
#else
    void* memory = ::operator new(kBlockBytes);
#endif
    return Block(static_cast<CostCell*>(memory));
}

void CellStore::BlockRelease::operator()(CostCell* block) const noexcept
{
#ifdef CLOUDSHIFT_MMAP_BLOCKS
    munmap(block, kBlockBytes);
#else
    ::operator delete(block);
#endif
}

} // namespace cloudshift
