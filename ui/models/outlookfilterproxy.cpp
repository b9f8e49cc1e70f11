#include "outlookfilterproxy.h"

#include "models/workloadoutlookmodel.h"

namespace cloudshift {

OutlookFilterProxy::OutlookFilterProxy(Filter filter, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_filter(filter)
{
    setDynamicSortFilter(true);
    // Moving workloads read in wave order; the others keep the model's (the scenario's) order.
    if (filter == Filter::Moving)
        sort(WorkloadOutlookModel::WaveStart, Qt::AscendingOrder);
}

bool OutlookFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const auto value
        = [&](int column, int role) { return model->index(sourceRow, column, sourceParent).data(role); };
    switch (m_filter) {
    case Filter::Moving:
        return value(WorkloadOutlookModel::Wave, WorkloadOutlookModel::SortRole).toInt() > 0;
    case Filter::RiskAssessed:
        return value(WorkloadOutlookModel::RiskScore, WorkloadOutlookModel::AssessedRole).toBool();
    case Filter::LatencyAssessed: {
        // A workload staying on Azure keeps its round trip: only the ones that relocate are plotted.
        const auto target = static_cast<Target>(
            value(WorkloadOutlookModel::Target, WorkloadOutlookModel::SortRole).toInt());
        return (target == Target::Aws || target == Target::Gcp)
            && value(WorkloadOutlookModel::LatencyBefore, WorkloadOutlookModel::AssessedRole).toBool();
    }
    }
    return false;
}

bool OutlookFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto raw = [](const QModelIndex& index, int column) {
        return index.siblingAtColumn(column).data(WorkloadOutlookModel::SortRole).toInt();
    };
    if (raw(left, WorkloadOutlookModel::WaveStart) != raw(right, WorkloadOutlookModel::WaveStart))
        return raw(left, WorkloadOutlookModel::WaveStart) < raw(right, WorkloadOutlookModel::WaveStart);
    if (raw(left, WorkloadOutlookModel::WaveMonths) != raw(right, WorkloadOutlookModel::WaveMonths))
        return raw(left, WorkloadOutlookModel::WaveMonths) < raw(right, WorkloadOutlookModel::WaveMonths);
    return left.row() < right.row();
}

} // namespace cloudshift
