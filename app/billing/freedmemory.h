#pragma once

#include <cstddef>

namespace cloudshift {

/// Hands memory that the import has freed back to the system.
///
/// The second reader of a split file builds its aggregator on its own thread, so glibc serves it from
/// another arena; once merged and freed, those pages stay resident in that arena, where the main
/// thread's next allocations cannot reuse them. Trimming after the merge and after an import keeps the
/// resident size near what is live. A no-op where the C library has no such call.
void releaseFreedMemory();

/// Keeps large blocks (index and string arrays) mapped from the system on their own, import after import.
///
/// glibc raises the size from which it maps a block on its own each time such a block is freed (up to
/// 32 MiB), so after one import the next one's large arrays came from the heap, where they fragment it:
/// the third import of a monthly 1 GB export in one process peaked 20 MiB above the first. Pinning the
/// size at its default keeps every import like the first. Called once per process; a no-op elsewhere.
void keepLargeBlocksMapped();

/// Asks the system to back a large array that is about to be written with 2 MiB pages.
///
/// The first write to each page of fresh memory is a page fault, and under a hypervisor a fault costs
/// microseconds: with 4 KiB pages, faults were an eighth of the CPU time of importing a monthly 1 GB
/// export (the cell index, the cells and the result arrays are over a hundred MiB written once). Only the
/// whole 2 MiB pages inside [data, data + bytes) are advised, so nothing else changes; a no-op for small
/// arrays and where the system has no transparent huge pages.
void adviseHugePages(void* data, std::size_t bytes);

/// Size and alignment of a huge page where adviseHugePages() applies.
inline constexpr std::size_t kHugePageBytes = std::size_t{2} * 1024 * 1024;

} // namespace cloudshift
