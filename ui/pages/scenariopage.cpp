#include "scenariopage.h"

#include "commands/addscenariocommand.h"
#include "commands/placementedit.h"
#include "commands/removescenariocommand.h"
#include "commands/renamescenariocommand.h"
#include "commands/scenarioset.h"
#include "models/displaytext.h"
#include "models/scenariolistmodel.h"
#include "models/scenarioplacementmodel.h"
#include "models/scenariotext.h"
#include "models/workloadsortfilterproxy.h"
#include "pages/scenarioassumptionspanel.h"
#include "pages/scenarioplacementdelegate.h"
#include "simulation/scenariocomparison.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cloudshift {

ScenarioPage::ScenarioPage(ScenarioSet* scenarios, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_scenarios(scenarios)
    , m_undoStack(undoStack)
    , m_listModel(new ScenarioListModel(scenarios, this))
    , m_model(new ScenarioPlacementModel(scenarios, undoStack, this))
    , m_proxy(new WorkloadSortFilterProxy(ScenarioPlacementModel::Workload, this))
{
    m_proxy->setSourceModel(m_model);
    createEditMenus();
    QToolBar* scenarioBar = createScenarioBar();
    QToolBar* editBar = createEditBar();

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter workloads by name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &WorkloadSortFilterProxy::setWorkloadFilter);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ScenarioPlacementDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScenarioPlacementModel::BaselineMonthly, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ScenarioPage::showContextMenu);

    m_readOnlyNote
        = new QLabel(tr("Built-in scenario: its placements follow from the bill and the optimiser. "
                        "Duplicate it to change them."),
            this);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(editBar);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_readOnlyNote);
    tableLayout->addWidget(m_view, 1);

    m_assumptions = new ScenarioAssumptionsPanel(scenarios, undoStack, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_assumptions);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The table needs the width: the panel takes what its narrow fields need and no more.
    scroll->setMinimumWidth(m_assumptions->minimumSizeHint().width() + 24);
    scroll->setMaximumWidth(m_assumptions->minimumSizeHint().width() + 40);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scenarioBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_chooser, &QComboBox::activated, m_scenarios, &ScenarioSet::setCurrentIndex);
    connect(scenarios, &ScenarioSet::analysisChanged, this, &ScenarioPage::refreshState);
    connect(scenarios, &ScenarioSet::scenarioInserted, this, &ScenarioPage::refreshState);
    connect(scenarios, &ScenarioSet::scenarioRemoved, this, &ScenarioPage::refreshState);
    connect(scenarios, &ScenarioSet::currentChanged, this, &ScenarioPage::refreshState);
    connect(scenarios, &ScenarioSet::resultChanged, this, &ScenarioPage::refreshSummary);
    connect(scenarios, &ScenarioSet::scenarioRenamed, this, &ScenarioPage::refreshSummary);
    connect(scenarios, &ScenarioSet::simulatingChanged, this, &ScenarioPage::refreshSummary);
    refreshState();
}

void ScenarioPage::createEditMenus()
{
    m_targetMenu = new QMenu(tr("Set &Target"), this);
    for (Target target : allTargets()) {
        m_targetMenu->addAction(targetText(target), this, [this, target] {
            PlacementEdit edit;
            edit.target = target;
            applyToSelection(edit);
        });
    }
    m_pricingMenu = new QMenu(tr("Set &Pricing"), this);
    for (PricingModel pricing : { PricingModel::OnDemand, PricingModel::Reserved1y, PricingModel::Reserved3y,
             PricingModel::SavingsPlan1y, PricingModel::SavingsPlan3y, PricingModel::Committed1y,
             PricingModel::Committed3y }) {
        m_pricingMenu->addAction(pricingText(pricing), this, [this, pricing] {
            PlacementEdit edit;
            edit.pricing = pricing;
            applyToSelection(edit);
        });
    }
    m_strategyMenu = new QMenu(tr("Set &Strategy"), this);
    for (Strategy strategy : allStrategies()) {
        m_strategyMenu->addAction(strategyText(strategy), this, [this, strategy] {
            PlacementEdit edit;
            edit.strategy = strategy;
            applyToSelection(edit);
        });
    }
}

QToolBar* ScenarioPage::createScenarioBar()
{
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* label = new QLabel(tr("&Scenario:"), bar);
    m_chooser = new QComboBox(bar);
    m_chooser->setModel(m_listModel);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setMinimumContentsLength(18);
    label->setBuddy(m_chooser);
    bar->addWidget(label);
    bar->addWidget(m_chooser);
    bar->addSeparator();
    bar->addAction(tr("&New"), this, &ScenarioPage::newScenario)
        ->setObjectName(QStringLiteral("newScenarioAction"));
    bar->addAction(tr("&Duplicate"), this, &ScenarioPage::duplicateScenario)
        ->setObjectName(QStringLiteral("duplicateScenarioAction"));
    m_renameAction = bar->addAction(tr("Re&name…"), this, [this] { renameScenario(); });
    m_deleteAction = bar->addAction(tr("De&lete"), this, &ScenarioPage::deleteScenario);
    return bar;
}

QToolBar* ScenarioPage::createEditBar()
{
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(new QLabel(tr("Selected workloads:"), bar));
    for (QMenu* menu : { m_targetMenu, m_pricingMenu, m_strategyMenu }) {
        QAction* action = menu->menuAction();
        bar->addAction(action);
        m_editActions << action;
    }
    m_editActions << bar->addAction(tr("Set &Wave…"), this, &ScenarioPage::chooseWave);
    m_editActions << bar->addAction(tr("Set Sp&ot Share…"), this, &ScenarioPage::chooseSpotShare);
    // Menus in a tool bar open on a click of the button, not only on its arrow.
    for (QAction* action : bar->actions()) {
        if (action->menu())
            if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action)))
                button->setPopupMode(QToolButton::InstantPopup);
    }
    return bar;
}

void ScenarioPage::applyToSelection(const PlacementEdit& edit)
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    m_model->applyEdit(rows, edit);
}

void ScenarioPage::chooseWave()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set Wave"));
    auto* start = new QSpinBox(&dialog);
    start->setRange(0, std::max(0, m_model->horizonMonths() - 1));
    start->setPrefix(tr("Month "));
    auto* months = new QSpinBox(&dialog);
    months->setRange(1, 60);
    months->setSuffix(tr(" months"));
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        const QModelIndex first = m_proxy->mapToSource(selected.constFirst());
        start->setValue(
            m_model->index(first.row(), ScenarioPlacementModel::WaveStart).data(Qt::EditRole).toInt());
        months->setValue(
            m_model->index(first.row(), ScenarioPlacementModel::WaveMonths).data(Qt::EditRole).toInt());
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Starts in"), start);
    form->addRow(tr("&Takes"), months);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PlacementEdit edit;
    edit.waveStart = start->value();
    edit.waveMonths = months->value();
    applyToSelection(edit);
}

void ScenarioPage::chooseSpotShare()
{
    bool accepted = false;
    const int percent = QInputDialog::getInt(this, tr("Set Spot Share"),
        tr("Share of compute hours on spot capacity (AWS and Google Cloud), %:"), 0, 0, 100, 5, &accepted);
    if (!accepted)
        return;
    PlacementEdit edit;
    edit.spotShare = percent / 100.0;
    applyToSelection(edit);
}

void ScenarioPage::showContextMenu(const QPoint& position)
{
    if (!m_model->isEditable() || m_view->selectionModel()->selectedRows().isEmpty())
        return;
    QMenu menu(this);
    for (QAction* action : std::as_const(m_editActions))
        menu.addAction(action);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ScenarioPage::newScenario()
{
    const int current = m_scenarios->currentIndex();
    Scenario scenario;
    scenario.name = m_scenarios->uniqueName(tr("Scenario"));
    // Same assumptions as the scenario in view, so the new one compares like for like.
    if (current >= 0)
        scenario.assumptions = m_scenarios->scenario(current).assumptions;
    m_undoStack->push(
        new AddScenarioCommand(m_scenarios, scenario, tr("New scenario %1").arg(scenario.name)));
}

void ScenarioPage::duplicateScenario()
{
    const int current = m_scenarios->currentIndex();
    if (current < 0)
        return;
    Scenario copy = m_scenarios->scenario(current);
    const QString original = copy.name;
    copy.name = m_scenarios->uniqueName(tr("%1 (copy)").arg(original));
    m_undoStack->push(new AddScenarioCommand(m_scenarios, copy, tr("Duplicate %1").arg(original)));
}

void ScenarioPage::renameScenario(const QString& name)
{
    const int current = m_scenarios->currentIndex();
    if (current < 0 || !m_scenarios->placementsEditable(current))
        return;
    QString newName = name;
    if (newName.isEmpty()) {
        bool accepted = false;
        newName = QInputDialog::getText(this, tr("Rename Scenario"), tr("Name:"), QLineEdit::Normal,
            m_scenarios->scenario(current).name, &accepted);
        if (!accepted)
            return;
    }
    newName = newName.trimmed();
    if (newName.isEmpty() || newName == m_scenarios->scenario(current).name)
        return;
    // Names identify scenarios in the project file and on the command line: keep them unique.
    m_undoStack->push(
        new RenameScenarioCommand(m_scenarios, m_scenarios->currentId(), m_scenarios->uniqueName(newName)));
}

void ScenarioPage::deleteScenario()
{
    const int current = m_scenarios->currentIndex();
    if (current >= 0 && m_scenarios->kind(current) == ScenarioSet::Kind::User)
        m_undoStack->push(new RemoveScenarioCommand(m_scenarios, m_scenarios->currentId()));
}

void ScenarioPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ScenarioPage::refreshState()
{
    const int current = m_scenarios->currentIndex();
    m_chooser->setCurrentIndex(current);
    const bool user = current >= 0 && m_scenarios->kind(current) == ScenarioSet::Kind::User;
    m_renameAction->setEnabled(user);
    m_deleteAction->setEnabled(user);
    for (QAction* action : std::as_const(m_editActions))
        action->setEnabled(user);
    m_readOnlyNote->setVisible(current >= 0 && !user);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(ScenarioPlacementModel::Workload,
        std::min(m_view->columnWidth(ScenarioPlacementModel::Workload), 180));
    refreshSummary();
}

void ScenarioPage::refreshSummary()
{
    const int current = m_scenarios->currentIndex();
    if (current < 0 || !m_scenarios->hasInput()) {
        m_summary->clear();
        return;
    }
    if (m_scenarios->isSimulating()) {
        m_summary->setText(tr("Simulating…"));
        return;
    }
    const ScenarioComparisonRow row = compareWithBaseline(m_scenarios->result(current));
    const auto money = [&row](Micros value) { return moneyWithCurrency(value, row.currency, 0); };
    const QString delta = row.tcoDelta <= 0
        ? tr("%1 less than staying on Azure").arg(groupedMoney(-row.tcoDelta, 0))
        : tr("%1 more than staying on Azure").arg(groupedMoney(row.tcoDelta, 0));
    const QString breakEven
        = row.breakEvenMonth ? waveMonthText(*row.breakEvenMonth, row.firstMonth) : tr("never");
    m_summary->setText(tr("<b>TCO over %1 months: %2</b> — %3 (%4) · one-time %5 · break-even: %6 · "
                          "%7 of the cost mapped · run rate %8 a month")
                           .arg(row.horizonMonths)
                           .arg(money(row.tco), delta, percentText(row.tcoDeltaPercent), money(row.oneTime),
                               breakEven, percentText(row.mappedCostShare * 100.0), money(row.runRate)));
}

} // namespace cloudshift
