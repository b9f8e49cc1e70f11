#pragma once

#include "billing/money.h"

#include <QDate>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace cloudshift {

/// Reads fields of a JSON document strictly, remembering the first problem with the path where it is
/// ("resources[3].meters[0].cost: expected 12 whole numbers"), so a damaged project file is reported
/// precisely instead of opening half-read. After a failure every read returns a default value.
class JsonFieldReader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& path, const QString& message);

    /// The member `key` of `object`, or nullptr (a failure when `required`).
    const nlohmann::json* member(const nlohmann::json& object, const char* key, const QString& path, bool required = true);
    const nlohmann::json* object(const nlohmann::json& parent, const char* key, const QString& path);
    const nlohmann::json* array(const nlohmann::json& parent, const char* key, const QString& path);

    QString text(const nlohmann::json& object, const char* key, const QString& path, bool required = true);
    qint64 integer(const nlohmann::json& object, const char* key, const QString& path, bool required = true);
    bool boolean(const nlohmann::json& object, const char* key, const QString& path, bool required = true);
    QDate date(const nlohmann::json& object, const char* key, const QString& path); ///< "yyyy-MM-dd" or ""
    /// A list of `count` whole numbers (micro-units), or of `count` numbers.
    std::vector<Micros> microsSeries(const nlohmann::json& object, const char* key, const QString& path, std::size_t count);
    std::vector<double> numberSeries(const nlohmann::json& object, const char* key, const QString& path, std::size_t count);

    static QString join(const QString& path, const char* key);
    static QString index(const QString& path, std::size_t i);

private:
    QString m_error;
};

} // namespace cloudshift
