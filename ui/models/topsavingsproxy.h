#pragma once

#include <QSortFilterProxyModel>

namespace cloudshift {

/// The workloads of a WorkloadOutlookModel that save the most per month, biggest saving first, at most
/// limit() of them (the top-savings chart stays readable with any number of workloads).
class TopSavingsProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TopSavingsProxy(int limit = 12, QObject* parent = nullptr);

    int limit() const { return m_limit; }

    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_limit;
};

} // namespace cloudshift
