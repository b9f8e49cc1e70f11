#pragma once

#include <QStyledItemDelegate>

namespace cloudshift {

/// Edits a "which column?" cell with a combo box of the file's header names (and "(none)"). The choice
/// is written to the model as soon as it is made, so the dialog can check the mapping as it grows.
class ColumnChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// `choicesRole` is the model role that lists the names to choose from.
    explicit ColumnChoiceDelegate(int choicesRole, QObject* parent = nullptr);

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_choicesRole;
};

} // namespace cloudshift
