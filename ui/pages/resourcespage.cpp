#include "resourcespage.h"

#include "models/resourcetablemodel.h"
#include "models/workloadsortfilterproxy.h"
#include "models/workloadtablemodel.h"
#include "pipeline/analysis.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cloudshift {

static_assert(int { ResourceTableModel::SortRole } == int { WorkloadTableModel::SortRole },
    "WorkloadSortFilterProxy sorts both tables by the same role");

ResourcesPage::ResourcesPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ResourceTableModel(this))
    , m_proxy(new WorkloadSortFilterProxy(ResourceTableModel::Workload, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter resources by workload"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &WorkloadSortFilterProxy::setWorkloadFilter);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ResourceTableModel::Azure, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Dense rows: the style's default height shows a third fewer rows of figures.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        const QModelIndex resource = index.siblingAtColumn(ResourceTableModel::Resource);
        // The cell shows the name; its tooltip carries the full resource id the grouping keys on.
        const QString id = resource.data(Qt::ToolTipRole).toString();
        const QString name = resource.data().toString();
        QMenu menu(this);
        menu.addAction(tr("&Move to Workload…"), this, [this, id, name] { Q_EMIT moveResourceRequested(id, name); });
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void ResourcesPage::setAnalysis(const Analysis& analysis)
{
    m_model->setResults(analysis.plan);
    // Sized once per result rather than continuously: ResizeToContents over thousands of rows is slow.
    m_view->resizeColumnsToContents();
    // Names can be long; the full id is in the tooltip.
    m_view->setColumnWidth(
        ResourceTableModel::Resource, std::min(m_view->columnWidth(ResourceTableModel::Resource), 320));
}

void ResourcesPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace cloudshift
