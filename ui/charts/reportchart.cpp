#include "reportchart.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>

namespace cloudshift {

namespace {

// Marks a marker hidden by a click, so a rebuild (which recreates markers) can restore the state.
constexpr char kHiddenProperty[] = "cloudshiftHidden";

} // namespace

ReportChart::ReportChart(QGraphicsItem* parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setLocalizeNumbers(true); // axis numbers with the locale's digit grouping
    legend()->setAlignment(Qt::AlignBottom);
}

void ReportChart::setDark(bool dark)
{
    m_dark = dark;
    setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // setTheme() recolours every series, resets fonts and makes new legend markers: put the product
    // colours and sizes back and connect the new markers.
    applyColours();
    applyFonts();
    connectLegendMarkers();
}

void ReportChart::setFontScale(qreal scale)
{
    m_fontScale = scale;
    applyFonts();
}

QFont ReportChart::scaledFont(qreal relative, bool bold) const
{
    QFont font = QApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    font.setPointSizeF(base * relative * m_fontScale);
    font.setBold(bold);
    return font;
}

void ReportChart::applyFonts()
{
    setTitleFont(scaledFont(1.25, true));
    legend()->setFont(scaledFont());
    for (QAbstractAxis* axis : axes()) {
        axis->setLabelsFont(scaledFont(0.95));
        axis->setTitleFont(scaledFont());
    }
}

void ReportChart::finishRebuild()
{
    applyColours();
    applyFonts();
    connectLegendMarkers();
}

void ReportChart::hover(const QString& text, bool hovering)
{
    Q_EMIT hoverTextChanged(hovering ? text : QString());
}

void ReportChart::connectLegendMarkers()
{
    // Markers hidden on purpose (guide lines) cannot be clicked, so every marker can be connected.
    for (QLegendMarker* marker : legend()->markers()) {
        disconnect(marker, &QLegendMarker::clicked, this, nullptr);
        connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggleMarker(marker); });
    }
}

void ReportChart::toggleMarker(QLegendMarker* marker)
{
    const bool hide = !marker->property(kHiddenProperty).toBool();
    marker->setProperty(kHiddenProperty, hide);
    if (auto* barMarker = qobject_cast<QBarLegendMarker*>(marker)) {
        // A bar set cannot be hidden on its own: make it transparent, keep its place in the stack.
        QBarSet* set = barMarker->barset();
        QColor colour = set->color();
        colour.setAlphaF(hide ? 0.0 : 1.0);
        set->setColor(colour);
        QColor border = set->borderColor();
        border.setAlphaF(hide ? 0.0 : 1.0);
        set->setBorderColor(border);
    } else {
        marker->series()->setVisible(!hide);
        marker->setVisible(true); // hiding a series hides its marker too; keep it to click again
    }
    // A hidden entry stays in the legend, faded, so it can be clicked back.
    QColor label = marker->labelBrush().color();
    label.setAlphaF(hide ? 0.4 : 1.0);
    marker->setLabelBrush(label);
    QBrush brush = marker->brush();
    QColor fill = brush.color();
    fill.setAlphaF(hide ? 0.25 : 1.0);
    brush.setColor(fill);
    marker->setBrush(brush);
}

} // namespace cloudshift
