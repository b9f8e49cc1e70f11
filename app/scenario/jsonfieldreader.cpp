#include "jsonfieldreader.h"

#include <nlohmann/json.hpp>

namespace cloudshift {

void JsonFieldReader::fail(const QString& path, const QString& message)
{
    if (m_error.isEmpty())
        m_error = path + QStringLiteral(": ") + message;
}

QString JsonFieldReader::join(const QString& path, const char* key)
{
    if (path.isEmpty())
        return QLatin1String(key);
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString JsonFieldReader::index(const QString& path, std::size_t i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

const nlohmann::json* JsonFieldReader::member(const nlohmann::json& object, const char* key, const QString& path, bool required)
{
    if (!ok())
        return nullptr;
    if (!object.is_object()) {
        fail(path.isEmpty() ? QStringLiteral("(top level)") : path, QStringLiteral("expected an object"));
        return nullptr;
    }
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            fail(join(path, key), QStringLiteral("missing"));
        return nullptr;
    }
    return &*it;
}

const nlohmann::json* JsonFieldReader::object(const nlohmann::json& parent, const char* key, const QString& path)
{
    const nlohmann::json* value = member(parent, key, path);
    if (value && !value->is_object()) {
        fail(join(path, key), QStringLiteral("expected an object"));
        return nullptr;
    }
    return value;
}

const nlohmann::json* JsonFieldReader::array(const nlohmann::json& parent, const char* key, const QString& path)
{
    const nlohmann::json* value = member(parent, key, path);
    if (value && !value->is_array()) {
        fail(join(path, key), QStringLiteral("expected a list"));
        return nullptr;
    }
    return value;
}

QString JsonFieldReader::text(const nlohmann::json& object, const char* key, const QString& path, bool required)
{
    const nlohmann::json* value = member(object, key, path, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        fail(join(path, key), QStringLiteral("expected a string"));
        return {};
    }
    return QString::fromStdString(value->get_ref<const std::string&>());
}

qint64 JsonFieldReader::integer(const nlohmann::json& object, const char* key, const QString& path, bool required)
{
    const nlohmann::json* value = member(object, key, path, required);
    if (!value)
        return 0;
    if (!value->is_number_integer()) {
        fail(join(path, key), QStringLiteral("expected a whole number"));
        return 0;
    }
    return value->get<qint64>();
}

bool JsonFieldReader::boolean(const nlohmann::json& object, const char* key, const QString& path, bool required)
{
    const nlohmann::json* value = member(object, key, path, required);
    if (!value)
        return false;
    if (!value->is_boolean()) {
        fail(join(path, key), QStringLiteral("expected true or false"));
        return false;
    }
    return value->get<bool>();
}

QDate JsonFieldReader::date(const nlohmann::json& object, const char* key, const QString& path)
{
    const QString value = text(object, key, path);
    if (value.isEmpty())
        return {};
    const QDate parsed = QDate::fromString(value, Qt::ISODate);
    if (!parsed.isValid())
        fail(join(path, key), QStringLiteral("'%1' is not a date (yyyy-mm-dd)").arg(value));
    return parsed;
}

std::vector<Micros> JsonFieldReader::microsSeries(const nlohmann::json& object, const char* key, const QString& path,
    std::size_t count)
{
    std::vector<Micros> series;
    const nlohmann::json* value = array(object, key, path);
    if (!value)
        return series;
    if (value->size() != count) {
        fail(join(path, key), QStringLiteral("expected %1 whole numbers, found %2").arg(count).arg(value->size()));
        return series;
    }
    series.reserve(count);
    for (const nlohmann::json& item : *value) {
        if (!item.is_number_integer()) {
            fail(join(path, key), QStringLiteral("expected whole numbers (micro-units)"));
            return {};
        }
        series.push_back(item.get<Micros>());
    }
    return series;
}

std::vector<double> JsonFieldReader::numberSeries(const nlohmann::json& object, const char* key, const QString& path,
    std::size_t count)
{
    std::vector<double> series;
    const nlohmann::json* value = array(object, key, path);
    if (!value)
        return series;
    if (value->size() != count) {
        fail(join(path, key), QStringLiteral("expected %1 numbers, found %2").arg(count).arg(value->size()));
        return series;
    }
    series.reserve(count);
    for (const nlohmann::json& item : *value) {
        if (!item.is_number()) {
            fail(join(path, key), QStringLiteral("expected numbers"));
            return {};
        }
        series.push_back(item.get<double>());
    }
    return series;
}

} // namespace cloudshift
