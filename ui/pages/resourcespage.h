#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace cloudshift {

struct Analysis;
class ResourceTableModel;
class WorkloadSortFilterProxy;

/// Every resource with the offer it was priced with on each target cloud, filterable by workload:
/// where a workload's figure comes from.
class ResourcesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResourcesPage(QWidget* parent = nullptr);

    void setAnalysis(const Analysis& analysis);
    void focusFilter();

    QTableView* resourceView() const { return m_view; }

Q_SIGNALS:
    /// The user asked to move a resource into another workload by hand (context menu).
    void moveResourceRequested(const QString& resourceId, const QString& resourceName);

private:
    ResourceTableModel* m_model;
    WorkloadSortFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
};

} // namespace cloudshift
