#include "cellstore.h"

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
}

CellStore::Block CellStore::newBlock()
{
#ifdef CLOUDSHIFT_MMAP_BLOCKS
    void* memory = mmap(nullptr, kBlockBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        throw std::bad_alloc();
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
