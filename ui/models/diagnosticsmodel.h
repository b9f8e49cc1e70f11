#pragma once

#include "billing/importresult.h"

#include <QAbstractListModel>
#include <QIcon>

#include <vector>

namespace cloudshift {

/// Import diagnostics as a list, each shown as "file:line:col: message" like a compiler's, so the
/// user can find the spot in the export.
class DiagnosticsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        /// ImportDiagnostic::Severity as int (Warning < Error).
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit DiagnosticsModel(QObject* parent = nullptr);

    void setResults(const ImportSummary& summary);
    /// Diagnostics the engine counted but did not keep (it caps the list).
    qint64 droppedCount() const { return m_dropped; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportDiagnostic> m_diagnostics;
    qint64 m_dropped = 0;
    // Looked up once: data() runs for every visible row on each repaint.
    QIcon m_warningIcon;
    QIcon m_errorIcon;
};

} // namespace cloudshift
