#include "workloadtablemodel.h"

#include "models/displaytext.h"

namespace cloudshift {

WorkloadTableModel::WorkloadTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WorkloadTableModel::setResults(const PlanResult& plan)
{
    beginResetModel();
    m_rows = plan.workloads;
    m_currency = plan.currency;
    endResetModel();
}

int WorkloadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WorkloadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkloadPlanRow& planRow = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(planRow, index.column());
    case SortRole:
        return sortValue(planRow, index.column());
    case Qt::ToolTipRole:
        return toolTip(planRow, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Workload || index.column() == AwsConfidence || index.column() == GcpConfidence)
            return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant WorkloadTableModel::displayValue(const WorkloadPlanRow& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Workload:
        return row.workload;
    case Resources:
        return row.resources;
    case Vms:
        return row.vms;
    case Azure:
        return groupedMoney(row.azure);
    case Aws:
        return groupedMoney(row.aws);
    case AwsSavingPercent:
        return percentText(row.awsSavingPercent);
    case AwsConfidence:
        return confidenceText(row.awsConfidence);
    case Gcp:
        return groupedMoney(row.gcp);
    case GcpSavingPercent:
        return percentText(row.gcpSavingPercent);
    case GcpConfidence:
        return confidenceText(row.gcpConfidence);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkloadTableModel::sortValue(const WorkloadPlanRow& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Workload:
        return row.workload;
    case Resources:
        return row.resources;
    case Vms:
        return row.vms;
    case Azure:
        return qint64 { row.azure };
    case Aws:
        return qint64 { row.aws };
    case AwsSavingPercent:
        return row.awsSavingPercent;
    case AwsConfidence:
        return static_cast<int>(row.awsConfidence);
    case Gcp:
        return qint64 { row.gcp };
    case GcpSavingPercent:
        return row.gcpSavingPercent;
    case GcpConfidence:
        return static_cast<int>(row.gcpConfidence);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkloadTableModel::toolTip(const WorkloadPlanRow& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Workload:
        return row.groupedBy.isEmpty() ? row.workload
                                       : tr("%1 (grouped by %2)").arg(row.workload, row.groupedBy);
    case Aws:
    case AwsSavingPercent:
        return tr("Saving on AWS: %1").arg(moneyWithCurrency(row.awsSaving, m_currency));
    case Gcp:
    case GcpSavingPercent:
        return tr("Saving on Google Cloud: %1").arg(moneyWithCurrency(row.gcpSaving, m_currency));
    case AwsConfidence:
        return tr("%1 of %2 VMs mapped to AWS; the weakest match decides").arg(row.vmsMappedAws).arg(row.vms);
    case GcpConfidence:
        return tr("%1 of %2 VMs mapped to Google Cloud; the weakest match decides")
            .arg(row.vmsMappedGcp)
            .arg(row.vms);
    default:
        return {};
    }
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto withCurrency = [this](const QString& name) {
        return m_currency.isEmpty() ? name : tr("%1 (%2)").arg(name, m_currency);
    };
    switch (static_cast<Column>(section)) {
    case Workload:
        return tr("Workload");
    case Resources:
        return tr("Resources");
    case Vms:
        return tr("VMs");
    case Azure:
        return withCurrency(tr("Azure"));
    case Aws:
        return withCurrency(tr("AWS"));
    case AwsSavingPercent:
        return tr("AWS saving");
    case AwsConfidence:
        return tr("AWS confidence");
    case Gcp:
        return withCurrency(tr("Google Cloud"));
    case GcpSavingPercent:
        return tr("GCP saving");
    case GcpConfidence:
        return tr("GCP confidence");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cloudshift
