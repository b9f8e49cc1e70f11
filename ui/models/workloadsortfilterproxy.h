#pragma once

#include <QSortFilterProxyModel>

namespace cloudshift {

/// Sorts a plan table by its raw values (SortRole) and keeps the rows whose workload name contains the
/// filter text, case-insensitively. Serves the workload table and the resource table alike: both name
/// a workload in one column and share the SortRole value.
class WorkloadSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// workloadColumn: the source column holding the workload name.
    explicit WorkloadSortFilterProxy(int workloadColumn, QObject* parent = nullptr);

    void setWorkloadFilter(const QString& text);
    QString workloadFilter() const { return m_workloadFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_workloadColumn;
    QString m_workloadFilter;
};

} // namespace cloudshift
