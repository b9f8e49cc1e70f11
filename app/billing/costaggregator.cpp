#include "costaggregator.h"

#include "billing/jsoncells.h"

#include <QString>

#include <cctype>

namespace cloudshift {

namespace {

    char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

    QString qs(const std::string& text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }
    QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

    bool containsNoCase(std::string_view haystack, std::string_view needle)
    {
        if (needle.size() > haystack.size())
            return false;
        for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
            std::size_t k = 0;
            while (k < needle.size() && lowerAscii(haystack[i + k]) == lowerAscii(needle[k]))
                ++k;
            if (k == needle.size())
                return true;
        }
        return false;
    }

    // "/subscriptions/…/resourceGroups/rg/providers/Microsoft.Sql/servers/s1/databases/db1"
    //   → "microsoft.sql/servers/databases" (the ARM type), and "db1" (the name).
    std::pair<std::string, std::string> typeAndNameFromId(std::string_view id)
    {
        const std::string lowered = [&] {
            std::string s(id);
            for (char& c : s)
                c = lowerAscii(c);
            return s;
        }();
        const std::size_t at = lowered.rfind("/providers/");
        if (at == std::string::npos)
            return {};
        std::vector<std::string_view> parts;
        std::string_view rest = std::string_view(lowered).substr(at + 11);
        std::string_view original = id.substr(at + 11);
        std::string name;
        std::size_t offset = 0;
        while (!rest.empty()) {
            const std::size_t slash = rest.find('/');
            parts.push_back(rest.substr(0, slash));
            if (slash == std::string_view::npos) {
                name = std::string(original.substr(offset));
                break;
            }
            offset += slash + 1;
            rest.remove_prefix(slash + 1);
        }
        if (parts.size() < 3)
            return {};
        std::string type(parts[0]);
        for (std::size_t i = 1; i < parts.size(); i += 2)
            type += '/' + std::string(parts[i]);
        if (parts.size() % 2 == 0)
            name.clear(); // a collection path, not a resource
        return {type, name};
    }

} // namespace

std::size_t CostAggregator::CaseInsensitiveHash::operator()(std::string_view text) const noexcept
{
    // FNV-1a over lower-cased bytes.
    std::uint64_t hash = 1469598103934665603ULL;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(lowerAscii(c));
        hash *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(hash);
}

bool CostAggregator::CaseInsensitiveEqual::operator()(std::string_view a, std::string_view b) const noexcept
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

std::uint32_t CostAggregator::internResource(const CostRow& row)
{
    std::string_view key = row.resourceId;
    if (key.empty()) {
        // Lines without a resource (some purchases, marketplace, tax) stay visible, one bucket per category.
        m_scratch.assign("(unattributed) ");
        m_scratch.append(row.meterCategory.empty() ? row.chargeType : row.meterCategory);
        key = m_scratch;
    }
    if (auto it = m_resourceIndex.find(key); it != m_resourceIndex.end()) {
        ResourceState& state = m_resources[it->second];
        if (!row.tags.empty() && row.tags != "NULL")
            state.tags.assign(row.tags); // the newest row wins: tags are edited during the year
        if (!state.vmInfoRead)
            readVmInfo(state, row);
        return it->second;
    }
    const auto index = static_cast<std::uint32_t>(m_resources.size());
    ResourceState state;
    state.id.assign(key);
    auto [type, nameFromId] = typeAndNameFromId(row.resourceId);
    state.name.assign(row.resourceName.empty() ? std::string_view(nameFromId) : row.resourceName);
    if (state.name.empty())
        state.name = state.id;
    state.resourceType = row.resourceType.empty() ? type : std::string(row.resourceType);
    for (char& c : state.resourceType)
        c = lowerAscii(c);
    state.resourceGroup.assign(row.resourceGroup);
    state.subscriptionId.assign(row.subscriptionId);
    state.subscriptionName.assign(row.subscriptionName);
    state.location.assign(row.location);
    state.provider.assign(row.provider);
    state.currency.assign(row.currency);
    if (row.tags != "NULL")
        state.tags.assign(row.tags);
    readVmInfo(state, row);
    m_resources.push_back(std::move(state));
    m_resourceIndex.emplace(m_resources.back().id, index);
    return index;
}

void CostAggregator::readVmInfo(ResourceState& state, const CostRow& row)
{
    // Parsing JSON per row would dominate the import; VM facts are read once, from the first VM meter row.
    if (!containsNoCase(row.meterCategory, "virtual machines") || row.additionalInfo.empty())
        return;
    const VmCellInfo info = parseVmInfoCell(row.additionalInfo);
    if (info.vmSize.isEmpty())
        return;
    state.vmInfoRead = true;
    state.vmSize = info.vmSize.toStdString();
    state.vcpus = info.vcpus;
    state.hybridBenefit = info.hybridBenefit;
    state.windows = info.windowsImage || containsNoCase(row.meterSubCategory, "windows");
}

std::uint32_t CostAggregator::internMeter(const CostRow& row)
{
    m_scratch.clear();
    for (std::string_view part : {row.meterCategory, row.meterSubCategory, row.meterName, row.unit, row.chargeType,
             row.pricingModel}) {
        m_scratch.append(part);
        m_scratch.push_back('\x1f');
    }
    if (auto it = m_meterIndex.find(std::string_view(m_scratch)); it != m_meterIndex.end())
        return it->second;
    const auto index = static_cast<std::uint32_t>(m_meters.size());
    m_meters.push_back(BilledMeter{qs(row.meterCategory), qs(row.meterSubCategory), qs(row.meterName),
        qs(row.unit).trimmed(), qs(row.chargeType), qs(row.pricingModel)});
    m_meterIndex.emplace(m_scratch, index);
    return index;
}

void CostAggregator::add(const CostRow& row)
{
    const std::uint32_t resource = internResource(row);
    const std::uint32_t meter = internMeter(row);
    // Windows is billed as its own meter subcategory on the same VM; it may appear after the first row.
    if (containsNoCase(row.meterCategory, "virtual machines") && containsNoCase(row.meterSubCategory, "windows"))
        m_resources[resource].windows = true;
    const std::uint64_t key = (static_cast<std::uint64_t>(resource) << 32) | (static_cast<std::uint64_t>(meter) << 12)
        | static_cast<std::uint64_t>(row.month & 0xfff);
    auto [it, inserted] = m_cellIndex.try_emplace(key, static_cast<std::uint32_t>(m_cells.size()));
    if (inserted) {
        m_cells.push_back(CostCell{resource, meter, row.month, 0, 0.0});
        if (m_lastMonth < m_firstMonth) {
            m_firstMonth = m_lastMonth = row.month;
        } else {
            m_firstMonth = std::min(m_firstMonth, row.month);
            m_lastMonth = std::max(m_lastMonth, row.month);
        }
    }
    CostCell& cell = m_cells[it->second];
    cell.cost += row.cost;
    cell.quantity += row.quantity;
}

BillingData CostAggregator::take()
{
    BillingData data;
    data.resources.reserve(m_resources.size());
    for (const ResourceState& state : m_resources) {
        BilledResource resource;
        resource.id = qs(state.id);
        resource.name = qs(state.name);
        resource.resourceGroup = qs(state.resourceGroup);
        resource.subscriptionId = qs(state.subscriptionId);
        resource.subscriptionName = qs(state.subscriptionName);
        resource.location = qs(state.location);
        resource.resourceType = qs(state.resourceType);
        resource.provider = qs(state.provider);
        resource.currency = qs(state.currency);
        resource.vmSize = qs(state.vmSize);
        resource.vcpus = state.vcpus;
        resource.windows = state.windows || state.hybridBenefit; // AHB VMs run Windows on a Linux-priced meter
        resource.hybridBenefit = state.hybridBenefit;
        resource.tags = parseTagsCell(state.tags);
        data.resources.push_back(std::move(resource));
    }
    data.meters = std::move(m_meters);
    data.cells = std::move(m_cells);
    data.firstMonth = m_firstMonth;
    data.lastMonth = m_lastMonth;
    *this = CostAggregator();
    return data;
}

} // namespace cloudshift
