#include "scenarioplacementdelegate.h"

#include "models/scenarioplacementmodel.h"

#include <QComboBox>
#include <QSpinBox>

#include <cmath>

namespace cloudshift {

namespace {

using Model = ScenarioPlacementModel;

// The model's horizon is not reachable through a proxy, so wave starts get the simulator's bound.
constexpr int kMaxMonth = 119;

} // namespace

ScenarioPlacementDelegate::ScenarioPlacementDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* ScenarioPlacementDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariantList values = index.data(Model::ChoiceValuesRole).toList();
    if (!values.isEmpty()) {
        auto* combo = new QComboBox(parent);
        const QStringList labels = index.data(Model::ChoiceLabelsRole).toStringList();
        for (qsizetype i = 0; i < values.size(); ++i)
            combo->addItem(labels.value(i), values.at(i));
        // Picking is the edit: commit at once instead of waiting for the editor to lose focus.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<ScenarioPlacementDelegate*>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    auto* spin = new QSpinBox(parent);
    switch (index.column()) {
    case Model::SpotShare:
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
        return spin;
    case Model::WaveStart:
        spin->setRange(0, kMaxMonth);
        spin->setPrefix(tr("Month "));
        return spin;
    case Model::WaveMonths:
        spin->setRange(1, 60);
        return spin;
    default:
        delete spin;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ScenarioPlacementDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(index.column() == Model::SpotShare
                ? static_cast<int>(std::lround(value.toDouble() * 100.0))
                : value.toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ScenarioPlacementDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentData() != index.data(Qt::EditRole))
            model->setData(index, combo->currentData());
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        const QVariant value
            = index.column() == Model::SpotShare ? QVariant(spin->value() / 100.0) : QVariant(spin->value());
        if (value != index.data(Qt::EditRole))
            model->setData(index, value);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cloudshift
