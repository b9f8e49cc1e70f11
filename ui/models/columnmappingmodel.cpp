#include "columnmappingmodel.h"

#include <algorithm>

namespace cloudshift {

ColumnMappingModel::ColumnMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_requiredFont.setBold(true);
    // Required fields first, the rest in the engine's order: the user can stop reading after three rows.
    for (int f = 0; f < static_cast<int>(Field::Count); ++f) {
        if (isRequiredField(static_cast<Field>(f)))
            m_rows.push_back({ static_cast<Field>(f) });
    }
    for (int f = 0; f < static_cast<int>(Field::Count); ++f) {
        if (!isRequiredField(static_cast<Field>(f)))
            m_rows.push_back({ static_cast<Field>(f) });
    }
}

void ColumnMappingModel::setHeader(
    const QStringList& headers, const QStringList& sample, const ColumnMapping& mapping)
{
    beginResetModel();
    m_headers = headers;
    m_sample = sample;
    for (Row& row : m_rows) {
        const auto chosen = mapping.columns.find(row.field);
        row.column
            = chosen == mapping.columns.end() ? -1 : static_cast<int>(m_headers.indexOf(chosen->second));
    }
    endResetModel();
}

ColumnMapping ColumnMappingModel::mapping() const
{
    ColumnMapping result;
    for (const Row& row : m_rows) {
        if (row.column >= 0)
            result.columns[row.field] = m_headers.at(row.column);
    }
    return result;
}

bool ColumnMappingModel::isComplete() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(),
        [](const Row& row) { return row.column >= 0 || !isRequiredField(row.field); });
}

int ColumnMappingModel::rowOf(Field field) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].field == field)
            return static_cast<int>(i);
    }
    return -1;
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool required = isRequiredField(row.field);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::EditRole:
        if (index.column() == SourceColumn)
            return row.column >= 0 ? m_headers.at(row.column) : QString();
        return displayValue(row, index.column());
    case Qt::FontRole:
        return index.column() == FieldColumn && required ? QVariant(m_requiredFont) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn && required)
            return tr("Required: CloudShift cannot import the file without it");
        return {};
    case FieldRole:
        return fieldId(row.field);
    case RequiredRole:
        return required;
    case ChoicesRole:
        return index.column() == SourceColumn ? QVariant(m_headers) : QVariant();
    default:
        return {};
    }
}

QVariant ColumnMappingModel::displayValue(const Row& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case FieldColumn:
        return isRequiredField(row.field) ? tr("%1 (required)").arg(fieldDisplayName(row.field))
                                          : fieldDisplayName(row.field);
    case SourceColumn:
        return row.column >= 0 ? m_headers.at(row.column) : tr("(none)");
    case SampleColumn:
        return row.column >= 0 && row.column < m_sample.size() ? m_sample.at(row.column) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != SourceColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString();
    const int column = name.isEmpty() ? -1 : static_cast<int>(m_headers.indexOf(name));
    if (!name.isEmpty() && column < 0)
        return false; // not a column of this file
    Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (row.column == column)
        return true;
    row.column = column;
    Q_EMIT dataChanged(index, index.siblingAtColumn(SampleColumn));
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SourceColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case SourceColumn:
        return tr("Column in the file");
    case SampleColumn:
        return tr("First value");
    default:
        return {};
    }
}

} // namespace cloudshift
