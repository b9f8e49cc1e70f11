#pragma once

#include "billing/billingdata.h"
#include "billing/cellindex.h"
#include "billing/stringpool.h"
#include "billing/texthash.h"
#include "billing/textindex.h"

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cloudshift {

/// The values of one export row that CloudShift keeps, as views into the reader's buffer.
struct CostRow
{
    std::string_view resourceId, resourceName, resourceGroup, subscriptionId, subscriptionName;
    std::string_view location, resourceType, provider, currency;
    std::string_view meterCategory, meterSubCategory, meterName, unit, chargeType, pricingModel;
    std::string_view tags, additionalInfo;
    int month = 0; ///< months since 2000-01
    Micros cost = 0; ///< what the plan uses: the amortized cost where the file has it, else the invoiced cost
    double quantity = 0.0;
    std::int64_t line = 0; ///< where the row starts in its file, to name it when it is refused
};

/// Sums rows into cells of resource × meter × month while reading, interning the repetitive strings,
/// so memory follows the number of distinct resources and meters, not the number of rows.
///
/// A resource keeps the attributes of its first row, the tags of its newest row that has tags, and the
/// VM facts of its first VM row that has them. Two aggregators that read consecutive parts of the input
/// merge into exactly what one would have built, except that quantities (doubles) are summed in a
/// different order.
class CostAggregator
{
public:
    /// What add() did with a row.
    struct AddResult
    {
        bool added = true; ///< false: the row names a new resource past the resource limit
        bool tagsTooDeep = false; ///< the row's new tags nest too deep to parse; kept as text
        bool vmInfoTooDeep = false; ///< the row's AdditionalInfo nests too deep to parse; not read
    };
    AddResult add(const CostRow& row);
    std::size_t resourceCount() const { return m_resources.size(); }

    /// At most `limit` distinct resources: a row naming one more is refused (ImportLimits::maxResources).
    void setResourceLimit(std::size_t limit) { m_resourceLimit = limit; }
    std::size_t resourceLimit() const { return m_resourceLimit; }
    /// The line of the first row refused for the limit (in the numbering of CostRow::line); -1 when none.
    std::int64_t refusedLine() const { return m_refusedLine; }

    /// Adds what `later` aggregated from rows that come after this aggregator's rows; `later` is left empty.
    /// `lineOffset` turns later's line numbers into this one's. Resources past the limit are not added
    /// and refusedLine() names the first row of the first of them.
    void merge(CostAggregator&& later, std::int64_t lineOffset = 0);
    /// Moves the aggregated data out; the aggregator is empty afterwards.
    BillingData take();

private:
    using MeterKey = std::array<std::string_view, 6>;
    struct ResourceState
    {
        std::string_view id; ///< first spelling, in m_spellings
        std::size_t idSpelling = 0; ///< its position in m_spellings, to free it once converted
        std::int64_t firstLine = 0;
        std::string name;
        std::uint32_t tags = 0; ///< id in m_pool; resources of one application share one text
        std::uint32_t resourceGroup = 0, subscriptionId = 0, subscriptionName = 0, location = 0, resourceType = 0,
                      provider = 0, currency = 0, vmSize = 0; ///< ids in m_pool
        int vcpus = 0;
        bool vmInfoRead = false;
        bool windowsImage = false;
        bool hybridBenefit = false;
        bool windowsSinceInfo = false; ///< a Windows VM meter since the VM facts were read (or ever, before)
        bool windowsAnyRow = false; ///< a Windows VM meter on any row
    };
    struct MeterState
    {
        MeterKey key; ///< views into m_spellings
        bool virtualMachine = false;
        bool windows = false; ///< a Windows licence meter of a VM
    };
    struct MeterKeyHash
    {
        std::size_t operator()(const MeterKey& key) const noexcept;
    };

    std::string_view keep(std::string_view text);
    // Resource ids differ in case within one file ("resourcegroups" vs "resourceGroups"): they are
    // hashed with ASCII letters folded, and compared byte for byte before case is folded.
    static std::uint64_t idHash(std::string_view id);
    std::uint32_t findResource(std::string_view key, std::uint64_t hash) const;
    std::uint32_t newResource(std::string_view key, std::uint64_t hash, const CostRow& row);
    std::uint32_t internMeter(const CostRow& row);
    std::uint32_t addMeter(const MeterKey& key, BilledMeter meter);
    /// Returns true when the row's AdditionalInfo nests too deep to be read.
    bool readVmInfo(ResourceState& state, const CostRow& row, const MeterState& meter);
    void addToCell(std::uint32_t resource, std::uint32_t meter, int month, Micros cost, double quantity);
    void mergeResource(ResourceState& into, const ResourceState& from, const StringPool& fromPool);
    /// Builds resources [from, to) of the result, freeing their id and name texts when `freeText`;
    /// two calls on disjoint ranges may run at once.
    void convertResources(std::size_t from, std::size_t to, std::vector<BilledResource>& into, bool freeText);

    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    /// From this many resources, take() converts them on two threads.
    static constexpr std::size_t kParallelTakeResources = 4096;
    std::deque<std::string> m_spellings; ///< owns the text behind the views in the indexes and states
    StringPool m_pool;
    std::vector<ResourceState> m_resources;
    TextIndex m_resourceIndex; ///< positions in m_resources by idHash()
    std::string m_lastKey; ///< the previous row's resource key, which consecutive rows often repeat
    std::uint32_t m_lastResource = kNone;
    std::vector<MeterState> m_meterStates;
    std::unordered_map<MeterKey, std::uint32_t, MeterKeyHash> m_meterIndex;
    std::vector<BilledMeter> m_meters;
    CellIndex m_cellIndex;
    CellStore m_cells;
    std::string m_scratch;
    int m_firstMonth = 0;
    int m_lastMonth = -1;
    std::size_t m_resourceLimit = static_cast<std::size_t>(-1);
    std::int64_t m_refusedLine = -1;
};

} // namespace cloudshift
