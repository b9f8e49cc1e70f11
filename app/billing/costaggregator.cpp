#include "costaggregator.h"

#include "billing/freedmemory.h"
#include "billing/jsoncells.h"

#include <QString>

#include <algorithm>
#include <cstring>
#include <future>

namespace cloudshift {

namespace {

    char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

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

    bool hasTags(std::string_view tags) { return !tags.empty() && tags != "NULL"; }

    bool equalNoCase(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        std::size_t i = 0;
        for (; i + 8 <= a.size(); i += 8) {
            std::uint64_t x, y;
            std::memcpy(&x, a.data() + i, 8);
            std::memcpy(&y, b.data() + i, 8);
            if (lowerAscii8(x) != lowerAscii8(y))
                return false;
        }
        for (; i < a.size(); ++i) {
            if (lowerAscii(a[i]) != lowerAscii(b[i]))
                return false;
        }
        return true;
    }

} // namespace

std::uint64_t CostAggregator::idHash(std::string_view id)
{
    return TextHasher().addFolded(id).finish();
}

std::size_t CostAggregator::MeterKeyHash::operator()(const MeterKey& key) const noexcept
{
    TextHasher hasher;
    for (std::string_view part : key)
        hasher.add(part);
    return static_cast<std::size_t>(hasher.finish());
}

std::string_view CostAggregator::keep(std::string_view text)
{
    return m_spellings.emplace_back(text);
}

std::uint32_t CostAggregator::findResource(std::string_view key, std::uint64_t hash) const
{
    // Nearly every row repeats the first spelling: bytes are compared before case is folded.
    return m_resourceIndex.find(hash, [&](std::uint32_t position) {
        const std::string_view id = m_resources[position].id;
        return id == key || equalNoCase(id, key);
    });
}

std::uint32_t CostAggregator::newResource(std::string_view key, std::uint64_t hash, const CostRow& row)
{
    const auto index = static_cast<std::uint32_t>(m_resources.size());
    ResourceState& state = m_resources.emplace_back();
    state.id = keep(key);
    state.idSpelling = m_spellings.size() - 1;
    state.firstLine = row.line;
    const auto [type, nameFromId] = typeAndNameFromId(row.resourceId);
    state.name.assign(row.resourceName.empty() ? std::string_view(nameFromId) : row.resourceName);
    if (state.name.empty())
        state.name.assign(state.id);
    std::string resourceType = row.resourceType.empty() ? type : std::string(row.resourceType);
    for (char& c : resourceType)
        c = lowerAscii(c);
    state.resourceType = m_pool.intern(resourceType);
    state.resourceGroup = m_pool.intern(row.resourceGroup);
    state.subscriptionId = m_pool.intern(row.subscriptionId);
    state.subscriptionName = m_pool.intern(row.subscriptionName);
    state.location = m_pool.intern(row.location);
    state.provider = m_pool.intern(row.provider);
    state.currency = m_pool.intern(row.currency);
    state.vmSize = m_pool.intern({});
    state.tags = m_pool.intern(row.tags != "NULL" ? row.tags : std::string_view());
    m_resourceIndex.insert(hash, index);
    return index;
}

bool CostAggregator::readVmInfo(ResourceState& state, const CostRow& row, const MeterState& meter)
{
    // Parsing JSON per row would dominate the import; VM facts are read once, from the first VM meter row.
    if (!meter.virtualMachine || row.additionalInfo.empty())
        return false;
    const VmCellInfo info = parseVmInfoCell(row.additionalInfo);
    if (info.vmSize.isEmpty())
        return info.tooDeep;
    state.vmInfoRead = true;
    state.vmSize = m_pool.intern(info.vmSize.toStdString());
    state.vcpus = info.vcpus;
    state.hybridBenefit = info.hybridBenefit;
    state.windowsImage = info.windowsImage;
    state.windowsSinceInfo = false; // this row's own meter is counted by add()
    return false;
}

std::uint32_t CostAggregator::addMeter(const MeterKey& key, BilledMeter meter)
{
    const auto index = static_cast<std::uint32_t>(m_meters.size());
    MeterState& state = m_meterStates.emplace_back();
    for (std::size_t i = 0; i < key.size(); ++i)
        state.key[i] = keep(key[i]);
    // Whether a meter bills a VM, and a Windows licence, is a property of the meter: decided once.
    state.virtualMachine = containsNoCase(key[0], "virtual machines");
    state.windows = state.virtualMachine && containsNoCase(key[1], "windows");
    m_meters.push_back(std::move(meter));
    m_meterIndex.emplace(state.key, index);
    return index;
}

std::uint32_t CostAggregator::internMeter(const CostRow& row)
{
    const MeterKey key{row.meterCategory, row.meterSubCategory, row.meterName, row.unit, row.chargeType, row.pricingModel};
    if (const auto it = m_meterIndex.find(key); it != m_meterIndex.end())
        return it->second;
    return addMeter(key,
        BilledMeter{qs(row.meterCategory), qs(row.meterSubCategory), qs(row.meterName), qs(row.unit).trimmed(),
            qs(row.chargeType), qs(row.pricingModel)});
}

void CostAggregator::addToCell(std::uint32_t resource, std::uint32_t meter, int month, Micros cost, double quantity)
{
    const std::uint32_t position = m_cellIndex.findOrAdd(resource, meter, month, m_cells);
    if (position == m_cells.size()) {
        m_cells.push_back(CostCell{resource, meter, month, 0, 0.0});
        if (m_lastMonth < m_firstMonth) {
            m_firstMonth = m_lastMonth = month;
        } else {
            m_firstMonth = std::min(m_firstMonth, month);
            m_lastMonth = std::max(m_lastMonth, month);
        }
    }
    CostCell& cell = m_cells[position];
    cell.cost += cost;
    cell.quantity += quantity;
}

CostAggregator::AddResult CostAggregator::add(const CostRow& row)
{
    AddResult result;
    const std::uint32_t meter = internMeter(row);
    const MeterState& meterState = m_meterStates[meter];
    std::string_view key = row.resourceId;
    if (key.empty()) {
        // Lines without a resource (some purchases, marketplace, tax) stay visible, one bucket per category.
        m_scratch.assign("(unattributed) ");
        m_scratch.append(row.meterCategory.empty() ? row.chargeType : row.meterCategory);
        key = m_scratch;
    }
    std::uint32_t resource = m_lastResource;
    bool created = false;
    if (resource == kNone || key != m_lastKey) {
        const std::uint64_t hash = idHash(key);
        resource = findResource(key, hash);
        if (resource == kNone) {
            if (m_resources.size() >= m_resourceLimit) {
                if (m_refusedLine < 0)
                    m_refusedLine = row.line;
                result.added = false;
                return result;
            }
            resource = newResource(key, hash, row); // takes its attributes from this row
            created = true;
        }
        m_lastKey.assign(key);
        m_lastResource = resource;
    }
    ResourceState& state = m_resources[resource];
    if (created) {
        const std::string_view tags = m_pool.view(state.tags);
        result.tagsTooDeep = !tags.empty() && jsonCellTooDeep(tags);
    } else if (hasTags(row.tags) && m_pool.view(state.tags) != row.tags) {
        state.tags = m_pool.intern(row.tags); // the newest row wins: tags are edited during the year
        result.tagsTooDeep = jsonCellTooDeep(row.tags);
    }
    if (!state.vmInfoRead)
        result.vmInfoTooDeep = readVmInfo(state, row, meterState);
    // Windows is billed as its own meter subcategory on the same VM; it may appear after the first row.
    if (meterState.windows) {
        state.windowsSinceInfo = true;
        state.windowsAnyRow = true;
    }
    addToCell(resource, meter, row.month, row.cost, row.quantity);
    return result;
}

void CostAggregator::convertResources(std::size_t from, std::size_t to, std::vector<BilledResource>& into, bool freeText)
{
    // Each thread makes its own copies of the pooled strings: sharing them would have both cores
    // counting references on the same cache lines.
    const std::vector<QString> pooled = m_pool.toQStrings();
    // Resources of one application share their tags: parse each distinct text once, share its strings.
    std::unordered_map<std::uint32_t, std::vector<std::pair<QString, QString>>> tagSets;
    for (std::size_t i = from; i < to; ++i) {
        ResourceState& state = m_resources[i];
        BilledResource& resource = into[i];
        resource.id = qs(state.id);
        resource.name = qs(state.name);
        resource.resourceGroup = pooled[state.resourceGroup];
        resource.subscriptionId = pooled[state.subscriptionId];
        resource.subscriptionName = pooled[state.subscriptionName];
        resource.location = pooled[state.location];
        resource.resourceType = pooled[state.resourceType];
        resource.provider = pooled[state.provider];
        resource.currency = pooled[state.currency];
        resource.vmSize = pooled[state.vmSize];
        resource.vcpus = state.vcpus;
        // AHB VMs run Windows on a Linux-priced meter.
        resource.windows = (state.vmInfoRead && state.windowsImage) || state.windowsSinceInfo || state.hybridBenefit;
        resource.hybridBenefit = state.hybridBenefit;
        auto tags = tagSets.find(state.tags);
        if (tags == tagSets.end())
            tags = tagSets.emplace(state.tags, parseTagsCell(m_pool.view(state.tags))).first;
        resource.tags = tags->second;
        // Freed as they are converted, so the QStrings reuse their memory instead of adding to it. Only
        // by the thread whose heap they came from: another would wait on that heap's lock.
        if (freeText) {
            std::string().swap(state.name);
            std::string().swap(m_spellings[state.idSpelling]);
        }
    }
}

BillingData CostAggregator::take()
{
    // The indexes are not needed to build the result: free them before the QStrings are made.
    m_resourceIndex.clear();
    decltype(m_meterIndex)().swap(m_meterIndex);
    m_cellIndex.clear();

    BillingData data;
    data.resources.reserve(m_resources.size());
    adviseHugePages(data.resources.data(), m_resources.size() * sizeof(BilledResource));
    data.resources.resize(m_resources.size());
    // A large estate's resources are converted on both cores: the second half on a thread of its own.
    const std::size_t count = m_resources.size();
    const std::size_t half = count >= kParallelTakeResources ? count / 2 : count;
    auto second = std::async(std::launch::deferred, [] {});
    if (half < count)
        second = std::async(std::launch::async, [&] { convertResources(half, count, data.resources, false); });
    convertResources(0, half, data.resources, true);
    second.get();
    decltype(m_resources)().swap(m_resources);
    decltype(m_spellings)().swap(m_spellings);
    data.meters = std::move(m_meters);
    data.cells = m_cells.takeVector();
    data.firstMonth = m_firstMonth;
    data.lastMonth = m_lastMonth;
    *this = CostAggregator();
    return data;
}

} // namespace cloudshift
