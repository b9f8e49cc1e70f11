#pragma once

#include <QSortFilterProxyModel>

namespace cloudshift {

/// The rows of a WorkloadOutlookModel one chart plots: the workloads that move (in wave order), those
/// with a risk score, or those relocating to AWS or Google Cloud with a latency estimate.
class OutlookFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter { Moving, RiskAssessed, LatencyAssessed };

    explicit OutlookFilterProxy(Filter filter, QObject* parent = nullptr);

    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Filter m_filter;
};

} // namespace cloudshift
