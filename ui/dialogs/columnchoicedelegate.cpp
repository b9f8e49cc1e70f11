#include "columnchoicedelegate.h"

#include <QComboBox>

#include <algorithm>

namespace cloudshift {

ColumnChoiceDelegate::ColumnChoiceDelegate(int choicesRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choicesRole(choicesRole)
{
}

QWidget* ColumnChoiceDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& /*option*/, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    // The item data is the header name; "(none)" carries an empty one, which the model reads as unmapped.
    combo->addItem(tr("(none)"), QString());
    const QStringList choices = index.data(m_choicesRole).toStringList();
    for (const QString& choice : choices)
        combo->addItem(choice, choice);
    combo->setMaxVisibleItems(20);
    // createEditor() is const, but the delegate itself is not: emitting its signal is safe.
    auto* self = const_cast<ColumnChoiceDelegate*>(this);
    connect(combo, &QComboBox::currentIndexChanged, self, [self, combo] { Q_EMIT self->commitData(combo); });
    return combo;
}

void ColumnChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    const QSignalBlocker blocker(combo); // showing the model's value is not a new choice
    combo->setCurrentIndex(std::max(at, 0));
}

void ColumnChoiceDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace cloudshift
