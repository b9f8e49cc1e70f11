#pragma once

#include "exportinspection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cloudshift {

class ExportPreviewModel;

/// The first rows of the file chosen among the inputs, with what CloudShift makes of it: the detected
/// format and schema version above, each column's role in its header, and — for a header it does not
/// recognise — the way into the column-mapping step.
class ExportPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPreviewPanel(QWidget* parent = nullptr);

    /// Shows the inspection, starting with file `current` (clamped to the previewed files).
    void setInspection(const ExportInspection& inspection, int current = 0);
    void clear();
    const ExportInspection& inspection() const { return m_inspection; }
    /// The preview shown; nullptr when there is none.
    const ExportPreview* currentPreview() const;

    /// "EA cost details · schema 2024-08-01 · Actual costs · cost from CostInBillingCurrency"
    QString formatText() const;
    QComboBox* fileCombo() const { return m_files; }
    QTableView* table() const { return m_table; }
    ExportPreviewModel* model() const { return m_model; }
    QPushButton* mapButton() const { return m_map; }

Q_SIGNALS:
    void mapColumnsRequested(const cloudshift::ExportPreview& preview);

private:
    void showPreview(int index);

    ExportInspection m_inspection;
    ExportPreviewModel* m_model;
    QComboBox* m_files;
    QLabel* m_count;
    QLabel* m_format;
    QPushButton* m_map;
    QTableView* m_table;
};

} // namespace cloudshift
