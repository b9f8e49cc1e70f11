#include "mappingpage.h"

#include "commands/projectdocument.h"
#include "commands/setmappingoverridecommand.h"
#include "models/mappingfilterproxy.h"
#include "models/mappingtablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cloudshift {

MappingPage::MappingPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new MappingTableModel(this))
    , m_proxy(new MappingFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_notMappedOnly(new QCheckBox(tr("&Not mapped only"), this))
    , m_clear(new QPushButton(tr("&Let the mapper choose"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_model->setDocument(document);
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter by workload, resource, SKU or region"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MappingFilterProxy::setText);
    m_notMappedOnly->setToolTip(tr("Only resources without a priced target on AWS or Google Cloud: they keep "
                                   "their Azure cost"));
    connect(m_notMappedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setNotMappedOnly(on);
        if (on)
            m_view->expandAll();
    });
    m_clear->setToolTip(tr("Forget the target SKU and region chosen for the selected row on both clouds"));
    connect(m_clear, &QPushButton::clicked, this, &MappingPage::clearChoice);
    m_summary->setWordWrap(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MappingTableModel::Azure, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MappingPage::updateClearButton);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_notMappedOnly);
    bar->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);

    connect(document, &ProjectDocument::analysisChanged, this, &MappingPage::refresh);
    refresh();
}

void MappingPage::refresh()
{
    const Analysis& analysis = m_document->analysis();
    m_model->setResults(analysis.plan, m_document->mappingOverrides());
    const int overrides = static_cast<int>(m_document->mappingOverrides().size());
    m_summary->setText(tr("Double-click an AWS or Google Cloud SKU or region to choose another; CloudShift "
                          "re-prices with it. Choices made: %1.")
                           .arg(overrides));
    // Sized once per result rather than continuously: ResizeToContents over thousands of rows is slow.
    for (int column = 0; column < MappingTableModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
    for (int column : { int { MappingTableModel::Name }, int { MappingTableModel::AwsReason },
             int { MappingTableModel::GcpReason } })
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 320));
    if (m_notMappedOnly->isChecked())
        m_view->expandAll();
    updateClearButton();
}

void MappingPage::updateClearButton()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    bool any = false;
    for (int column : { int { MappingTableModel::AwsSku }, int { MappingTableModel::AwsRegion },
             int { MappingTableModel::GcpSku }, int { MappingTableModel::GcpRegion } }) {
        const QModelIndex cell = m_model->index(current.row(), column, current.parent());
        any = any
            || (current.isValid() && m_model->overrideFor(cell)
                && !m_model->overrideFor(cell)->choice.isEmpty());
    }
    m_clear->setEnabled(any);
}

void MappingPage::clearChoice()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Let the mapper choose for %1").arg(current.siblingAtColumn(0).data().toString()));
    for (int column : { int { MappingTableModel::AwsSku }, int { MappingTableModel::GcpSku } }) {
        std::optional<MappingOverride> change = m_model->overrideFor(current.siblingAtColumn(column));
        if (!change || change->choice.isEmpty())
            continue;
        change->choice = TargetOverride();
        stack->push(new SetMappingOverrideCommand(m_document, *change));
    }
    stack->endMacro();
}

void MappingPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace cloudshift
