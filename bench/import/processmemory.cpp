#include "processmemory.h"

#include <cstdio>
#include <cstring>

namespace cloudshift {

namespace {

qint64 statusFieldKiB(const char* field)
{
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return -1;
    const std::size_t fieldLength = std::strlen(field);
    char line[256];
    qint64 value = -1;
    while (std::fgets(line, sizeof line, status)) {
        // Lines look like "VmHWM:\t  123456 kB".
        if (std::strncmp(line, field, fieldLength) == 0 && line[fieldLength] == ':') {
            long long kib = 0;
            if (std::sscanf(line + fieldLength + 1, "%lld", &kib) == 1)
                value = kib;
            break;
        }
    }
    std::fclose(status);
    return value;
}

} // namespace

qint64 peakResidentKiB()
{
    return statusFieldKiB("VmHWM");
}

qint64 currentResidentKiB()
{
    return statusFieldKiB("VmRSS");
}

bool resetPeakResident()
{
    std::FILE* clearRefs = std::fopen("/proc/self/clear_refs", "w");
    if (!clearRefs)
        return false;
    const bool written = std::fputs("5", clearRefs) >= 0;
    return std::fclose(clearRefs) == 0 && written;
}

} // namespace cloudshift
