#include "resourcetablemodel.h"

#include "models/displaytext.h"

#include <QLocale>

namespace cloudshift {

ResourceTableModel::ResourceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ResourceTableModel::setResults(const PlanResult& plan)
{
    beginResetModel();
    m_rows = plan.resources;
    m_currency = plan.currency;
    endResetModel();
}

int ResourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResourceTableModel::offerDescription(const Offer& offer)
{
    if (!offer.isMapped())
        return tr("No equivalent priced: the Azure cost is carried over");
    QString text = tr("%1 in %2 at %3 USD/h")
                       .arg(offer.sku, offer.region, QLocale().toString(offer.usdPerHour, 'f', 4));
    if (!offer.reason.isEmpty())
        text += u'\n' + offer.reason;
    if (!offer.source.isEmpty())
        text += u'\n' + tr("Price: %1, %2").arg(offer.source, offer.sourceDate);
    return text;
}

QVariant ResourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourcePlanRow& planRow = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(planRow, index.column());
    case SortRole:
        return sortValue(planRow, index.column());
    case Qt::ToolTipRole:
        return toolTip(planRow, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Hours:
        case Azure:
        case Aws:
        case Gcp:
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant ResourceTableModel::displayValue(const ResourcePlanRow& row, int column) const
{
    const auto skuText
        = [](const Offer& offer) { return offer.isMapped() ? offer.sku : QStringLiteral("—"); };
    switch (static_cast<Column>(column)) {
    case Resource:
        // Azure resource ids are long paths; their last segment is the name the portal shows.
        return row.resourceName.isEmpty() ? row.resourceId.section(u'/', -1) : row.resourceName;
    case Workload:
        return row.workload;
    case Service:
        return row.serviceCategory;
    case AzureSku:
        return row.azureSku;
    case Region:
        return row.azureRegion;
    case Hours:
        return QLocale().toString(row.usageHours, 'f', 1);
    case Azure:
        return groupedMoney(row.azure);
    case AwsSku:
        return skuText(row.awsOffer);
    case Aws:
        return groupedMoney(row.aws);
    case AwsConfidence:
        return confidenceText(row.awsOffer.confidence);
    case GcpSku:
        return skuText(row.gcpOffer);
    case Gcp:
        return groupedMoney(row.gcp);
    case GcpConfidence:
        return confidenceText(row.gcpOffer.confidence);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResourceTableModel::sortValue(const ResourcePlanRow& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Resource:
        return row.resourceName.isEmpty() ? row.resourceId.section(u'/', -1) : row.resourceName;
    case Workload:
        return row.workload;
    case Service:
        return row.serviceCategory;
    case AzureSku:
        return row.azureSku;
    case Region:
        return row.azureRegion;
    case Hours:
        return row.usageHours;
    case Azure:
        return qint64 { row.azure };
    case AwsSku:
        return row.awsOffer.sku;
    case Aws:
        return qint64 { row.aws };
    case AwsConfidence:
        return static_cast<int>(row.awsOffer.confidence);
    case GcpSku:
        return row.gcpOffer.sku;
    case Gcp:
        return qint64 { row.gcp };
    case GcpConfidence:
        return static_cast<int>(row.gcpOffer.confidence);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResourceTableModel::toolTip(const ResourcePlanRow& row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Resource:
        return row.resourceId;
    case AwsSku:
    case Aws:
    case AwsConfidence:
        return offerDescription(row.awsOffer);
    case GcpSku:
    case Gcp:
    case GcpConfidence:
        return offerDescription(row.gcpOffer);
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto withCurrency = [this](const QString& name) {
        return m_currency.isEmpty() ? name : tr("%1 (%2)").arg(name, m_currency);
    };
    switch (static_cast<Column>(section)) {
    case Resource:
        return tr("Resource");
    case Workload:
        return tr("Workload");
    case Service:
        return tr("Service");
    case AzureSku:
        return tr("Azure SKU");
    case Region:
        return tr("Region");
    case Hours:
        return tr("Hours");
    case Azure:
        return withCurrency(tr("Azure"));
    case AwsSku:
        return tr("AWS SKU");
    case Aws:
        return withCurrency(tr("AWS"));
    case AwsConfidence:
        return tr("AWS confidence");
    case GcpSku:
        return tr("GCP SKU");
    case Gcp:
        return withCurrency(tr("Google Cloud"));
    case GcpConfidence:
        return tr("GCP confidence");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cloudshift
