#pragma once

#include "latency/userpopulation.h"

#include <QDialog>

#include <vector>

class QTableView;

namespace cloudshift {

class PopulationListModel;

/// Edits where one workload's users are: a list of (region or place, share, name). "Near the Azure
/// region" empties the list, which brings back the default. The caller turns the result into one undo
/// command.
class PopulationsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `shown`: the list to start from; `nearby`: the region offered for a new population.
    PopulationsDialog(const QString& workload, const std::vector<UserPopulation>& shown,
        const QString& nearby, QWidget* parent = nullptr);

    /// The edited list; empty when the user chose the default.
    std::vector<UserPopulation> populations() const;
    bool usesDefault() const { return m_default; }
    PopulationListModel* model() const { return m_model; }

private:
    PopulationListModel* m_model;
    QTableView* m_view;
    bool m_default = false;
};

} // namespace cloudshift
