#pragma once

#include "simulation/planresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// The traceable detail behind the workload table: every resource with its Azure cost and the offer
/// it was priced with on AWS and Google Cloud (SKU, confidence; reason and price source as tooltip).
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Resource,
        Workload,
        Service,
        AzureSku,
        Region,
        Hours,
        Azure,
        AwsSku,
        Aws,
        AwsConfidence,
        GcpSku,
        Gcp,
        GcpConfidence,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The raw value behind a cell; same value as WorkloadTableModel::SortRole so one proxy
        /// class sorts both tables.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit ResourceTableModel(QObject* parent = nullptr);

    void setResults(const PlanResult& plan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "m6i.xlarge in us-east-1 at 0.1920 USD/h: <reason>. Price: <source>, <date>", or why none.
    static QString offerDescription(const Offer& offer);

private:
    QVariant displayValue(const ResourcePlanRow& row, int column) const;
    QVariant sortValue(const ResourcePlanRow& row, int column) const;
    QVariant toolTip(const ResourcePlanRow& row, int column) const;

    std::vector<ResourcePlanRow> m_rows;
    QString m_currency;
};

} // namespace cloudshift
