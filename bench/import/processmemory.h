#pragma once

#include <QtGlobal>

namespace cloudshift {

/// Resident memory of this process as the kernel reports it in /proc/self/status, in KiB; -1 when
/// the field cannot be read (not Linux, or /proc not mounted).
///
/// VmHWM is the high-water mark of the resident set since the process started, so it catches the
/// short peak inside an import that sampling VmRSS afterwards would miss.
qint64 peakResidentKiB();
qint64 currentResidentKiB();

/// Lowers VmHWM to the current resident size (Linux: "5" to /proc/self/clear_refs), so the next
/// peakResidentKiB() is the peak of what runs in between; false when the kernel does not allow it.
bool resetPeakResident();

} // namespace cloudshift
