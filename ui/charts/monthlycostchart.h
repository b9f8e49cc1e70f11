#pragma once

#include "charts/reportchart.h"

#include <QStringList>

#include <vector>

class QAbstractItemModel;
class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QVXYModelMapper;

namespace cloudshift {

class WaveModel;

/// Cost per month as one line per model column, each read by a QVXYModelMapper: the bill re-priced
/// (MonthlyCostModel: Azure, all to AWS, all to Google Cloud) or the scenario's horizon
/// (ProjectionCostModel: staying on Azure, the scenario, all to AWS, all to Google Cloud). With a
/// WaveModel, the scenario's migration waves are shaded behind the lines.
class MonthlyCostChart : public ReportChart
{
    Q_OBJECT

public:
    explicit MonthlyCostChart(QGraphicsItem* parent = nullptr);

    QString chartId() const override { return m_chartId; }
    void setChartId(const QString& id) { m_chartId = id; }

    /// The model's column 0 holds the plot time (ms since the epoch), the others money per month;
    /// seriesKeys names each money column's colour ("azure", "scenario", "aws", "gcp"). Not owned.
    void setModel(QAbstractItemModel* model, const QStringList& seriesKeys);
    QAbstractItemModel* model() const { return m_model; }
    /// Shades each wave's months; nullptr for none. Not owned.
    void setWaveModel(WaveModel* waves);

    QLineSeries* seriesForColumn(int column) const;
    const std::vector<QAreaSeries*>& waveSeries() const { return m_waveSeries; }
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    QValueAxis* costAxis() const { return m_costAxis; }

protected:
    void applyColours() override;

private:
    void rebuild();
    void addWaves();
    void updateAxes();
    void showPointToolTip(int column, const QPointF& point, bool hovering);

    QString m_chartId = QStringLiteral("monthly-cost");
    QAbstractItemModel* m_model = nullptr;
    WaveModel* m_waves = nullptr;
    QStringList m_keys;
    std::vector<QLineSeries*> m_series;
    std::vector<QVXYModelMapper*> m_mappers;
    std::vector<QAreaSeries*> m_waveSeries;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_costAxis = nullptr;
};

} // namespace cloudshift
