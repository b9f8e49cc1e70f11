#include "mappingfilterproxy.h"

#include "models/mappingtablemodel.h"

namespace cloudshift {

MappingFilterProxy::MappingFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MappingTableModel::SortRole);
    // A workload stays visible while one of its resources passes the filter.
    setRecursiveFilteringEnabled(true);
}

void MappingFilterProxy::setNotMappedOnly(bool on)
{
    if (on == m_notMappedOnly)
        return;
    m_notMappedOnly = on;
    invalidateFilter();
}

void MappingFilterProxy::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool MappingFilterProxy::matchesText(const QModelIndex& sourceIndex) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column : { MappingTableModel::Name, MappingTableModel::AzureSku, MappingTableModel::AzureRegion,
             MappingTableModel::AwsSku, MappingTableModel::AwsRegion, MappingTableModel::GcpSku,
             MappingTableModel::GcpRegion }) {
        const QModelIndex cell = model->index(sourceIndex.row(), column, sourceIndex.parent());
        if (model->data(cell).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool MappingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Workload rows pass on their own only without "not mapped only"; otherwise through a resource.
    if (!sourceParent.isValid())
        return !m_notMappedOnly && matchesText(index);
    if (m_notMappedOnly && !index.data(MappingTableModel::NotMappedRole).toBool())
        return false;
    return matchesText(index) || matchesText(sourceParent);
}

} // namespace cloudshift
