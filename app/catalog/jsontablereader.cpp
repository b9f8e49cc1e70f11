#include "jsontablereader.h"

#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace cloudshift {

// The SAX side of JsonTableReader: tracks where in the document each event falls. Table rows take the
// fast path: cells are written over the previous row's, and no frame is pushed per row.
class JsonTableSax : public nlohmann::json_sax<nlohmann::json>
{
public:
    using Cell = JsonTableReader::Cell;

    JsonTableSax(JsonTableReader& reader, const JsonTableReader::RowHandler& onRow)
        : m_reader(reader)
        , m_onRow(onRow)
    {
    }

    bool null() override
    {
        if (m_inRow) {
            nextCell().kind = Cell::Kind::Null;
            return true;
        }
        return value(Cell {});
    }
    bool boolean(bool value) override { return number(value ? 1.0 : 0.0); }
    bool number_integer(number_integer_t value) override { return number(static_cast<double>(value)); }
    bool number_unsigned(number_unsigned_t value) override { return number(static_cast<double>(value)); }
    bool number_float(number_float_t value, const string_t&) override { return number(value); }
    bool string(string_t& text) override
    {
        if (m_inRow) {
            Cell& cell = nextCell();
            cell.kind = Cell::Kind::String;
            cell.text.assign(text);
            return true;
        }
        Cell cell;
        cell.kind = Cell::Kind::String;
        cell.text = std::move(text);
        return value(std::move(cell));
    }
    bool binary(binary_t&) override { return fail("binary values are not supported"); }

    bool start_object(std::size_t) override
    {
        if (m_inRow || (!m_frames.empty() && m_frames.back().kind != Frame::Object))
            return fail("objects inside arrays are not supported");
        m_frames.push_back(Frame { Frame::Object, childPath(), {} });
        return true;
    }
    bool key(string_t& value) override
    {
        m_frames.back().key = std::move(value);
        return true;
    }
    bool end_object() override
    {
        m_frames.pop_back();
        return true;
    }

    bool start_array(std::size_t) override
    {
        if (m_frames.empty())
            return fail("the document must be an object");
        const Frame& parent = m_frames.back();
        if (parent.kind == Frame::Rows && !m_inRow) {
            m_inRow = true;
            m_rowSize = 0;
            return true;
        }
        if (parent.kind != Frame::Object || m_inRow)
            return fail("nested arrays are only supported as table rows");
        if (parent.key == "rows") {
            m_frames.push_back(Frame { Frame::Rows, parent.path, {} });
        } else {
            std::string path = childPath();
            m_reader.m_values[path].clear();
            m_frames.push_back(Frame { Frame::List, std::move(path), {} });
        }
        return true;
    }
    bool end_array() override
    {
        if (m_inRow) {
            m_inRow = false;
            m_onRow(m_frames.back().path, JsonTableReader::Row(m_row.data(), m_rowSize));
            return true;
        }
        m_frames.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        m_error = "byte " + std::to_string(position) + ": " + e.what();
        return false;
    }

    const std::string& error() const { return m_error; }

private:
    struct Frame
    {
        enum Kind { Object, List, Rows };
        Kind kind;
        std::string path; ///< of the object or list; for rows, of the table
        std::string key; ///< objects: the key whose value comes next
    };

    std::string childPath() const
    {
        if (m_frames.empty())
            return {};
        const Frame& parent = m_frames.back();
        return parent.path.empty() ? parent.key : parent.path + '.' + parent.key;
    }

    Cell& nextCell()
    {
        if (m_rowSize == m_row.size())
            m_row.emplace_back();
        return m_row[m_rowSize++];
    }

    bool number(double number)
    {
        if (m_inRow) {
            Cell& cell = nextCell();
            cell.kind = Cell::Kind::Number;
            cell.number = number;
            return true;
        }
        Cell cell;
        cell.kind = Cell::Kind::Number;
        cell.number = number;
        return value(std::move(cell));
    }

    // A value outside table rows: an object member or a list item.
    bool value(Cell&& cell)
    {
        if (m_frames.empty())
            return fail("the document must be an object");
        Frame& top = m_frames.back();
        if (top.kind == Frame::List) {
            m_reader.m_values[top.path].push_back(std::move(cell));
            return true;
        }
        if (top.kind == Frame::Object) {
            m_reader.m_values[childPath()] = std::vector<Cell> { std::move(cell) };
            return true;
        }
        return fail("table rows must be arrays");
    }

    bool fail(const std::string& message)
    {
        m_error = message;
        return false;
    }

    JsonTableReader& m_reader;
    const JsonTableReader::RowHandler& m_onRow;
    std::vector<Frame> m_frames;
    std::vector<Cell> m_row;
    std::size_t m_rowSize = 0;
    bool m_inRow = false;
    std::string m_error;
};

double JsonTableReader::Cell::toDouble() const
{
    if (kind == Kind::Null)
        return std::numeric_limits<double>::quiet_NaN();
    if (kind != Kind::Number)
        throw std::runtime_error("expected a number, found \"" + text + '"');
    return number;
}

QString JsonTableReader::Cell::toString() const
{
    if (kind == Kind::Null)
        return {};
    if (kind != Kind::String)
        throw std::runtime_error("expected a string, found " + std::to_string(number));
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void JsonTableReader::parse(const QByteArray& bytes, const RowHandler& onRow)
{
    m_values.clear();
    JsonTableSax sax(*this, onRow);
    if (!nlohmann::json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &sax))
        throw std::runtime_error(sax.error());
}

const std::vector<JsonTableReader::Cell>& JsonTableReader::values(const std::string& path) const
{
    const auto it = m_values.find(path);
    if (it == m_values.end())
        throw std::runtime_error("missing \"" + path + '"');
    return it->second;
}

QString JsonTableReader::string(const std::string& path) const
{
    const std::vector<Cell>& list = values(path);
    return list.empty() ? QString() : list.front().toString();
}

QString JsonTableReader::string(const std::string& path, const QString& fallback) const
{
    return contains(path) ? string(path) : fallback;
}

double JsonTableReader::number(const std::string& path) const
{
    const std::vector<Cell>& list = values(path);
    return list.empty() ? std::numeric_limits<double>::quiet_NaN() : list.front().toDouble();
}

QStringList JsonTableReader::strings(const std::string& path) const
{
    QStringList list;
    for (const Cell& cell : values(path))
        list.append(cell.toString());
    return list;
}

int JsonTableReader::column(const std::string& table, std::string_view name) const
{
    const auto it = m_values.find(table.empty() ? std::string("columns") : table + ".columns");
    if (it == m_values.end())
        return -1;
    for (std::size_t i = 0; i < it->second.size(); ++i) {
        if (it->second[i].text == name)
            return static_cast<int>(i);
    }
    return -1;
}

int JsonTableReader::requireColumn(const std::string& table, std::string_view name) const
{
    const int index = column(table, name);
    if (index < 0)
        throw std::runtime_error("table \"" + table + "\" has no column \"" + std::string(name) + '"');
    return index;
}

} // namespace cloudshift
