#include "aboutdialog.h"

#include "catalog/catalog.h"
#include "desktop/appicon.h"
#include "latency/latencydata.h"
#include "models/catalogsourcesmodel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cloudshift {

namespace {

// The latency tables carry licences too (the Azure one is CC BY 4.0, which asks for attribution), so
// they are listed with the catalog's sources, in the same columns.
std::vector<CatalogSource> attributions(const Catalog& catalog)
{
    std::vector<CatalogSource> sources = catalog.sources();
    for (const MeasuredTable& table : LatencyData::embedded().tables())
        sources.push_back({ table.id, table.title, table.asOf, table.licence, table.upstream });
    return sources;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_qt(new QLabel(this))
    , m_catalog(new QLabel(this))
    , m_sourcesModel(new CatalogSourcesModel(this))
    , m_sourcesView(new QTableView(this))
{
    setWindowTitle(tr("About CloudShift"));
    const Catalog& catalog = Catalog::embedded();

    auto* icon = new QLabel(this);
    // Drawn for the screen's scale factor, so it stays sharp on high-DPI displays.
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    m_version->setText(tr("<h2>CloudShift %1</h2>").arg(QStringLiteral(CLOUDSHIFT_VERSION)));
    m_version->setTextFormat(Qt::RichText);
    auto* blurb = new QLabel(tr("Plans workload migrations from Azure to AWS and Google Cloud: it prices "
                                "your Azure billing exports on both clouds and charts the comparison. "
                                "Everything runs offline; billing data never leaves this computer."),
        this);
    blurb->setWordWrap(true);
    m_qt->setText(
        tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_catalog->setText(catalog.catalogDate().isEmpty() ? tr("No price catalog")
                                                       : tr("Prices as of %1").arg(catalog.catalogDate()));
    for (QLabel* label : { m_qt, m_catalog })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sourcesModel->setSources(attributions(catalog));
    m_sourcesView->setModel(m_sourcesModel);
    m_sourcesView->verticalHeader()->hide();
    m_sourcesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourcesView->setWordWrap(false);
    m_sourcesView->verticalHeader()->setDefaultSectionSize(m_sourcesView->fontMetrics().lineSpacing() + 6);
    // What and where share the width; the upstream path is long, and whole in its tooltip.
    QHeaderView* columns = m_sourcesView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(CatalogSourcesModel::Title, QHeaderView::Stretch);
    columns->setSectionResizeMode(CatalogSourcesModel::Upstream, QHeaderView::Stretch);
    m_sourcesView->setTextElideMode(Qt::ElideMiddle);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QGridLayout;
    header->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);
    header->addWidget(m_version, 0, 1);
    header->addWidget(blurb, 1, 1);
    header->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_qt);
    layout->addWidget(m_catalog);
    layout->addWidget(
        new QLabel(tr("The price catalog and the latency tables are compiled from these public data sets:"), this));
    layout->addWidget(m_sourcesView, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

QString AboutDialog::versionText() const
{
    return tr("CloudShift %1").arg(QStringLiteral(CLOUDSHIFT_VERSION));
}

QString AboutDialog::qtText() const
{
    return m_qt->text();
}

QString AboutDialog::catalogText() const
{
    return m_catalog->text();
}

} // namespace cloudshift
