#pragma once

#include "scenario/mappingoverride.h"
#include "simulation/planresult.h"

#include <QAbstractItemModel>

#include <vector>

namespace cloudshift {

class ProjectDocument;

/// The mapping of every resource, grouped by workload: a workload row (expandable) with its resources
/// under it, each with its Azure SKU and cost beside the AWS and Google Cloud offer it was priced with
/// (SKU, region, hourly price, cost, confidence, reason).
///
/// The target SKU and region cells are editable on both levels: an edit becomes a mapping override
/// pushed as a SetMappingOverrideCommand on the document's undo stack, and the engine re-prices; the
/// model only shows the analysis it is given. Cells the user chose are marked by OverriddenRole.
class MappingTableModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        AzureSku,
        AzureRegion,
        Azure,
        AwsSku,
        AwsRegion,
        AwsPrice,
        Aws,
        AwsConfidence,
        AwsReason,
        GcpSku,
        GcpRegion,
        GcpPrice,
        Gcp,
        GcpConfidence,
        GcpReason,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value behind a cell
        NotMappedRole, ///< bool: a resource with no priced target on AWS or on Google Cloud
        OverriddenRole, ///< bool: the cell's target SKU or region is the user's choice
        ResourceIdRole, ///< the Azure resource id; empty on workload rows
        WorkloadRole, ///< the workload of the row
    };
    Q_ENUM(Role)

    explicit MappingTableModel(QObject* parent = nullptr);

    /// The analysis' plan and the overrides it was priced with.
    void setResults(const PlanResult& plan, const std::vector<MappingOverride>& overrides);
    /// Where edits go; without a document the model is read-only.
    void setDocument(ProjectDocument* document) { m_document = document; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The override an edit of this cell would start from (the row's current one on that cloud), with
    /// its key (resource or workload, cloud) filled in; nullopt for cells that are not target choices.
    std::optional<MappingOverride> overrideFor(const QModelIndex& index) const;

private:
    struct WorkloadNode
    {
        WorkloadPlanRow row;
        std::vector<std::size_t> resources; ///< into m_resources
    };

    const MappingOverride* findOverride(
        const QString& resourceId, const QString& workload, Cloud cloud) const;
    QVariant workloadValue(const WorkloadNode& node, int column, int role) const;
    QVariant resourceValue(const ResourcePlanRow& row, int column, int role) const;
    bool isOverridden(const QString& resourceId, const QString& workload, int column) const;

    std::vector<WorkloadNode> m_workloads;
    std::vector<ResourcePlanRow> m_resources;
    std::vector<MappingOverride> m_overrides;
    QString m_currency;
    ProjectDocument* m_document = nullptr;
};

} // namespace cloudshift
