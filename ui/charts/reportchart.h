#pragma once

#include <QChart>

class QLegendMarker;

namespace cloudshift {

/// What every CloudShift chart shares: a light or dark theme with the product's own colours kept,
/// legend markers that hide and show what they name when clicked, a font scale for presentations, and
/// hover texts (exact values, from the model's tooltips) announced through hoverTextChanged().
///
/// A chart reads its data from models (never from arrays of its own) and rebuilds when they reset; it
/// lives in a ChartView on screen and in a bare QGraphicsScene when a report renders it.
class ReportChart : public QChart
{
    Q_OBJECT

public:
    explicit ReportChart(QGraphicsItem* parent = nullptr);

    /// Stable id used on the command line and in file names: "monthly-cost", "cash-flow"…
    virtual QString chartId() const = 0;

    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    /// 1 = the application font; presentation mode uses about 1.8.
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }

Q_SIGNALS:
    /// The exact values under the mouse; an empty text when the mouse left them.
    void hoverTextChanged(const QString& text);

protected:
    /// Re-applies the product colours after a theme change or a rebuild.
    virtual void applyColours() = 0;
    /// Call at the end of every rebuild: colours, fonts and legend toggles for the new series.
    void finishRebuild();
    void hover(const QString& text, bool hovering);
    QFont scaledFont(qreal relative = 1.0, bool bold = false) const;

private:
    void applyFonts();
    void connectLegendMarkers();
    void toggleMarker(QLegendMarker* marker);

    bool m_dark = false;
    qreal m_fontScale = 1.0;
};

} // namespace cloudshift
