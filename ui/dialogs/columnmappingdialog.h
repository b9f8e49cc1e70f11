#pragma once

#include "billing/exportpreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace cloudshift {

class ColumnMappingModel;

/// The column-mapping step for an export whose header CloudShift does not recognise: the user picks
/// the column for each field (date, cost and resource id are required) and confirms. Nothing is guessed;
/// the engine checks the mapping as it grows and OK stays disabled until it accepts it.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    /// `preview` is the file's header and first rows; `initial` a mapping to start from (when editing).
    explicit ColumnMappingDialog(
        const ExportPreview& preview, const ColumnMapping& initial = {}, QWidget* parent = nullptr);

    const ExportPreview& preview() const { return m_preview; }
    ColumnMapping mapping() const;
    /// The engine's objection to the mapping as it stands; empty when it can be used.
    QString problem() const { return m_problem; }

    ColumnMappingModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();

    ExportPreview m_preview;
    ColumnMappingModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QString m_problem;
};

} // namespace cloudshift
