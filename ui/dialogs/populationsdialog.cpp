#include "populationsdialog.h"

#include "models/populationlistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cloudshift {

PopulationsDialog::PopulationsDialog(
    const QString& workload, const std::vector<UserPopulation>& shown, const QString& nearby, QWidget* parent)
    : QDialog(parent)
    , m_model(new PopulationListModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Users of %1").arg(workload));
    m_model->setPopulations(shown);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* hint = new QLabel(tr("Where the workload's users are, and their share of its traffic. CloudShift "
                               "estimates each group's round trip before and after the move."),
        this);
    hint->setWordWrap(true);
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* nearRegion = new QPushButton(tr("&Near the Azure region"), this);
    nearRegion->setToolTip(
        tr("Forget this list: users are assumed near the Azure regions the workload runs in"));
    connect(add, &QPushButton::clicked, this, [this, nearby] { m_model->addPopulation(nearby); });
    connect(remove, &QPushButton::clicked, this,
        [this] { m_model->removePopulation(m_view->currentIndex().row()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_default = m_model->populations().empty();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(nearRegion, &QPushButton::clicked, this, [this] {
        m_default = true;
        accept();
    });

    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(nearRegion);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(640, 320);
}

std::vector<UserPopulation> PopulationsDialog::populations() const
{
    return m_default ? std::vector<UserPopulation>() : m_model->populations();
}

} // namespace cloudshift
