#include "riskpage.h"

#include "commands/projectdocument.h"
#include "commands/setriskinputscommand.h"
#include "commands/setriskweightscommand.h"
#include "dialogs/populationsdialog.h"
#include "models/riskfactormodel.h"
#include "models/riskworkloadmodel.h"
#include "risk/dependencycsv.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cloudshift {

RiskPage::RiskPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_workloads(new RiskWorkloadModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_factors(new RiskFactorModel(this))
    , m_summary(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset weights"), this))
    , m_import(new QPushButton(tr("Import &dependencies…"), this))
    , m_users(new QPushButton(tr("&Users…"), this))
    , m_workloadView(new QTableView(this))
    , m_factorView(new QTableView(this))
{
    m_factors->setDocument(document);
    m_sorted->setSourceModel(m_workloads);
    m_sorted->setSortRole(RiskWorkloadModel::SortRole);
    m_summary->setWordWrap(true);
    m_reset->setToolTip(tr("Give every risk factor its default weight again"));
    connect(m_reset, &QPushButton::clicked, this, &RiskPage::resetWeights);
    m_import->setToolTip(
        tr("Read the flows between workloads from a CSV file (from, to, gb_per_month, "
           "calls_per_second): they score cross-cloud chattiness and the cost of calls across "
           "clouds during the waves"));
    connect(m_import, &QPushButton::clicked, this, &RiskPage::chooseDependencies);
    m_users->setToolTip(tr("Where the selected workload's users are: their round trips before and after"));
    connect(m_users, &QPushButton::clicked, this, &RiskPage::editUsers);

    m_workloadView->setModel(m_sorted);
    m_workloadView->setSortingEnabled(true);
    m_workloadView->sortByColumn(RiskWorkloadModel::Score, Qt::DescendingOrder);
    m_workloadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workloadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workloadView->setAlternatingRowColors(true);
    m_workloadView->verticalHeader()->hide();
    m_workloadView->horizontalHeader()->setStretchLastSection(true);
    connect(m_workloadView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = m_workloadView->currentIndex().data(RiskWorkloadModel::WorkloadRole).toString();
        showSelected();
    });

    m_factorView->setModel(m_factors);
    m_factorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_factorView->setAlternatingRowColors(true);
    m_factorView->setWordWrap(true);
    m_factorView->verticalHeader()->hide();
    m_factorView->horizontalHeader()->setStretchLastSection(true);
    m_factorView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_users);
    bar->addWidget(m_import);
    bar->addWidget(m_reset);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_workloadView);
    splitter->addWidget(m_factorView);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(document, &ProjectDocument::analysisChanged, this,
        [this] { showPlan(m_document->analysis().plan, m_document->analysis().scenario.name); });
    showPlan(m_document->analysis().plan, m_document->analysis().scenario.name);
}

void RiskPage::showPlan(const PlanResult& plan, const QString& scenarioName)
{
    m_plan = plan;
    m_scenarioName = scenarioName;
    refresh();
}

void RiskPage::refresh()
{
    const PlanResult& plan = m_plan;
    const QString keep = m_selected;
    m_workloads->setResults(plan);
    const QLocale locale;
    const QString scenario = m_scenarioName.isEmpty() ? QString() : tr("Scenario “%1”: ").arg(m_scenarioName);
    m_summary->setText(plan.risk.workloads == 0
            ? tr("No workload assessed yet.")
            : scenario + tr("Plan risk %1 of 100, data confidence %2 of 5, over %3 workloads (weighted by their Azure "
                 "cost). Double-click a weight to change it; CloudShift re-scores every workload. "
                 "Dependencies "
                 "listed: %4, of which %5 cross clouds during the waves.")
                  .arg(
                      locale.toString(plan.risk.score, 'f', 1), locale.toString(plan.risk.confidence, 'f', 1))
                  .arg(plan.risk.workloads)
                  .arg(m_document->dependencies().size())
                  .arg(plan.crossCloudFlows.size()));
    m_reset->setEnabled(!m_document->riskWeights().isDefault());
    for (int column = 0; column < RiskWorkloadModel::ColumnCount; ++column)
        m_workloadView->resizeColumnToContents(column);
    if (keep.isEmpty() || !selectWorkload(keep)) {
        m_selected.clear();
        showSelected();
    }
}

bool RiskPage::selectWorkload(const QString& workload)
{
    const int row = m_workloads->rowOf(workload);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_workloads->index(row, 0));
    m_workloadView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Selecting the row that is already current emits nothing; show it anyway.
    m_selected = workload;
    showSelected();
    return true;
}

void RiskPage::showSelected()
{
    m_users->setEnabled(!m_selected.isEmpty());
    const WorkloadPlanRow* row = m_workloads->workloadAt(m_workloads->rowOf(m_selected));
    m_factors->setResults(m_plan.risk.weights,
        row ? std::optional<WorkloadRisk>(row->risk) : std::nullopt);
    for (int column = 0; column < RiskFactorModel::Evidence; ++column)
        m_factorView->resizeColumnToContents(column);
}

bool RiskPage::importDependencies(const QString& path, QString* error)
{
    const std::optional<DependencyFlows> flows = readDependencyCsv(path, error);
    if (!flows)
        return false;
    m_document->undoStack()->push(new SetRiskInputsCommand(m_document, *flows));
    return true;
}

void RiskPage::chooseDependencies()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import dependencies"), QString(), tr("Dependency lists (*.csv *.csv.gz);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !importDependencies(path, &error))
        QMessageBox::warning(this, tr("Import dependencies"), error);
}

void RiskPage::editUsers()
{
    const WorkloadPlanRow* row = m_workloads->workloadAt(m_workloads->rowOf(m_selected));
    if (!row)
        return;
    // Start from the architect's list, else from the default the engine assumed (its populations).
    const auto own = m_document->userPopulations().find(m_selected);
    std::vector<UserPopulation> shown;
    if (own != m_document->userPopulations().end())
        shown = own->second;
    else {
        for (const PopulationLatency& p : row->latency.populations)
            shown.push_back({ p.population, p.before.from, std::nullopt, p.share });
    }
    // A new group starts near the Azure region that serves the workload's users today.
    const QString nearby = row->latency.populations.empty() ? QStringLiteral("azure:westeurope")
                                                            : row->latency.populations.front().before.to;
    PopulationsDialog dialog(m_selected, shown, nearby, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.usesDefault() && dialog.populations() == shown && own == m_document->userPopulations().end())
        return; // the default, confirmed as it was: nothing to record
    m_document->undoStack()->push(new SetRiskInputsCommand(m_document, m_selected, dialog.populations()));
}

void RiskPage::resetWeights()
{
    m_document->undoStack()->push(new SetRiskWeightsCommand(m_document));
}

} // namespace cloudshift
