#include "columnsubsetproxy.h"

namespace cloudshift {

ColumnSubsetProxy::ColumnSubsetProxy(const QList<int>& columns, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_columns(columns)
{
}

bool ColumnSubsetProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex& /*sourceParent*/) const
{
    return m_columns.contains(sourceColumn);
}

} // namespace cloudshift
