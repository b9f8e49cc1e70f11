#include "comparepage.h"

#include "commands/scenarioset.h"
#include "models/comparisontablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cloudshift {

ComparePage::ComparePage(ScenarioSet* scenarios, QWidget* parent)
    : QWidget(parent)
    , m_scenarios(scenarios)
    , m_model(new ComparisonTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_notes(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComparisonTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Scenario order until the user sorts: the baseline first, as the built-ins come first.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ComparisonTableModel::Scenario, QHeaderView::Stretch);
    connect(m_view, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { Q_EMIT scenarioActivated(m_proxy->mapToSource(index).row()); });

    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    auto* title = new QLabel(tr("<b>Scenarios against staying on Azure</b>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);

    connect(scenarios, &ScenarioSet::analysisChanged, this, &ComparePage::refresh);
    for (auto signal : { &ScenarioSet::scenarioInserted, &ScenarioSet::scenarioRemoved,
             &ScenarioSet::scenarioRenamed, &ScenarioSet::resultChanged })
        connect(scenarios, signal, this, &ComparePage::refresh);
    connect(scenarios, &ScenarioSet::currentChanged, m_model, &ComparisonTableModel::setCurrentRow);
    refresh();
}

void ComparePage::refresh()
{
    m_model->setResults(m_scenarios->comparison());
    m_model->setCurrentRow(m_scenarios->currentIndex());
    const QString basis = m_scenarios->hasInput() ? m_scenarios->input().runRateBasis : QString();
    m_notes->setText(basis.isEmpty() ? QString()
                                     : tr("Run rates from the bill: %1. Each scenario is measured against "
                                          "staying on Azure under its own "
                                          "assumptions (horizon, growth, currency). Run rate: the monthly "
                                          "cost once every move is done. "
                                          "Double-click a scenario to open it.")
                                           .arg(basis));
}

} // namespace cloudshift
