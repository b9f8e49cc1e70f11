#pragma once

#include "inventory/groupingsettings.h"

#include <QDialog>

class QComboBox;
class QTableView;
class QTableWidget;

namespace cloudshift {

class GroupingRulesModel;
class ProjectDocument;

/// Edits how resources are grouped into workloads: the ordered rules (tag, resource group,
/// subscription, name pattern) and the resources moved by hand. The dialog edits a draft; accepting it
/// is one undo step (SetGroupingCommand) and the document re-analyses.
class GroupingRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GroupingRulesDialog(ProjectDocument* document, QWidget* parent = nullptr);

    /// Asks which workload a resource goes to and moves it by hand as one undo step.
    static void promptMoveResource(
        ProjectDocument* document, const QString& resourceId, const QString& resourceName, QWidget* parent);

    GroupingRulesModel* rulesModel() const { return m_rules; }
    QTableView* rulesView() const { return m_rulesView; }
    /// The grouping the dialog would apply.
    GroupingSettings draft() const;
    /// Adds a manual move to the draft (the "Move" button).
    void addMove(const QString& resourceId, const QString& workload);

    void accept() override;

private:
    QWidget* createRulesBox();
    QWidget* createMovesBox();
    void removeSelectedMove();

    ProjectDocument* m_document;
    GroupingRulesModel* m_rules;
    QTableView* m_rulesView = nullptr;
    QTableWidget* m_moves = nullptr;
    QComboBox* m_resource = nullptr;
    QComboBox* m_workload = nullptr;
};

} // namespace cloudshift
