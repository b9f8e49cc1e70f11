#pragma once

#include <QSortFilterProxyModel>

namespace cloudshift {

/// Filters and sorts the MappingTableModel tree: "not mapped only" keeps the resources without a priced
/// target on a cloud (and their workloads), and a text filter matches workload and resource names, SKUs
/// and regions. A workload whose name matches keeps all its resources. Sorts by the model's SortRole.
class MappingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MappingFilterProxy(QObject* parent = nullptr);

    bool notMappedOnly() const { return m_notMappedOnly; }
    void setNotMappedOnly(bool on);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matchesText(const QModelIndex& sourceIndex) const;

    bool m_notMappedOnly = false;
    QString m_text;
};

} // namespace cloudshift
