#pragma once

#include "inventory/groupingrule.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// Ordered grouping rules as an editable table: what each rule looks at (tag, resource group,
/// subscription, name), its pattern and syntax, and the workload it names. It edits a draft the
/// grouping dialog owns; the dialog makes the whole draft one undo step when it is accepted.
class GroupingRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Pattern, Syntax, Workload, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ChoiceValuesRole
        = Qt::UserRole + 2, ///< values a combo-box editor offers (same role as the scenario table)
        ChoiceLabelsRole, ///< their labels
    };
    Q_ENUM(Role)

    explicit GroupingRulesModel(QObject* parent = nullptr);

    void setRules(const std::vector<GroupingRule>& rules);
    const std::vector<GroupingRule>& rules() const { return m_rules; }
    /// Appends a tag rule and returns its row.
    int addRule();
    void removeRule(int row);
    /// Moves a rule one place up (delta -1) or down (+1): order decides which rule names a resource.
    bool moveRule(int row, int delta);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(GroupingRule::Kind kind);
    static QString syntaxText(GroupingRule::Syntax syntax);

private:
    std::vector<GroupingRule> m_rules;
};

} // namespace cloudshift
