#include "reportwriter.h"

#include "charts/chartset.h"
#include "pipeline/analysis.h"
#include "pipeline/focusprojection.h"
#include "report/chartpainter.h"
#include "report/pdfreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cloudshift {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cloudshift::ReportWriter", text);
}

// The axes name the currency; the title names the chart and the scenario it shows.
QString chartTitle(const ChartSet& charts, ChartSet::Chart chart)
{
    const QString scenario = charts.figures().scenarioName;
    return scenario.isEmpty() || chart == ChartSet::Chart::BillHistory || chart == ChartSet::Chart::Categories
        ? ChartSet::title(chart)
        : tr("%1 — %2").arg(ChartSet::title(chart), scenario);
}

// Charts are laid out in device-independent pixels (96 per inch): at `dpi`, an image `width` pixels wide
// holds width × 96 / dpi of them.
qreal layoutWidth(QSize size, int dpi)
{
    return dpi > 0 ? size.width() * 96.0 / dpi : 1000.0;
}

bool paintPng(const ChartSet& charts, ChartSet::Chart chart, QIODevice* device, QSize size, int dpi)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (dpi > 0) {
        const int dotsPerMeter = qRound(dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
    }
    QPainter painter(&image);
    paintChart(painter, QRectF(QPointF(0, 0), size), charts, chart, chartTitle(charts, chart),
        layoutWidth(size, dpi));
    painter.end();
    return image.save(device, "PNG");
}

bool paintSvg(const ChartSet& charts, ChartSet::Chart chart, QIODevice* device, QSize size, int dpi)
{
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chartTitle(charts, chart));
    generator.setDescription(ChartSet::description(chart));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    paintChart(painter, QRectF(QPointF(0, 0), size), charts, chart, chartTitle(charts, chart),
        layoutWidth(size, dpi));
    return painter.end();
}

} // namespace

bool writeReport(const Analysis& analysis, const QString& outPath, QString* error, QSize imageSize,
    const QString& chartId, int dpi)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString nativePath = QDir::toNativeSeparators(outPath);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"png" && suffix != u"svg" && suffix != u"csv")
        return fail(tr(
            "Cannot write a report to %1: unknown file type; use a name ending in .pdf, .png, .svg or .csv")
                        .arg(nativePath));
    const std::optional<ChartSet::Chart> chart
        = ChartSet::fromId(chartId.isEmpty() ? ChartSet::id(ChartSet::Chart::MonthlyCost) : chartId);
    if (!chart)
        return fail(tr("Cannot write a report to %1: unknown chart '%2'; use one of %3")
                        .arg(nativePath, chartId, ChartSet::ids().join(QStringLiteral(", "))));
    if (analysis.status != Analysis::Status::Ok)
        return fail(tr("Cannot write a report to %1: the analysis did not complete").arg(nativePath));
    if (!imageSize.isValid() || imageSize.isEmpty())
        return fail(tr("Cannot write a report to %1: invalid image size %2×%3")
                        .arg(nativePath)
                        .arg(imageSize.width())
                        .arg(imageSize.height()));

    // Rendered in memory first, so a failure half-way leaves no truncated file behind.
    QByteArray bytes;
    QString renderError;
    bool rendered = true;
    if (suffix == u"csv") {
        bytes = focusCsv(projectFocus(analysis));
    } else {
        ChartSet charts;
        charts.setAnalysis(analysis);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (suffix == u"pdf")
            rendered = PdfReport(analysis, charts).write(&buffer, &renderError);
        else if (suffix == u"png")
            rendered = paintPng(charts, *chart, &buffer, imageSize, dpi);
        else
            rendered = paintSvg(charts, *chart, &buffer, imageSize, dpi);
        buffer.close();
    }
    if (!rendered)
        return fail(
            tr("Cannot write a report to %1: rendering failed %2").arg(nativePath, renderError).trimmed());

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write a report to %1: %2").arg(nativePath, file.errorString()));
    return true;
}

} // namespace cloudshift
