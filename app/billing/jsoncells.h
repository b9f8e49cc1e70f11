#pragma once

#include <QString>

#include <string_view>
#include <utility>
#include <vector>

namespace cloudshift {

/// Tags as exports write them: EA and PAYG without braces (`"env": "prod","app": "x"`), MCA and FOCUS
/// with braces. Keys are trimmed (exports contain both "org" and " org"). Text that is not JSON yields
/// one entry with an empty key holding the raw text, so nothing is silently lost.
std::vector<std::pair<QString, QString>> parseTagsCell(std::string_view text);

/// The VM facts in AdditionalInfo / x_SkuDetails (`{"ServiceType":"Standard_D4s_v5","VCPUs":4,"AHB":"True"}`).
struct VmCellInfo
{
    QString vmSize;
    int vcpus = 0;
    bool hybridBenefit = false;
    bool windowsImage = false;
    bool tooDeep = false; ///< nested deeper than ImportLimits::kMaxJsonDepth: not parsed
};
VmCellInfo parseVmInfoCell(std::string_view text);

/// Whether objects and arrays in `text` nest deeper than ImportLimits::kMaxJsonDepth (brackets inside
/// strings do not count). Such a cell is never parsed: parseTagsCell() keeps it as raw text.
bool jsonCellTooDeep(std::string_view text);

} // namespace cloudshift
