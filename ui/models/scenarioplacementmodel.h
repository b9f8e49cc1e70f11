#pragma once

#include "scenario/scenario.h"
#include "simulation/scenarioresult.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

#include <vector>

class QUndoStack;

namespace cloudshift {

struct PlacementEdit;
class ScenarioSet;

/// The current scenario's workloads as a table: each workload's placement (target, region, pricing,
/// spot share, strategy, wave) and the engine's figures for it. Editing a cell pushes a
/// SetPlacementsCommand; the table refreshes from the scenario set's signals, so undo and redo show
/// through the same path as edits.
class ScenarioPlacementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Workload,
        Target,
        Region,
        Pricing,
        SpotShare,
        Strategy,
        WaveStart,
        WaveMonths,
        BaselineMonthly,
        TargetMonthly,
        OneTime,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: enums as int, money as qint64 micro-units
        ChoiceValuesRole, ///< QVariantList of the values a combo-box editor offers (EditRole form)
        ChoiceLabelsRole, ///< QStringList of their labels, in the same order
    };
    Q_ENUM(Role)

    ScenarioPlacementModel(ScenarioSet* scenarios, QUndoStack* undoStack, QObject* parent = nullptr);

    QString workload(int row) const { return m_rows.at(static_cast<std::size_t>(row)).placement.workload; }
    bool isEditable() const { return m_editable; }
    int horizonMonths() const { return m_horizon; }
    /// Applies one edit to the workloads of `rows` as one undo step.
    void applyEdit(const QList<int>& rows, const PlacementEdit& edit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Placement placement;
        bool stored = false; ///< false: the workload stays on Azure by default
        ScenarioWorkload figures;
    };

    void refresh();
    bool isFieldEditable(const Row& row, int column) const;
    QVariant displayValue(const Row& row, int column) const;
    QVariant editValue(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QVariant choices(const Row& row, int column, bool labels) const;

    ScenarioSet* m_scenarios;
    QUndoStack* m_undoStack;
    std::vector<Row> m_rows;
    QString m_currency;
    QDate m_firstMonth;
    int m_horizon = 0;
    bool m_editable = false;
};

} // namespace cloudshift
