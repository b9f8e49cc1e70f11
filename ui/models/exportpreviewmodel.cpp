#include "exportpreviewmodel.h"

namespace cloudshift {

namespace {

// JSON tags and AdditionalInfo run to hundreds of characters; the cell shows the start, the tooltip all.
constexpr int kMaxCellText = 80;

} // namespace

ExportPreviewModel::ExportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    // The columns that carry figures stand out from the dozens an export has.
    m_roleFont.setBold(true);
}

void ExportPreviewModel::setPreview(const ExportPreview& preview)
{
    beginResetModel();
    m_preview = preview;
    m_roles.clear();
    for (int column = 0; column < m_preview.headers.size(); ++column)
        m_roles.push_back(m_preview.roleOf(column));
    endResetModel();
}

int ExportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.rows.size());
}

int ExportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.headers.size());
}

QVariant ExportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList& row = m_preview.rows[static_cast<std::size_t>(index.row())];
    const QString text = index.column() < row.size() ? row.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return text.size() > kMaxCellText ? QString(text.left(kMaxCellText - 1) + u'…') : text;
    case Qt::ToolTipRole:
        return text.size() > kMaxCellText ? text : QVariant();
    case Qt::EditRole:
        return text;
    default:
        return {};
    }
}

QVariant ExportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_preview.headers.size() ? columnHeader(section, role) : QVariant();
    if (section < 0 || section >= rowCount())
        return {};
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

QVariant ExportPreviewModel::columnHeader(int column, int role) const
{
    const QString& name = m_preview.headers.at(column);
    const std::optional<Field>& field = m_roles[static_cast<std::size_t>(column)];
    switch (role) {
    case Qt::DisplayRole:
        return field ? tr("%1 → %2").arg(name, fieldDisplayName(*field)) : name;
    case Qt::ToolTipRole:
        return field ? tr("Read as %1").arg(fieldDisplayName(*field)) : tr("Not read by CloudShift");
    case Qt::FontRole:
        return field ? QVariant(m_roleFont) : QVariant();
    case FieldRole:
        return field ? fieldId(*field) : QString();
    case HeaderTextRole:
        return name;
    default:
        return {};
    }
}

} // namespace cloudshift
