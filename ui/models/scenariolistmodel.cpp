#include "scenariolistmodel.h"

#include "commands/scenarioset.h"

namespace cloudshift {

ScenarioListModel::ScenarioListModel(ScenarioSet* scenarios, QObject* parent)
    : QAbstractListModel(parent)
    , m_scenarios(scenarios)
{
    connect(scenarios, &ScenarioSet::analysisChanged, this, &ScenarioListModel::reset);
    connect(scenarios, &ScenarioSet::scenarioInserted, this, [this](int index) {
        beginInsertRows({}, index, index);
        m_items.insert(m_items.begin() + index, itemAt(index));
        endInsertRows();
    });
    connect(scenarios, &ScenarioSet::scenarioRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
        m_items.erase(m_items.begin() + index);
        endRemoveRows();
    });
    connect(scenarios, &ScenarioSet::scenarioRenamed, this, [this](int index) {
        m_items[static_cast<std::size_t>(index)] = itemAt(index);
        Q_EMIT dataChanged(this->index(index), this->index(index));
    });
    reset();
}

ScenarioListModel::Item ScenarioListModel::itemAt(int index) const
{
    return { m_scenarios->idAt(index), m_scenarios->scenario(index).name,
        m_scenarios->kind(index) != ScenarioSet::Kind::User };
}

void ScenarioListModel::reset()
{
    beginResetModel();
    m_items.clear();
    for (int i = 0; i < m_scenarios->count(); ++i)
        m_items.push_back(itemAt(i));
    endResetModel();
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.name;
    case Qt::ToolTipRole:
        return item.builtIn ? tr("Built in: duplicate it to change placements") : QVariant();
    case IdRole:
        return item.id;
    case BuiltInRole:
        return item.builtIn;
    default:
        return {};
    }
}

} // namespace cloudshift
