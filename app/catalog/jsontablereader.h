#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cloudshift {

/// Streams one catalog document: nested objects whose leaves are scalars, lists of scalars, and tables
/// {"columns": [...], "rows": [[...], ...]}.
///
/// Rows are handed to a callback as they are parsed instead of being built into a JSON tree first: the
/// price tables hold a quarter of a million numbers, and skipping the tree halves the load time.
/// Everything outside "rows" is kept by dotted path ("format", "prices.regions", "types.columns").
class JsonTableReader
{
public:
    struct Cell
    {
        enum class Kind { Null, Number, String };
        Kind kind = Kind::Null;
        double number = 0.0;
        std::string text;

        bool isNull() const { return kind == Kind::Null; }
        /// NaN for null; throws for a string.
        double toDouble() const;
        /// Empty for null; throws for a number.
        QString toString() const;
    };
    using Row = std::span<const Cell>;
    /// table: the path of the object holding "rows" ("prices", "families"). The row's cells are reused
    /// for the next row: copy what you keep.
    using RowHandler = std::function<void(const std::string& table, Row row)>;

    /// Throws std::runtime_error on malformed JSON or a shape the catalog does not use.
    void parse(const QByteArray& bytes, const RowHandler& onRow);

    bool contains(const std::string& path) const { return m_values.count(path) > 0; }
    /// Scalar at path; throws when missing unless a fallback is given.
    QString string(const std::string& path) const;
    QString string(const std::string& path, const QString& fallback) const;
    double number(const std::string& path) const;
    /// List of strings at path; throws when missing.
    QStringList strings(const std::string& path) const;
    /// Scalar or list at path as cells; throws when missing.
    const std::vector<Cell>& cells(const std::string& path) const { return values(path); }
    /// Index of a column of the table at path, or -1.
    int column(const std::string& table, std::string_view name) const;
    /// As column(), but throws when the column is missing.
    int requireColumn(const std::string& table, std::string_view name) const;

private:
    friend class JsonTableSax;

    const std::vector<Cell>& values(const std::string& path) const;

    std::unordered_map<std::string, std::vector<Cell>> m_values;
};

} // namespace cloudshift
