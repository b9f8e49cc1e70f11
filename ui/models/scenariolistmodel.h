#pragma once

#include <QAbstractListModel>
#include <QStringList>

#include <vector>

namespace cloudshift {

class ScenarioSet;

/// The project's scenarios by name, for the scenario chooser. Follows the scenario set's inserts,
/// removals and renames row by row, so a chooser keeps its selection through undo.
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the scenario's stable id (int)
        BuiltInRole, ///< bool: the baseline or the optimiser's placement
    };
    Q_ENUM(Role)

    explicit ScenarioListModel(ScenarioSet* scenarios, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        int id = 0;
        QString name;
        bool builtIn = false;
    };

    Item itemAt(int index) const;
    void reset();

    ScenarioSet* m_scenarios;
    std::vector<Item> m_items;
};

} // namespace cloudshift
