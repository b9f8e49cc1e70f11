#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace cloudshift {

/// Shows only some columns of a table model, in the source's order: a printed page has room for fewer
/// columns than a screen.
class ColumnSubsetProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    ColumnSubsetProxy(const QList<int>& columns, QObject* parent = nullptr);

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;

private:
    QList<int> m_columns;
};

} // namespace cloudshift
