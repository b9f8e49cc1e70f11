#include "workloadsortfilterproxy.h"

#include "models/workloadtablemodel.h"

namespace cloudshift {

WorkloadSortFilterProxy::WorkloadSortFilterProxy(int workloadColumn, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_workloadColumn(workloadColumn)
{
    setSortRole(WorkloadTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Views sort through the proxy; sorting on the source's own row order keeps it stable.
    setDynamicSortFilter(true);
}

void WorkloadSortFilterProxy::setWorkloadFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_workloadFilter)
        return;
    m_workloadFilter = trimmed;
    invalidateFilter();
}

bool WorkloadSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_workloadFilter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, m_workloadColumn, sourceParent);
    return index.data(WorkloadTableModel::SortRole)
        .toString()
        .contains(m_workloadFilter, Qt::CaseInsensitive);
}

bool WorkloadSortFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue != rightValue)
        return QSortFilterProxyModel::lessThan(left, right);
    // Equal values (two workloads both saving 0 %) would otherwise keep an arbitrary order between
    // runs; the workload name makes the order repeatable.
    const QString leftName = left.sibling(left.row(), m_workloadColumn).data(sortRole()).toString();
    const QString rightName = right.sibling(right.row(), m_workloadColumn).data(sortRole()).toString();
    return QString::compare(leftName, rightName, Qt::CaseInsensitive) < 0;
}

} // namespace cloudshift
