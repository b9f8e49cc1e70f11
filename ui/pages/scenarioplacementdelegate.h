#pragma once

#include <QStyledItemDelegate>

namespace cloudshift {

/// Editors for the scenario table: a combo box for the columns that offer choices (target, region,
/// pricing, strategy), a percent spin box for spot share and month spin boxes for the wave. A choice
/// is committed as soon as it is picked, so one pick is one undo step.
class ScenarioPlacementDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScenarioPlacementDelegate(QObject* parent = nullptr);

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace cloudshift
