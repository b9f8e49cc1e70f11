#include "scenarioassumptionspanel.h"

#include "commands/scenarioset.h"
#include "commands/setassumptionscommand.h"
#include "models/scenariotext.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace cloudshift {

ScenarioAssumptionsPanel::ScenarioAssumptionsPanel(
    ScenarioSet* scenarios, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_scenarios(scenarios)
    , m_undoStack(undoStack)
    , m_horizonSlider(new QSlider(Qt::Horizontal, this))
    , m_horizonSpin(new QSpinBox(this))
    , m_growth(new QDoubleSpinBox(this))
    , m_parallelRun(new QSpinBox(this))
    , m_egressWaived(new QCheckBox(tr("Azure waives exit egress"), this))
    , m_currency(new QLineEdit(this))
    , m_exchangeRate(new QDoubleSpinBox(this))
    , m_labourPerVcpu(moneySpin(10'000))
    , m_scope(new QLabel(this))
{
    m_horizonSlider->setObjectName(QStringLiteral("horizonSlider"));
    for (auto* horizon : { static_cast<QWidget*>(m_horizonSlider), static_cast<QWidget*>(m_horizonSpin) })
        horizon->setToolTip(tr("Months simulated, 12 to 60"));
    m_horizonSlider->setRange(12, 60);
    m_horizonSlider->setPageStep(12);
    m_horizonSpin->setRange(12, 60);
    m_horizonSpin->setSuffix(tr(" months"));
    m_growth->setRange(-50.0, 100.0);
    m_growth->setDecimals(1);
    m_growth->setSuffix(QStringLiteral(" %"));
    m_growth->setToolTip(tr("Yearly run-cost growth, applied alike to every cloud"));
    m_parallelRun->setRange(0, 24);
    m_parallelRun->setSuffix(tr(" months"));
    m_parallelRun->setToolTip(tr("Months the Azure side keeps running after a workload has moved"));
    m_currency->setMaxLength(3);
    m_currency->setToolTip(tr("Currency the figures are shown in; empty = the bill's currency"));
    m_exchangeRate->setRange(0.0001, 100'000.0);
    m_exchangeRate->setDecimals(4);
    m_exchangeRate->setToolTip(tr("Units of the currency per US dollar: catalog prices are in USD"));

    // Spin boxes commit on Enter, focus loss or a step, not on every keystroke of a number being typed.
    for (QAbstractSpinBox* spin : std::initializer_list<QAbstractSpinBox*> {
             m_horizonSpin, m_growth, m_parallelRun, m_exchangeRate, m_labourPerVcpu })
        spin->setKeyboardTracking(false);

    auto* horizonRow = new QHBoxLayout;
    horizonRow->addWidget(m_horizonSlider, 1);
    horizonRow->addWidget(m_horizonSpin);
    auto* form = new QFormLayout;
    // Narrow fields leave the width to the workload table beside the panel.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* horizonLabel = new QLabel(tr("&Horizon"), this);
    horizonLabel->setBuddy(m_horizonSpin);
    form->addRow(horizonLabel, horizonRow);
    form->addRow(tr("&Growth per year"), m_growth);
    form->addRow(tr("&Parallel running"), m_parallelRun);
    form->addRow(QString(), m_egressWaived);
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(tr("USD &rate"), m_exchangeRate);
    form->addRow(tr("Labour per &vCPU (USD)"), m_labourPerVcpu);

    auto* labourBox = new QGroupBox(tr("Labour per resource moved (USD)"), this);
    auto* labourForm = new QFormLayout(labourBox);
    labourForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const std::vector<Strategy> strategies = allStrategies();
    for (std::size_t i = 0; i < m_labourPerResource.size(); ++i) {
        m_labourPerResource[i] = moneySpin(1'000'000);
        m_labourPerResource[i]->setKeyboardTracking(false);
        labourForm->addRow(strategyText(strategies[i]), m_labourPerResource[i]);
        connect(
            m_labourPerResource[i], &QDoubleSpinBox::valueChanged, this, [this, i, strategies](double value) {
                edit(tr("labour for %1").arg(strategyText(strategies[i]).toLower()),
                    [i, value](Assumptions& a) { a.labourPerResource[i] = value; });
            });
    }

    m_scope->setWordWrap(true);
    m_scope->setMinimumWidth(200); // wraps instead of widening the panel
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(form);
    layout->addWidget(labourBox);
    layout->addStretch(1);

    connect(m_horizonSlider, &QSlider::valueChanged, this,
        [this](int months) { edit(tr("horizon"), [months](Assumptions& a) { a.horizonMonths = months; }); });
    connect(m_horizonSpin, &QSpinBox::valueChanged, this,
        [this](int months) { edit(tr("horizon"), [months](Assumptions& a) { a.horizonMonths = months; }); });
    connect(m_growth, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        edit(tr("growth"), [percent](Assumptions& a) { a.growthPerYear = percent / 100.0; });
    });
    connect(m_parallelRun, &QSpinBox::valueChanged, this, [this](int months) {
        edit(tr("parallel running"), [months](Assumptions& a) { a.parallelRunMonths = months; });
    });
    connect(m_egressWaived, &QCheckBox::toggled, this, [this](bool waived) {
        edit(tr("egress waiver"), [waived](Assumptions& a) { a.exitEgressWaived = waived; });
    });
    connect(m_currency, &QLineEdit::editingFinished, this, [this] {
        const QString code = m_currency->text().trimmed().toUpper();
        edit(tr("currency"), [code](Assumptions& a) { a.currency = code; });
    });
    connect(m_exchangeRate, &QDoubleSpinBox::valueChanged, this, [this](double rate) {
        edit(tr("exchange rate"), [rate](Assumptions& a) { a.usdToCurrency = rate; });
    });
    connect(m_labourPerVcpu, &QDoubleSpinBox::valueChanged, this, [this](double usd) {
        edit(tr("labour per vCPU"), [usd](Assumptions& a) { a.labourPerVcpu = usd; });
    });

    connect(scenarios, &ScenarioSet::analysisChanged, this, &ScenarioAssumptionsPanel::reload);
    connect(scenarios, &ScenarioSet::currentChanged, this, &ScenarioAssumptionsPanel::reload);
    connect(scenarios, &ScenarioSet::scenarioEdited, this, [this](int index) {
        if (index == m_scenarios->currentIndex())
            reload();
    });
    reload();
}

QDoubleSpinBox* ScenarioAssumptionsPanel::moneySpin(double maximum)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(0.0, maximum);
    spin->setDecimals(0);
    spin->setSingleStep(100.0);
    spin->setGroupSeparatorShown(true);
    return spin;
}

void ScenarioAssumptionsPanel::edit(const QString& field, const std::function<void(Assumptions&)>& change)
{
    const int current = m_scenarios->currentIndex();
    if (m_loading || current < 0)
        return;
    Assumptions assumptions = m_scenarios->scenario(current).assumptions;
    change(assumptions);
    m_undoStack->push(new SetAssumptionsCommand(m_scenarios, m_scenarios->currentId(), assumptions, field));
}

void ScenarioAssumptionsPanel::reload()
{
    const int current = m_scenarios->currentIndex();
    setEnabled(current >= 0);
    if (current < 0)
        return;
    m_loading = true;
    const Assumptions& a = m_scenarios->scenario(current).assumptions;
    m_horizonSlider->setValue(a.horizonMonths);
    m_horizonSpin->setValue(a.horizonMonths);
    m_growth->setValue(a.growthPerYear * 100.0);
    m_parallelRun->setValue(a.parallelRunMonths);
    m_egressWaived->setChecked(a.exitEgressWaived);
    m_currency->setText(a.currency);
    m_currency->setPlaceholderText(m_scenarios->input().currency);
    m_exchangeRate->setValue(a.usdToCurrency);
    m_labourPerVcpu->setValue(a.labourPerVcpu);
    for (std::size_t i = 0; i < m_labourPerResource.size(); ++i)
        m_labourPerResource[i]->setValue(a.labourPerResource[i]);
    m_scope->setText(m_scenarios->kind(current) == ScenarioSet::Kind::User
            ? tr("Assumptions of %1").arg(m_scenarios->scenario(current).name)
            : tr("Assumptions of the built-in scenarios (staying on Azure and the optimised placement)"));
    m_loading = false;
}

} // namespace cloudshift
