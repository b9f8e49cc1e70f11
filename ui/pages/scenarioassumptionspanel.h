#pragma once

#include "scenario/assumptions.h"

#include <QWidget>

#include <array>
#include <functional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QUndoStack;

namespace cloudshift {

class ScenarioSet;

/// The current scenario's assumptions as a form: horizon, growth, parallel running, the egress waiver,
/// currency and exchange rate, labour. Each change is a SetAssumptionsCommand; the form reloads from
/// the scenario set, so undo shows here like any edit.
class ScenarioAssumptionsPanel : public QWidget
{
    Q_OBJECT

public:
    ScenarioAssumptionsPanel(ScenarioSet* scenarios, QUndoStack* undoStack, QWidget* parent = nullptr);

    QSlider* horizonSlider() const { return m_horizonSlider; }
    QSpinBox* horizonSpin() const { return m_horizonSpin; }
    QDoubleSpinBox* growthSpin() const { return m_growth; }
    QSpinBox* parallelRunSpin() const { return m_parallelRun; }
    QCheckBox* egressWaivedBox() const { return m_egressWaived; }
    QLineEdit* currencyEdit() const { return m_currency; }
    QDoubleSpinBox* exchangeRateSpin() const { return m_exchangeRate; }
    QDoubleSpinBox* labourPerVcpuSpin() const { return m_labourPerVcpu; }

private:
    QDoubleSpinBox* moneySpin(double maximum);
    /// Pushes the current scenario's assumptions with one field changed by `change`.
    void edit(const QString& field, const std::function<void(Assumptions&)>& change);
    void reload();

    ScenarioSet* m_scenarios;
    QUndoStack* m_undoStack;
    QSlider* m_horizonSlider;
    QSpinBox* m_horizonSpin;
    QDoubleSpinBox* m_growth;
    QSpinBox* m_parallelRun;
    QCheckBox* m_egressWaived;
    QLineEdit* m_currency;
    QDoubleSpinBox* m_exchangeRate;
    QDoubleSpinBox* m_labourPerVcpu;
    std::array<QDoubleSpinBox*, 7> m_labourPerResource {};
    QLabel* m_scope;
    bool m_loading = false;
};

} // namespace cloudshift
