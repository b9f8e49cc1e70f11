#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace cloudshift {

class ComparisonTableModel;
class ScenarioSet;

/// Every scenario next to staying on Azure: run rate, one-time cost, break-even, TCO and mapped
/// share, with the engine's deltas. Activating a row opens that scenario on the Scenarios page.
class ComparePage : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePage(ScenarioSet* scenarios, QWidget* parent = nullptr);

    ComparisonTableModel* model() const { return m_model; }
    QTableView* table() const { return m_view; }

Q_SIGNALS:
    /// The user asked to see a scenario (by its index in the scenario set).
    void scenarioActivated(int index);

private:
    void refresh();

    ScenarioSet* m_scenarios;
    ComparisonTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_notes;
};

} // namespace cloudshift
