#include "mappingtablemodel.h"

#include "commands/projectdocument.h"
#include "commands/setmappingoverridecommand.h"
#include "models/displaytext.h"
#include "models/resourcetablemodel.h"

#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <map>

namespace cloudshift {

namespace {

constexpr quintptr kWorkloadLevel = 0;

bool isAwsColumn(int column)
{
    return column >= MappingTableModel::AwsSku && column <= MappingTableModel::AwsReason;
}

bool isTargetChoice(int column)
{
    return column == MappingTableModel::AwsSku || column == MappingTableModel::AwsRegion
        || column == MappingTableModel::GcpSku || column == MappingTableModel::GcpRegion;
}

bool isSkuColumn(int column)
{
    return column == MappingTableModel::AwsSku || column == MappingTableModel::GcpSku;
}

bool isMoneyColumn(int column)
{
    return column == MappingTableModel::Azure || column == MappingTableModel::Aws
        || column == MappingTableModel::Gcp || column == MappingTableModel::AwsPrice
        || column == MappingTableModel::GcpPrice;
}

QString resourceName(const ResourcePlanRow& row)
{
    // Azure resource ids are long paths; their last segment is the name the portal shows.
    return row.resourceName.isEmpty() ? row.resourceId.section(u'/', -1) : row.resourceName;
}

} // namespace

MappingTableModel::MappingTableModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void MappingTableModel::setResults(const PlanResult& plan, const std::vector<MappingOverride>& overrides)
{
    beginResetModel();
    m_resources = plan.resources;
    m_overrides = overrides;
    m_currency = plan.currency;
    m_workloads.clear();
    std::map<QString, std::size_t> nodeOf;
    for (const WorkloadPlanRow& row : plan.workloads) {
        nodeOf.emplace(row.workload, m_workloads.size());
        m_workloads.push_back({ row, {} });
    }
    for (std::size_t r = 0; r < m_resources.size(); ++r) {
        auto it = nodeOf.find(m_resources[r].workload);
        if (it == nodeOf.end()) {
            // Every resource belongs to a workload row, even if the plan lists none for it.
            WorkloadPlanRow row;
            row.workload = m_resources[r].workload;
            it = nodeOf.emplace(row.workload, m_workloads.size()).first;
            m_workloads.push_back({ row, {} });
        }
        m_workloads[it->second].resources.push_back(r);
    }
    endResetModel();
}

QModelIndex MappingTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kWorkloadLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex MappingTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kWorkloadLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kWorkloadLevel);
}

int MappingTableModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_workloads.size());
    if (parent.column() != 0 || parent.internalId() != kWorkloadLevel)
        return 0;
    return static_cast<int>(m_workloads[static_cast<std::size_t>(parent.row())].resources.size());
}

int MappingTableModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const MappingOverride* MappingTableModel::findOverride(
    const QString& resourceId, const QString& workload, Cloud cloud) const
{
    for (const MappingOverride& o : m_overrides) {
        if (o.cloud != cloud)
            continue;
        if (!resourceId.isEmpty() ? o.resourceId.compare(resourceId, Qt::CaseInsensitive) == 0
                                  : (o.resourceId.isEmpty() && o.workload == workload))
            return &o;
    }
    return nullptr;
}

bool MappingTableModel::isOverridden(const QString& resourceId, const QString& workload, int column) const
{
    if (!isTargetChoice(column))
        return false;
    const Cloud cloud = isAwsColumn(column) ? Cloud::Aws : Cloud::Gcp;
    // A resource's own choice wins; its workload's applies otherwise, as the engine does.
    const MappingOverride* own = resourceId.isEmpty() ? nullptr : findOverride(resourceId, workload, cloud);
    const MappingOverride* chosen = own ? own : findOverride(QString(), workload, cloud);
    if (!chosen)
        return false;
    return isSkuColumn(column) ? !chosen->choice.vmSku.isEmpty() : !chosen->choice.region.isEmpty();
}

std::optional<MappingOverride> MappingTableModel::overrideFor(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !isTargetChoice(index.column()))
        return std::nullopt;
    MappingOverride result;
    result.cloud = isAwsColumn(index.column()) ? Cloud::Aws : Cloud::Gcp;
    if (index.internalId() == kWorkloadLevel) {
        result.workload = m_workloads[static_cast<std::size_t>(index.row())].row.workload;
    } else {
        const WorkloadNode& node = m_workloads[static_cast<std::size_t>(index.internalId() - 1)];
        const ResourcePlanRow& row = m_resources[node.resources[static_cast<std::size_t>(index.row())]];
        result.resourceId = row.resourceId;
    }
    if (const MappingOverride* existing = findOverride(result.resourceId, result.workload, result.cloud))
        result.choice = existing->choice;
    return result;
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        return isMoneyColumn(index.column()) ? static_cast<int>(Qt::AlignRight | Qt::AlignVCenter)
                                             : static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (index.internalId() == kWorkloadLevel)
        return workloadValue(m_workloads[static_cast<std::size_t>(index.row())], index.column(), role);
    const WorkloadNode& node = m_workloads[static_cast<std::size_t>(index.internalId() - 1)];
    return resourceValue(
        m_resources[node.resources[static_cast<std::size_t>(index.row())]], index.column(), role);
}

QVariant MappingTableModel::workloadValue(const WorkloadNode& node, int column, int role) const
{
    const WorkloadPlanRow& row = node.row;
    const Cloud cloud = isAwsColumn(column) ? Cloud::Aws : Cloud::Gcp;
    const MappingOverride* chosen = findOverride(QString(), row.workload, cloud);
    switch (role) {
    case NotMappedRole:
        for (std::size_t r : node.resources) {
            if (!m_resources[r].awsOffer.isMapped() || !m_resources[r].gcpOffer.isMapped())
                return true;
        }
        return false;
    case OverriddenRole:
        return isOverridden(QString(), row.workload, column);
    case Qt::FontRole:
        if (isOverridden(QString(), row.workload, column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ResourceIdRole:
        return QString();
    case WorkloadRole:
        return row.workload;
    case Qt::EditRole:
        if (isTargetChoice(column) && chosen)
            return isSkuColumn(column) ? chosen->choice.vmSku : chosen->choice.region;
        return isTargetChoice(column) ? QVariant(QString()) : QVariant();
    case Qt::ToolTipRole:
        if (isTargetChoice(column))
            return tr("Choose a target for every resource of %1 (a resource's own choice wins)")
                .arg(row.workload);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (static_cast<Column>(column)) {
    case Name:
        return row.workload;
    case AzureSku:
        return display ? QVariant(tr("%n resource(s)", nullptr, static_cast<int>(node.resources.size())))
                       : QVariant(static_cast<int>(node.resources.size()));
    case Azure:
        return display ? QVariant(groupedMoney(row.azure)) : QVariant(qint64 { row.azure });
    case Aws:
        return display ? QVariant(groupedMoney(row.aws)) : QVariant(qint64 { row.aws });
    case Gcp:
        return display ? QVariant(groupedMoney(row.gcp)) : QVariant(qint64 { row.gcp });
    case AwsSku:
    case GcpSku:
        return chosen ? chosen->choice.vmSku : QString();
    case AwsRegion:
    case GcpRegion:
        return chosen ? chosen->choice.region : QString();
    case AwsConfidence:
    case GcpConfidence: {
        // The engine rates a workload by its VMs; a workload without VMs has no such rating.
        if (row.vms == 0)
            return display ? QVariant(QString()) : QVariant(-1);
        const Confidence confidence = cloud == Cloud::Aws ? row.awsConfidence : row.gcpConfidence;
        return display ? QVariant(confidenceText(confidence)) : QVariant(static_cast<int>(confidence));
    }
    default:
        return display ? QVariant(QString()) : QVariant();
    }
}

QVariant MappingTableModel::resourceValue(const ResourcePlanRow& row, int column, int role) const
{
    const Cloud cloud = isAwsColumn(column) ? Cloud::Aws : Cloud::Gcp;
    const Offer& offer = cloud == Cloud::Aws ? row.awsOffer : row.gcpOffer;
    switch (role) {
    case NotMappedRole:
        return !row.awsOffer.isMapped() || !row.gcpOffer.isMapped();
    case OverriddenRole:
        return isOverridden(row.resourceId, row.workload, column);
    case Qt::FontRole:
        if (isOverridden(row.resourceId, row.workload, column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ResourceIdRole:
        return row.resourceId;
    case WorkloadRole:
        return row.workload;
    case Qt::EditRole:
        if (isTargetChoice(column))
            return isSkuColumn(column) ? offer.sku : offer.region;
        return {};
    case Qt::ToolTipRole:
        if (column == Name)
            return row.resourceId;
        if (column >= AwsSku)
            return ResourceTableModel::offerDescription(offer);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (static_cast<Column>(column)) {
    case Name:
        return resourceName(row);
    case AzureSku:
        return row.azureSku.isEmpty() ? row.serviceCategory : row.azureSku;
    case AzureRegion:
        return row.azureRegion;
    case Azure:
        return display ? QVariant(groupedMoney(row.azure)) : QVariant(qint64 { row.azure });
    case Aws:
    case Gcp: {
        const Micros cost = cloud == Cloud::Aws ? row.aws : row.gcp;
        return display ? QVariant(groupedMoney(cost)) : QVariant(qint64 { cost });
    }
    case AwsSku:
    case GcpSku:
        return offer.isMapped() || !display ? offer.sku : QStringLiteral("—");
    case AwsRegion:
    case GcpRegion:
        return offer.region;
    case AwsPrice:
    case GcpPrice:
        // Only VMs have one hourly price; other resources are priced line by line.
        if (!display)
            return offer.usdPerHour;
        return offer.usdPerHour > 0.0 ? tr("%1 USD/h").arg(QLocale().toString(offer.usdPerHour, 'f', 4))
                                      : QStringLiteral("—");
    case AwsConfidence:
    case GcpConfidence:
        return display ? QVariant(confidenceText(offer.confidence))
                       : QVariant(static_cast<int>(offer.confidence));
    case AwsReason:
    case GcpReason:
        return offer.reason;
    case ColumnCount:
        break;
    }
    return {};
}

bool MappingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_document || !(flags(index) & Qt::ItemIsEditable))
        return false;
    std::optional<MappingOverride> edit = overrideFor(index);
    if (!edit)
        return false;
    const MappingOverride before = *edit;
    const QString text = value.toString().trimmed();
    // Confirming what the mapper chose is not a choice.
    if (!findOverride(edit->resourceId, edit->workload, edit->cloud)
        && text == data(index, Qt::EditRole).toString())
        return false;
    (isSkuColumn(index.column()) ? edit->choice.vmSku : edit->choice.region) = text;
    if (edit->choice.vmSku == before.choice.vmSku && edit->choice.region == before.choice.region)
        return false;
    m_document->undoStack()->push(new SetMappingOverrideCommand(m_document, *edit));
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document && isTargetChoice(index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString currency = m_currency.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_currency);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Workload / resource");
    case AzureSku:
        return tr("Azure SKU");
    case AzureRegion:
        return tr("Azure region");
    case Azure:
        return QString(tr("Azure cost") + currency);
    case AwsSku:
        return tr("AWS SKU");
    case AwsRegion:
        return tr("AWS region");
    case AwsPrice:
        return tr("AWS price");
    case Aws:
        return QString(tr("AWS cost") + currency);
    case AwsConfidence:
        return tr("AWS confidence");
    case AwsReason:
        return tr("AWS reason");
    case GcpSku:
        return tr("Google Cloud SKU");
    case GcpRegion:
        return tr("Google Cloud region");
    case GcpPrice:
        return tr("Google Cloud price");
    case Gcp:
        return QString(tr("Google Cloud cost") + currency);
    case GcpConfidence:
        return tr("Google Cloud confidence");
    case GcpReason:
        return tr("Google Cloud reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cloudshift
