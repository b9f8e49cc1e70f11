#include "jsoncells.h"

#include "billing/importlimits.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace cloudshift {

namespace {

    std::string withBraces(std::string_view text)
    {
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
            text.remove_suffix(1);
        if (!text.empty() && text.front() == '{')
            return std::string(text);
        std::string wrapped;
        wrapped.reserve(text.size() + 2);
        wrapped += '{';
        wrapped += text;
        wrapped += '}';
        return wrapped;
    }

    QString toQString(const nlohmann::json& value)
    {
        if (value.is_string())
            return QString::fromStdString(value.get<std::string>());
        if (value.is_null())
            return {};
        return QString::fromStdString(value.dump());
    }

    std::optional<nlohmann::json> parseObject(std::string_view text)
    {
        if (jsonCellTooDeep(text))
            return std::nullopt;
        nlohmann::json parsed = nlohmann::json::parse(withBraces(text), nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object())
            return std::nullopt;
        return parsed;
    }

} // namespace

std::vector<std::pair<QString, QString>> parseTagsCell(std::string_view text)
{
    std::vector<std::pair<QString, QString>> tags;
    if (text.empty() || text == "NULL" || text == "{}")
        return tags;
    const auto parsed = parseObject(text);
    if (!parsed) {
        tags.emplace_back(QString(), QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
        return tags;
    }
    for (auto it = parsed->begin(); it != parsed->end(); ++it)
        tags.emplace_back(QString::fromStdString(it.key()).trimmed(), toQString(it.value()));
    return tags;
}

bool jsonCellTooDeep(std::string_view text)
{
    // Cells are small, but a hostile file could hold a deeply nested one.
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > ImportLimits::kMaxJsonDepth)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

VmCellInfo parseVmInfoCell(std::string_view text)
{
    VmCellInfo info;
    if (text.empty() || text == "NULL")
        return info;
    if (jsonCellTooDeep(text)) {
        info.tooDeep = true;
        return info;
    }
    const auto parsed = parseObject(text);
    if (!parsed)
        return info;
    // Key spellings vary by service and schema (VCPUs, vCores, vCPUs); match them case-insensitively.
    for (auto it = parsed->begin(); it != parsed->end(); ++it) {
        const QString key = QString::fromStdString(it.key()).toLower();
        const auto& value = it.value();
        if (key == u"servicetype" || key == u"serversku") {
            if (info.vmSize.isEmpty())
                info.vmSize = toQString(value).trimmed();
        } else if (key == u"vcpus" || key == u"vcores") {
            if (value.is_number_integer())
                info.vcpus = value.get<int>();
            else if (value.is_string())
                info.vcpus = QString::fromStdString(value.get<std::string>()).toInt();
        } else if (key == u"ahb") {
            info.hybridBenefit = toQString(value).compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (key == u"imagetype") {
            info.windowsImage = toQString(value).contains(u"windows", Qt::CaseInsensitive);
        }
    }
    return info;
}

} // namespace cloudshift
