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

/// What was read: each file with its detected format and schema version, rows read and skipped,
/// totals per billing currency, and the import diagnostics as "file:line:col: message".
class ImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPage(QWidget* parent = nullptr);

    void setAnalysis(const Analysis& analysis);
    /// Shows why the last analysis failed, above the previous import's details.
    void setError(const QString& message);
    void clear();
    /// The failure shown above the details; empty when the last analysis succeeded.
    QString errorText() const;

    QTableView* filesView() const { return m_filesView; }
    QListView* diagnosticsView() const { return m_diagnosticsView; }

private:
    ImportFilesModel* m_filesModel;
    QSortFilterProxyModel* m_filesProxy;
    DiagnosticsModel* m_diagnosticsModel;
    QLabel* m_error;
    QLabel* m_summary;
    QTableView* m_filesView;
    QLabel* m_diagnosticsTitle;
    QListView* m_diagnosticsView;
};

} // namespace cloudshift
