#include "importpage.h"

#include "models/diagnosticsmodel.h"
#include "models/displaytext.h"
#include "models/importfilesmodel.h"
#include "pipeline/analysis.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cloudshift {

ImportPage::ImportPage(QWidget* parent)
    : QWidget(parent)
    , m_filesModel(new ImportFilesModel(this))
    , m_filesProxy(new QSortFilterProxyModel(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
    , m_error(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filesView(new QTableView(this))
    , m_diagnosticsTitle(new QLabel(this))
    , m_diagnosticsView(new QListView(this))
{
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filesProxy->setSourceModel(m_filesModel);
    m_filesProxy->setSortRole(ImportFilesModel::SortRole);
    m_filesView->setModel(m_filesProxy);
    m_filesView->setSortingEnabled(true);
    m_filesView->sortByColumn(ImportFilesModel::File, Qt::AscendingOrder);
    m_filesView->verticalHeader()->hide();
    m_filesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filesView->horizontalHeader()->setSectionResizeMode(ImportFilesModel::File, QHeaderView::Stretch);

    m_diagnosticsView->setModel(m_diagnosticsModel);
    m_diagnosticsView->setUniformItemSizes(true);
    m_diagnosticsView->setAlternatingRowColors(true);
    // Diagnostics name exact spots; the user copies them into an editor.
    m_diagnosticsView->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_filesView, 2);
    layout->addWidget(m_diagnosticsTitle);
    layout->addWidget(m_diagnosticsView, 1);
    clear();
}

void ImportPage::setAnalysis(const Analysis& analysis)
{
    const ImportSummary& import = analysis.import;
    m_filesModel->setResults(import);
    m_diagnosticsModel->setResults(import);
    m_error->hide();

    const QLocale locale;
    QStringList totals;
    for (const auto& [currency, total] : import.totalsByCurrency)
        totals << moneyWithCurrency(total, currency);
    QString summary = tr("<b>%1 rows read</b>, %2 skipped")
                          .arg(locale.toString(import.rows), locale.toString(import.skippedRows));
    if (import.firstDate.isValid() && import.lastDate.isValid())
        summary += tr(", usage from %1 to %2")
                       .arg(locale.toString(import.firstDate, QLocale::ShortFormat),
                           locale.toString(import.lastDate, QLocale::ShortFormat));
    if (!totals.isEmpty())
        summary += u"<br>" + tr("Total cost in the files: %1").arg(totals.join(QStringLiteral("; ")));
    m_summary->setText(summary);

    QString title
        = tr("Diagnostics (%1)").arg(locale.toString(static_cast<qint64>(import.diagnostics.size())));
    if (import.droppedDiagnostics > 0)
        title += u' ' + tr("— %1 more not listed").arg(locale.toString(import.droppedDiagnostics));
    m_diagnosticsTitle->setText(title);
}

void ImportPage::setError(const QString& message)
{
    m_error->setText(tr("<b>The analysis failed:</b> %1").arg(message.toHtmlEscaped()));
    m_error->show();
}

QString ImportPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportPage::clear()
{
    setAnalysis(Analysis {});
    m_summary->setText(tr("No exports opened yet."));
}

} // namespace cloudshift
