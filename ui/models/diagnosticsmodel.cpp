#include "diagnosticsmodel.h"

#include <QApplication>
#include <QStyle>

namespace cloudshift {

DiagnosticsModel::DiagnosticsModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
    , m_errorIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical))
{
}

void DiagnosticsModel::setResults(const ImportSummary& summary)
{
    beginResetModel();
    m_diagnostics = summary.diagnostics;
    m_dropped = summary.droppedDiagnostics;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportDiagnostic& diagnostic = m_diagnostics[static_cast<std::size_t>(index.row())];
    const bool isError = diagnostic.severity == ImportDiagnostic::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        return diagnostic.toString();
    case Qt::ToolTipRole:
        return isError ? tr("Error: %1").arg(diagnostic.message) : tr("Warning: %1").arg(diagnostic.message);
    case Qt::DecorationRole:
        return isError ? m_errorIcon : m_warningIcon;
    case SortRole:
        return static_cast<int>(diagnostic.severity);
    default:
        return {};
    }
}

} // namespace cloudshift
