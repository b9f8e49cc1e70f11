#include "groupingrulesdialog.h"

#include "commands/projectdocument.h"
#include "commands/setgroupingcommand.h"
#include "models/groupingrulesmodel.h"
#include "models/scenarioplacementmodel.h"
#include "pages/scenarioplacementdelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cloudshift {

// The scenario table's delegate offers a combo box for any cell that lists choices under these roles.
static_assert(
    int { GroupingRulesModel::ChoiceValuesRole } == int { ScenarioPlacementModel::ChoiceValuesRole });
static_assert(
    int { GroupingRulesModel::ChoiceLabelsRole } == int { ScenarioPlacementModel::ChoiceLabelsRole });

namespace {

QStringList workloadNames(const ProjectDocument* document)
{
    QStringList names;
    for (const WorkloadPlanRow& row : document->analysis().plan.workloads)
        names << row.workload;
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

GroupingRulesDialog::GroupingRulesDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_rules(new GroupingRulesModel(this))
{
    setWindowTitle(tr("Workload Grouping"));
    const GroupingSettings current = document->grouping();
    m_rules->setRules(current.rules);

    auto* intro
        = new QLabel(tr("Rules are tried from the top; the first that matches names a resource's workload. "
                        "Resources no rule takes are grouped by resource group. Resources moved by hand "
                        "stay where they were put, whatever the rules say."),
            this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupingRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupingRulesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(createRulesBox(), 3);
    layout->addWidget(createMovesBox(), 2);
    layout->addWidget(buttons);
    for (const auto& [resourceId, workload] : current.manualMoves)
        addMove(resourceId, workload);
    resize(760, 560);
}

QWidget* GroupingRulesDialog::createRulesBox()
{
    auto* box = new QGroupBox(tr("Rules"), this);
    m_rulesView = new QTableView(box);
    m_rulesView->setModel(m_rules);
    m_rulesView->setItemDelegate(new ScenarioPlacementDelegate(m_rulesView));
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const auto selectedRow = [this] {
        const QModelIndexList rows = m_rulesView->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.constFirst().row();
    };
    auto* add = new QPushButton(tr("&Add Rule"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_rules->addRule();
        m_rulesView->selectRow(row);
        m_rulesView->edit(m_rules->index(row, GroupingRulesModel::Pattern));
    });
    auto* remove = new QPushButton(tr("&Remove"), box);
    connect(remove, &QPushButton::clicked, this, [this, selectedRow] { m_rules->removeRule(selectedRow()); });
    auto* up = new QPushButton(tr("Move &Up"), box);
    auto* down = new QPushButton(tr("Move &Down"), box);
    for (auto [button, delta] : { std::pair { up, -1 }, std::pair { down, 1 } }) {
        connect(button, &QPushButton::clicked, this, [this, selectedRow, delta = delta] {
            const int row = selectedRow();
            if (m_rules->moveRule(row, delta))
                m_rulesView->selectRow(row + delta);
        });
    }
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : { add, remove, up, down })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_rulesView, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* GroupingRulesDialog::createMovesBox()
{
    auto* box = new QGroupBox(tr("Resources moved by hand"), this);
    m_moves = new QTableWidget(0, 2, box);
    m_moves->setHorizontalHeaderLabels({ tr("Resource"), tr("Workload") });
    m_moves->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_moves->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_moves->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_moves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moves->verticalHeader()->hide();

    m_resource = new QComboBox(box);
    m_resource->setEditable(true);
    m_resource->setInsertPolicy(QComboBox::NoInsert);
    for (const ResourcePlanRow& row : m_document->analysis().plan.resources)
        m_resource->addItem(row.resourceName.isEmpty() ? row.resourceId : row.resourceName, row.resourceId);
    m_resource->setCurrentIndex(-1);
    m_resource->lineEdit()->setPlaceholderText(tr("Resource name or id"));
    m_workload = new QComboBox(box);
    m_workload->setEditable(true);
    m_workload->addItems(workloadNames(m_document));
    m_workload->setCurrentIndex(-1);
    m_workload->lineEdit()->setPlaceholderText(tr("Workload"));
    auto* move = new QPushButton(tr("&Move"), box);
    connect(move, &QPushButton::clicked, this, [this] {
        const QString id = m_resource->currentData().toString();
        addMove(id.isEmpty() ? m_resource->currentText().trimmed() : id, m_workload->currentText().trimmed());
    });
    auto* remove = new QPushButton(tr("Remove Mo&ve"), box);
    connect(remove, &QPushButton::clicked, this, &GroupingRulesDialog::removeSelectedMove);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_resource, 3);
    addRow->addWidget(new QLabel(tr("to"), box));
    addRow->addWidget(m_workload, 2);
    addRow->addWidget(move);
    addRow->addWidget(remove);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_moves, 1);
    layout->addLayout(addRow);
    return box;
}

void GroupingRulesDialog::addMove(const QString& resourceId, const QString& workload)
{
    if (resourceId.isEmpty() || workload.isEmpty())
        return;
    int row = 0;
    while (row < m_moves->rowCount()
        && m_moves->item(row, 0)->data(Qt::UserRole).toString().compare(resourceId, Qt::CaseInsensitive) != 0)
        ++row;
    if (row == m_moves->rowCount())
        m_moves->insertRow(row);
    const QString name = resourceId.section(u'/', -1);
    auto* resource = new QTableWidgetItem(name);
    resource->setData(Qt::UserRole, resourceId);
    resource->setToolTip(resourceId);
    m_moves->setItem(row, 0, resource);
    m_moves->setItem(row, 1, new QTableWidgetItem(workload));
}

void GroupingRulesDialog::removeSelectedMove()
{
    const QModelIndexList rows = m_moves->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_moves->removeRow(rows.constFirst().row());
}

GroupingSettings GroupingRulesDialog::draft() const
{
    GroupingSettings settings;
    for (const GroupingRule& rule : m_rules->rules()) {
        // A rule without a pattern or a workload name says nothing: a half-filled new row.
        if (!rule.pattern.isEmpty() || !rule.workload.isEmpty())
            settings.rules.push_back(rule);
    }
    for (int row = 0; row < m_moves->rowCount(); ++row)
        settings.manualMoves[m_moves->item(row, 0)->data(Qt::UserRole).toString()]
            = m_moves->item(row, 1)->text();
    return settings;
}

void GroupingRulesDialog::accept()
{
    const GroupingSettings settings = draft();
    if (!(settings == m_document->grouping()))
        m_document->undoStack()->push(
            new SetGroupingCommand(m_document, settings, tr("Edit workload grouping")));
    QDialog::accept();
}

void GroupingRulesDialog::promptMoveResource(
    ProjectDocument* document, const QString& resourceId, const QString& resourceName, QWidget* parent)
{
    bool accepted = false;
    const QString workload = QInputDialog::getItem(parent, tr("Move to Workload"),
        tr("Workload for %1 (pick one or type a new name):").arg(resourceName), workloadNames(document), 0,
        true, &accepted)
                                 .trimmed();
    if (accepted && !workload.isEmpty())
        document->undoStack()->push(
            SetGroupingCommand::moveResource(document, resourceId, resourceName, workload));
}

} // namespace cloudshift
