#include "stringpool.h"

namespace cloudshift {

std::uint32_t StringPool::intern(std::string_view text)
{
    if (const auto it = m_index.find(text); it != m_index.end())
        return it->second;
    const auto id = static_cast<std::uint32_t>(m_texts.size());
    m_texts.emplace_back(text);
    m_index.emplace(m_texts.back(), id);
    return id;
}

std::vector<QString> StringPool::toQStrings() const
{
    std::vector<QString> strings;
    strings.reserve(m_texts.size());
    for (const std::string& text : m_texts)
        strings.push_back(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    return strings;
}

} // namespace cloudshift
