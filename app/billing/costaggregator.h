#pragma once

#include "billing/billingdata.h"

#include <cstdint>
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
};

/// Sums rows into cells of resource × meter × month while reading, interning the repetitive strings,
/// so memory follows the number of distinct resources and meters, not the number of rows.
class CostAggregator
{
public:
    void add(const CostRow& row);
    std::size_t resourceCount() const { return m_resources.size(); }
    /// Moves the aggregated data out; the aggregator is empty afterwards.
    BillingData take();

private:
    struct ResourceState
    {
        std::string id, name, resourceGroup, subscriptionId, subscriptionName, location, resourceType;
        std::string provider, currency, vmSize;
        std::string tags;
        int vcpus = 0;
        bool windows = false;
        bool hybridBenefit = false;
        bool vmInfoRead = false;
    };
    // Resource ids differ in case within one file ("resourcegroups" vs "resourceGroups").
    struct CaseInsensitiveHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept;
    };
    struct CaseInsensitiveEqual
    {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const noexcept;
    };
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };

    std::uint32_t internResource(const CostRow& row);
    std::uint32_t internMeter(const CostRow& row);
    static void readVmInfo(ResourceState& state, const CostRow& row);

    std::unordered_map<std::string, std::uint32_t, CaseInsensitiveHash, CaseInsensitiveEqual> m_resourceIndex;
    std::vector<ResourceState> m_resources;
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> m_meterIndex;
    std::vector<BilledMeter> m_meters;
    std::unordered_map<std::uint64_t, std::uint32_t> m_cellIndex;
    std::vector<CostCell> m_cells;
    std::string m_scratch;
    int m_firstMonth = 0;
    int m_lastMonth = -1;
};

} // namespace cloudshift
