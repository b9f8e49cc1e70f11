#include "populationlistmodel.h"

#include <QLocale>
#include <QRegularExpression>

namespace cloudshift {

PopulationListModel::PopulationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PopulationListModel::setPopulations(const std::vector<UserPopulation>& populations)
{
    beginResetModel();
    m_populations = populations;
    endResetModel();
}

void PopulationListModel::addPopulation(const QString& region)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_populations.push_back({ tr("users near %1").arg(region), region, std::nullopt, 1.0 });
    endInsertRows();
}

void PopulationListModel::removePopulation(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_populations.erase(m_populations.begin() + row);
    endRemoveRows();
}

bool PopulationListModel::parseWhere(const QString& text, UserPopulation& users)
{
    static const QRegularExpression region(QStringLiteral("^(azure|aws|gcp):[a-z0-9-]+$"));
    static const QRegularExpression place(
        QStringLiteral("^(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)$"));
    const QString trimmed = text.trimmed();
    if (region.match(trimmed).hasMatch()) {
        users.region = trimmed;
        users.location.reset();
        return true;
    }
    const QRegularExpressionMatch m = place.match(trimmed);
    if (!m.hasMatch())
        return false;
    const double latitude = m.captured(1).toDouble();
    const double longitude = m.captured(2).toDouble();
    if (latitude < -90.0 || latitude > 90.0 || longitude < -180.0 || longitude > 180.0)
        return false;
    users.region.clear();
    users.location = GeoCoordinate { latitude, longitude };
    return true;
}

QString PopulationListModel::whereText(const UserPopulation& users)
{
    if (!users.region.isEmpty() || !users.location)
        return users.region;
    return QStringLiteral("%1, %2").arg(users.location->latitude).arg(users.location->longitude);
}

int PopulationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_populations.size());
}

int PopulationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PopulationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const UserPopulation& users = m_populations[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Where:
        return whereText(users);
    case Share:
        return role == Qt::EditRole ? QVariant(users.share)
                                    : QVariant(QLocale().toString(users.share, 'g', 6));
    case Name:
        return users.name;
    default:
        return {};
    }
}

bool PopulationListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::EditRole)
        return false;
    UserPopulation& users = m_populations[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Where:
        if (!parseWhere(value.toString(), users))
            return false;
        break;
    case Share: {
        bool ok = false;
        const double share = value.toDouble(&ok);
        if (!ok || share < 0.0)
            return false;
        users.share = share;
        break;
    }
    case Name:
        if (value.toString().trimmed().isEmpty())
            return false;
        users.name = value.toString().trimmed();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags PopulationListModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant PopulationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Where:
        return tr("Where (cloud:region or latitude, longitude)");
    case Share:
        return tr("Share");
    case Name:
        return tr("Name");
    default:
        return {};
    }
}

} // namespace cloudshift
