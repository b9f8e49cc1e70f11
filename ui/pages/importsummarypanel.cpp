#include "importsummarypanel.h"

#include "models/diagnosticsmodel.h"
#include "models/displaytext.h"
#include "models/importfilesmodel.h"
#include "pipeline/analysis.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cloudshift {

namespace {

QString totalsLines(const ImportSummary& import)
{
    QStringList lines;
    for (const auto& [currency, total] : import.totalsByCurrency) {
        QString line = moneyWithCurrency(total, currency);
        if (const auto effective = import.effectiveTotalsByCurrency.find(currency);
            effective != import.effectiveTotalsByCurrency.end())
            line += u' '
                + ImportSummaryPanel::tr("(effective, amortized: %1)")
                      .arg(moneyWithCurrency(effective->second, currency));
        lines << line;
    }
    // A currency can appear only in EffectiveCost (e.g. a purchase amortized into a month without bills).
    for (const auto& [currency, effective] : import.effectiveTotalsByCurrency) {
        if (import.totalsByCurrency.find(currency) == import.totalsByCurrency.end())
            lines << ImportSummaryPanel::tr("%1 effective, amortized")
                         .arg(moneyWithCurrency(effective, currency));
    }
    return lines.join(u'\n');
}

} // namespace

ImportSummaryPanel::ImportSummaryPanel(QWidget* parent)
    : QWidget(parent)
    , m_filesModel(new ImportFilesModel(this))
    , m_filesProxy(new QSortFilterProxyModel(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
    , m_rows(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_dates(new QLabel(this))
    , m_resources(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_filesView(new QTableView(this))
    , m_diagnosticsTitle(new QLabel(this))
    , m_diagnosticsView(new QListView(this))
{
    auto* form = new QFormLayout;
    form->addRow(tr("Rows read:"), m_rows);
    form->addRow(tr("Rows skipped:"), m_skipped);
    form->addRow(tr("Usage dates:"), m_dates);
    form->addRow(tr("Resources:"), m_resources);
    form->addRow(tr("Total cost:"), m_totals);
    for (QLabel* label : { m_rows, m_skipped, m_dates, m_resources, m_totals })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse); // figures get pasted into reconciliations

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
    auto* diagnostics = new QWidget(this);
    auto* diagnosticsLayout = new QVBoxLayout(diagnostics);
    diagnosticsLayout->setContentsMargins(0, 0, 0, 0);
    diagnosticsLayout->addWidget(m_diagnosticsTitle);
    diagnosticsLayout->addWidget(m_diagnosticsView);

    // The figures beside the files they come from; the problems, often many, get the width below.
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(form);
    topLayout->addWidget(m_filesView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(diagnostics);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    clear();
}

void ImportSummaryPanel::setAnalysis(const Analysis& analysis)
{
    const ImportSummary& import = analysis.import;
    m_filesModel->setResults(import);
    m_diagnosticsModel->setResults(import);

    const QLocale locale;
    m_rows->setText(locale.toString(import.rows));
    m_skipped->setText(import.skippedRows == 0
            ? locale.toString(import.skippedRows)
            : tr("%1 — the reasons are listed below").arg(locale.toString(import.skippedRows)));
    m_dates->setText(import.firstDate.isValid() && import.lastDate.isValid()
            ? tr("%1 to %2")
                  .arg(locale.toString(import.firstDate, QLocale::ShortFormat),
                      locale.toString(import.lastDate, QLocale::ShortFormat))
            : tr("none"));
    m_resources->setText(locale.toString(analysis.resourceCount));
    const QString totals = totalsLines(import);
    m_totals->setText(totals.isEmpty() ? tr("none") : totals);

    QString title = tr("Skipped rows and other problems (%1)")
                        .arg(locale.toString(static_cast<qint64>(import.diagnostics.size())));
    if (import.droppedDiagnostics > 0)
        title += u' ' + tr("— %1 more not listed").arg(locale.toString(import.droppedDiagnostics));
    m_diagnosticsTitle->setText(title);
}

void ImportSummaryPanel::clear()
{
    setAnalysis(Analysis {});
    for (QLabel* label : { m_rows, m_skipped, m_dates, m_resources, m_totals })
        label->setText(QStringLiteral("—"));
}

QString ImportSummaryPanel::rowsText() const
{
    return m_rows->text();
}

QString ImportSummaryPanel::skippedText() const
{
    return m_skipped->text();
}

QString ImportSummaryPanel::datesText() const
{
    return m_dates->text();
}

QString ImportSummaryPanel::resourcesText() const
{
    return m_resources->text();
}

QString ImportSummaryPanel::totalsText() const
{
    return m_totals->text();
}

QString ImportSummaryPanel::diagnosticsTitle() const
{
    return m_diagnosticsTitle->text();
}

} // namespace cloudshift
