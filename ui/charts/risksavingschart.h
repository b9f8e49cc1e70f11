#pragma once

#include "charts/reportchart.h"

#include <array>
#include <vector>

class QAbstractItemModel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace cloudshift {

/// Risk against saving per workload: one point per workload, coloured by its target and sized by what
/// it costs per month today, with quadrant guides at the plan's cost-weighted risk score and at zero
/// saving. Reads an OutlookFilterProxy (risk assessed) over a WorkloadOutlookModel.
///
/// Each workload is a scatter series of its own: a series' marker size is drawn reliably on screen and
/// in exports, where per-point sizes are not redrawn by a view once it shows the chart. The legend shows
/// one empty key series per target; clicking one hides or shows that target's workloads.
class RiskSavingsChart : public ReportChart
{
    Q_OBJECT

public:
    explicit RiskSavingsChart(QGraphicsItem* parent = nullptr);

    QString chartId() const override { return QStringLiteral("risk-savings"); }
    /// The vertical guide goes at the plan's cost-weighted risk score, read from the WorkloadOutlookModel
    /// under the proxies.
    void setModel(QAbstractItemModel* model);

    /// One series of one point per workload, in the model's row order.
    const std::vector<QScatterSeries*>& workloadSeries() const { return m_workloads; }
    /// The legend keys: AWS, Google Cloud, Azure, retire (no points).
    const std::array<QScatterSeries*, 4>& keySeries() const { return m_keys; }
    QValueAxis* riskAxis() const { return m_riskAxis; }
    QValueAxis* savingAxis() const { return m_savingAxis; }
    QLineSeries* riskGuide() const { return m_riskGuide; }
    QLineSeries* savingGuide() const { return m_savingGuide; }

protected:
    void applyColours() override;

private:
    void rebuild();
    void followKey(std::size_t key);

    QAbstractItemModel* m_model = nullptr;
    double m_planRisk = 0.0;
    QValueAxis* m_riskAxis;
    QValueAxis* m_savingAxis;
    std::array<QScatterSeries*, 4> m_keys {};
    std::vector<QScatterSeries*> m_workloads;
    std::vector<std::size_t> m_workloadKey; ///< index into m_keys of each workload's target
    QLineSeries* m_riskGuide;
    QLineSeries* m_savingGuide;
};

} // namespace cloudshift
