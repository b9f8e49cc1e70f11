#pragma once

#include "billing/texthash.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cloudshift {

/// Stores each distinct text once and names it by a small id.
///
/// Billing rows repeat a few dozen regions, resource groups, subscriptions and currencies for thousands
/// of resources; keeping ids instead of strings keeps the per-resource state small, and each id becomes
/// one QString whose data all resources share.
class StringPool
{
public:
    std::uint32_t intern(std::string_view text);
    std::string_view view(std::uint32_t id) const { return m_texts[id]; }
    std::size_t size() const { return m_texts.size(); }
    /// One QString per id, in id order.
    std::vector<QString> toQStrings() const;

private:
    std::deque<std::string> m_texts; ///< never moves an element, so the index may hold views into it
    std::unordered_map<std::string_view, std::uint32_t, TextHash> m_index;
};

} // namespace cloudshift
