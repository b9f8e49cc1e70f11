#include "catalogsourcesmodel.h"

namespace cloudshift {

CatalogSourcesModel::CatalogSourcesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CatalogSourcesModel::setSources(const std::vector<CatalogSource>& sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int CatalogSourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sources.size());
}

int CatalogSourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogSourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogSource& source = m_sources[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Title:
            return source.title;
        case AsOf:
            return source.asOf;
        case Licence:
            return source.licence;
        case Upstream:
            return source.upstream;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        // Upstream names repository, commit and path: too long for the column, needed whole to cite.
        return index.column() == Upstream || index.column() == Title ? QVariant(index.data().toString())
                                                                     : QVariant();
    case SourceIdRole:
        return source.id;
    default:
        return {};
    }
}

QVariant CatalogSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Data");
    case AsOf:
        return tr("As of");
    case Licence:
        return tr("Licence");
    case Upstream:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace cloudshift
