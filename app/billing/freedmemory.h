#pragma once

namespace cloudshift {

/// Hands memory that the import has freed back to the system.
///
/// The second reader of a split file builds its aggregator on its own thread, so glibc serves it from
/// another arena; once merged and freed, those pages stay resident in that arena, where the main
/// thread's next allocations cannot reuse them. Trimming after the merge and after an import keeps the
/// resident size near what is live. A no-op where the C library has no such call.
void releaseFreedMemory();

} // namespace cloudshift
