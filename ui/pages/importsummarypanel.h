#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QSortFilterProxyModel;
class QTableView;

namespace cloudshift {

struct Analysis;
class DiagnosticsModel;
class ImportFilesModel;

/// What the last import read: rows and skipped rows, usage dates, resources, totals per billing
/// currency (invoiced and, for FOCUS, effective), each file with its format, and every problem found
/// with its file, line and column — the reasons rows were skipped.
class ImportSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSummaryPanel(QWidget* parent = nullptr);

    void setAnalysis(const Analysis& analysis);
    void clear();

    QString rowsText() const;
    QString skippedText() const;
    QString datesText() const;
    QString resourcesText() const;
    QString totalsText() const;
    QString diagnosticsTitle() const;
    QTableView* filesView() const { return m_filesView; }
    QListView* diagnosticsView() const { return m_diagnosticsView; }

private:
    ImportFilesModel* m_filesModel;
    QSortFilterProxyModel* m_filesProxy;
    DiagnosticsModel* m_diagnosticsModel;
    QLabel* m_rows;
    QLabel* m_skipped;
    QLabel* m_dates;
    QLabel* m_resources;
    QLabel* m_totals;
    QTableView* m_filesView;
    QLabel* m_diagnosticsTitle;
    QListView* m_diagnosticsView;
};

} // namespace cloudshift
