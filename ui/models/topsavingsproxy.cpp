#include "topsavingsproxy.h"

#include "models/workloadoutlookmodel.h"

#include <algorithm>

namespace cloudshift {

TopSavingsProxy::TopSavingsProxy(int limit, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_limit(limit)
{
    setSortRole(WorkloadOutlookModel::SortRole);
    setDynamicSortFilter(true);
    sort(WorkloadOutlookModel::MonthlySaving, Qt::DescendingOrder);
}

int TopSavingsProxy::rowCount(const QModelIndex& parent) const
{
    // Sorted descending: the first rows are the top ones, the rest are cut off.
    return std::min(QSortFilterProxyModel::rowCount(parent), parent.isValid() ? 0 : m_limit);
}

bool TopSavingsProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const qint64 a = left.data(WorkloadOutlookModel::SortRole).toLongLong();
    const qint64 b = right.data(WorkloadOutlookModel::SortRole).toLongLong();
    if (a != b)
        return a < b;
    // Equal savings: by name, so the order does not depend on the engine's.
    return left.siblingAtColumn(WorkloadOutlookModel::Workload).data().toString()
        > right.siblingAtColumn(WorkloadOutlookModel::Workload).data().toString();
}

} // namespace cloudshift
