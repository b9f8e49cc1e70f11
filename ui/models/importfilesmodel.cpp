#include "importfilesmodel.h"

#include <QFileInfo>
#include <QLocale>

namespace cloudshift {

ImportFilesModel::ImportFilesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportFilesModel::setResults(const ImportSummary& summary)
{
    beginResetModel();
    m_files = summary.files;
    endResetModel();
}

int ImportFilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}

int ImportFilesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportFilesModel::costKindText(CostKind kind)
{
    switch (kind) {
    case CostKind::Unknown:
        return tr("Unknown");
    case CostKind::Actual:
        return tr("Actual");
    case CostKind::Amortized:
        return tr("Amortized");
    case CostKind::Focus:
        return tr("FOCUS");
    }
    return {};
}

QVariant ImportFilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportedFile& file = m_files[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(file, index.column());
    case SortRole:
        return sortValue(file, index.column());
    case Qt::ToolTipRole:
        if (index.column() == File)
            return file.path;
        if (index.column() == Format)
            return file.format;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Size)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ImportFilesModel::displayValue(const ImportedFile& file, int column) const
{
    const QLocale locale;
    switch (static_cast<Column>(column)) {
    case File:
        return QFileInfo(file.path).fileName();
    case Format:
        return file.formatName.isEmpty() ? file.format : file.formatName;
    case SchemaVersion:
        return file.schemaVersion.isEmpty() ? tr("not stated") : file.schemaVersion;
    case Costs:
        return costKindText(file.costKind);
    case Size:
        return locale.formattedDataSize(file.bytes);
    case Rows:
        return locale.toString(file.rows);
    case SkippedRows:
        return locale.toString(file.skippedRows);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportFilesModel::sortValue(const ImportedFile& file, int column) const
{
    switch (static_cast<Column>(column)) {
    case File:
        return file.path;
    case Format:
        return file.format;
    case SchemaVersion:
        return file.schemaVersion;
    case Costs:
        return static_cast<int>(file.costKind);
    case Size:
        return file.bytes;
    case Rows:
        return file.rows;
    case SkippedRows:
        return file.skippedRows;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case SchemaVersion:
        return tr("Schema");
    case Costs:
        return tr("Costs");
    case Size:
        return tr("Size");
    case Rows:
        return tr("Rows");
    case SkippedRows:
        return tr("Skipped");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cloudshift
