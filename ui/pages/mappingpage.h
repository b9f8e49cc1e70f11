#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace cloudshift {

class MappingFilterProxy;
class MappingTableModel;
class ProjectDocument;

/// Each workload and its resources with the AWS and Google Cloud offers they were priced with. The user
/// picks another target SKU or region for a resource or a whole workload by editing the cell (an undo
/// command; the engine re-prices), or lets the mapper choose again; "not mapped only" lists what keeps
/// its Azure cost.
class MappingPage : public QWidget
{
    Q_OBJECT

public:
    explicit MappingPage(ProjectDocument* document, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    MappingTableModel* model() const { return m_model; }
    MappingFilterProxy* proxy() const { return m_proxy; }
    QCheckBox* notMappedOnly() const { return m_notMappedOnly; }
    void focusFilter();

private:
    void refresh();
    /// Clears the user's choices on both clouds for the selected row.
    void clearChoice();
    void updateClearButton();

    ProjectDocument* m_document;
    MappingTableModel* m_model;
    MappingFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_notMappedOnly;
    QPushButton* m_clear;
    QLabel* m_summary;
    QTreeView* m_view;
};

} // namespace cloudshift
