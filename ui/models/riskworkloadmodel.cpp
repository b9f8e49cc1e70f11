#include "riskworkloadmodel.h"

#include <QLocale>

namespace cloudshift {

RiskWorkloadModel::RiskWorkloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RiskWorkloadModel::setResults(const PlanResult& plan)
{
    beginResetModel();
    m_rows.clear();
    for (const WorkloadPlanRow& row : plan.workloads) {
        if (row.risk.assessed)
            m_rows.push_back(row);
    }
    endResetModel();
}

const WorkloadPlanRow* RiskWorkloadModel::workloadAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)]
                                                             : nullptr;
}

int RiskWorkloadModel::rowOf(const QString& workload) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].workload == workload)
            return static_cast<int>(i);
    }
    return -1;
}

int RiskWorkloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RiskWorkloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskWorkloadModel::data(const QModelIndex& index, int role) const
{
    const WorkloadPlanRow* row = index.isValid() ? workloadAt(index.row()) : nullptr;
    if (!row)
        return {};
    const QLocale locale;
    const WorkloadLatency& latency = row->latency;
    if (role == WorkloadRole)
        return row->workload;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Target)
            return row->risk.targetReason;
        if (index.column() == Confidence)
            return row->risk.confidenceEvidence.join(QLatin1Char('\n'));
        if (index.column() == BeforeMs || index.column() == AfterMs)
            return latency.notes.join(QLatin1Char('\n'));
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Workload:
        return row->workload;
    case Target:
        return cloudDisplayName(row->risk.target);
    case Score:
        return sort ? QVariant(row->risk.score) : QVariant(locale.toString(row->risk.score, 'f', 1));
    case Confidence:
        return sort ? QVariant(row->risk.confidence) : QVariant(tr("%1 of 5").arg(row->risk.confidence));
    case BeforeMs:
        if (!latency.assessed)
            return sort ? QVariant(-1.0) : QVariant(tr("not assessed"));
        return sort ? QVariant(latency.beforeMs)
                    : QVariant(tr("%1 ms").arg(locale.toString(latency.beforeMs, 'f', 1)));
    case AfterMs:
        if (!latency.assessed)
            return sort ? QVariant(-1.0) : QVariant(tr("not assessed"));
        return sort ? QVariant(latency.afterMs)
                    : QVariant(tr("%1 ms").arg(locale.toString(latency.afterMs, 'f', 1)));
    default:
        return {};
    }
}

QVariant RiskWorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Workload:
        return tr("Workload");
    case Target:
        return tr("Target");
    case Score:
        return tr("Risk (0-100)");
    case Confidence:
        return tr("Data confidence");
    case BeforeMs:
        return tr("Users' RTT now");
    case AfterMs:
        return tr("RTT after");
    default:
        return {};
    }
}

} // namespace cloudshift
