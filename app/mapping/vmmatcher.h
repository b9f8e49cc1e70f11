#pragma once

#include "catalog/vmtable.h"
#include "catalog/vmtype.h"
#include "mapping/offer.h"
#include "mapping/vmalternative.h"
#include "mapping/vmmatch.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cloudshift {

/// Picks the target type for one Azure VM shape in one target region, in three steps:
///
/// 1. the equivalent family (from the family table): same vCPU (GPU shapes: same GPU count), closest memory;
/// 2. the same category: same vCPU, memory within ±25 % (Close, Exact when equal);
/// 3. the cheapest type with at least the vCPU and memory (Approximate).
///
/// Throughout, GPU shapes go only to GPU types with at least as many GPUs, others never to GPU or
/// accelerator types; Arm stays on Arm and x86 on x86; burstable targets only replace burstable sizes;
/// bare-metal types and AWS previous-generation families (m1-m3, c1/c3, r3, ...) are left out. A
/// candidate without a price in the region is skipped with a note.
class VmMatcher
{
public:
    /// Licence-included Windows costs this much more per vCPU-hour than Linux on all three clouds.
    static constexpr double kWindowsUsdPerVcpuHour = 0.046;

    VmMatcher(const VmTable& table, int region, const VmType& source, OsType os);

    /// targetFamily: the family the equivalence table names on this cloud; empty when there is none.
    VmMatch find(const QString& targetFamily);
    /// Candidates passed over on the way ("m7a.xlarge not priced in ap-east-1").
    const QStringList& notes() const { return m_notes; }
    /// Up to count other priced types that would also serve, one per family, best first: the same vCPU
    /// (GPU shapes: at least the GPUs) and memory within 25 %, else the next cheapest big-enough types.
    std::vector<VmAlternative> alternatives(const VmMatch& chosen, std::size_t count) const;
    /// The price of a type for the requested OS; false when the type has none in the region.
    bool price(int type, double* usdPerHour, bool* windowsDerived) const;
    Confidence memoryConfidence(const VmType& type) const;

private:
    bool eligible(const VmType& type, bool allowBurstable) const;
    /// Priced candidates ordered by closeness of memory, then price, then name.
    VmMatch closest(const std::vector<int>& candidates, bool noteSkipped, const QString& rule);
    VmMatch byFamily(const QString& family);
    VmMatch byCategory();
    VmMatch bySize();

    const VmTable& m_table;
    int m_region;
    const VmType& m_source;
    OsType m_os;
    bool m_needsGpu;
    QStringList m_notes;
};

} // namespace cloudshift
