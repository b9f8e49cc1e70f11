#include "jsoncells.h"

#include "billing/importlimits.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>

namespace cloudshift {

namespace {

    std::string_view trimSpacesAndTabs(std::string_view text)
    {
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
            text.remove_suffix(1);
        return text;
    }

    std::string withBraces(std::string_view text)
    {
        text = trimSpacesAndTabs(text);
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

    // A value as the cell spells it: a string's text, or an integer's digits, which the JSON parser
    // writes back unchanged.
    struct PlainPair
    {
        std::string_view key, value;
    };
    using PlainPairs = std::vector<PlainPair>;

    bool jsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    // A string of printable ASCII without escapes, from the opening quote at `at`; false otherwise.
    bool plainString(std::string_view text, std::size_t& at, std::string_view& out)
    {
        if (at >= text.size() || text[at] != '"')
            return false;
        const std::size_t begin = ++at;
        for (; at < text.size(); ++at) {
            const auto c = static_cast<unsigned char>(text[at]);
            if (c == '"') {
                out = text.substr(begin, at - begin);
                ++at;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
        }
        return false;
    }

    // An unsigned integer of at most nine digits without a leading zero: one the parser keeps as an
    // integer and writes back unchanged, and that fits an int. Signs, fractions and exponents are left
    // to the parser.
    bool plainInteger(std::string_view text, std::size_t& at, std::string_view& out)
    {
        const std::size_t begin = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            ++at;
        const std::size_t digits = at - begin;
        if (digits == 0 || digits > 9 || (digits > 1 && text[begin] == '0'))
            return false;
        out = text.substr(begin, digits);
        return true;
    }

    // What Azure writes in Tags and AdditionalInfo cells, a flat object of plain ASCII strings and small
    // integers with or without its braces, read without building a JSON document: a large estate has
    // thousands of distinct cells. Empty when the text is anything else (escapes, other values, UTF-8),
    // which the JSON parser then reads.
    std::optional<PlainPairs> plainPairs(std::string_view text)
    {
        text = trimSpacesAndTabs(text);
        if (!text.empty() && text.front() == '{') {
            if (text.size() < 2 || text.back() != '}')
                return std::nullopt;
            text = text.substr(1, text.size() - 2);
        }
        PlainPairs pairs;
        std::size_t at = 0;
        const auto skipSpace = [&] {
            while (at < text.size() && jsonSpace(text[at]))
                ++at;
        };
        skipSpace();
        if (at == text.size())
            return pairs;
        for (;;) {
            PlainPair pair;
            if (!plainString(text, at, pair.key))
                return std::nullopt;
            skipSpace();
            if (at == text.size() || text[at++] != ':')
                return std::nullopt;
            skipSpace();
            const bool integer = at < text.size() && text[at] != '"';
            if (!(integer ? plainInteger(text, at, pair.value) : plainString(text, at, pair.value)))
                return std::nullopt;
            pairs.push_back(pair);
            skipSpace();
            if (at == text.size())
                break;
            if (text[at++] != ',')
                return std::nullopt;
            skipSpace();
        }
        // As a JSON object holds them: ordered by key, and the last of keys given twice wins.
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
        PlainPairs unique;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if (i + 1 < pairs.size() && pairs[i + 1].key == pairs[i].key)
                continue;
            unique.push_back(pairs[i]);
        }
        return unique;
    }

    bool equalsLowerAscii(std::string_view text, std::string_view lower)
    {
        if (text.size() != lower.size())
            return false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i])
                return false;
        }
        return true;
    }

    QString latin1(std::string_view text) { return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size())); }

} // namespace

std::vector<std::pair<QString, QString>> parseTagsCell(std::string_view text)
{
    std::vector<std::pair<QString, QString>> tags;
    if (text.empty() || text == "NULL" || text == "{}")
        return tags;
    if (const auto pairs = plainPairs(text)) {
        tags.reserve(pairs->size());
        for (const PlainPair& pair : *pairs)
            tags.emplace_back(latin1(pair.key).trimmed(), latin1(pair.value));
        return tags;
    }
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
    // Key spellings vary by service and schema (VCPUs, vCores, vCPUs); match them case-insensitively.
    if (const auto pairs = plainPairs(text)) {
        for (const PlainPair& pair : *pairs) {
            if (equalsLowerAscii(pair.key, "servicetype") || equalsLowerAscii(pair.key, "serversku")) {
                if (info.vmSize.isEmpty())
                    info.vmSize = latin1(pair.value).trimmed();
            } else if (equalsLowerAscii(pair.key, "vcpus") || equalsLowerAscii(pair.key, "vcores")) {
                info.vcpus = latin1(pair.value).toInt();
            } else if (equalsLowerAscii(pair.key, "ahb")) {
                info.hybridBenefit = latin1(pair.value).compare(u"true", Qt::CaseInsensitive) == 0;
            } else if (equalsLowerAscii(pair.key, "imagetype")) {
                info.windowsImage = latin1(pair.value).contains(u"windows", Qt::CaseInsensitive);
            }
        }
        return info;
    }
    const auto parsed = parseObject(text);
    if (!parsed)
        return info;
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
