#include "reportexportprompt.h"

#include "report/reportwriter.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cloudshift {

QString ReportExportPrompt::run(QWidget* parent, const Analysis& analysis, const QString& chartId)
{
    const QString pdfFilter = tr("PDF report pack (*.pdf)");
    const QString pngFilter = tr("PNG chart image (*.png)");
    const QString svgFilter = tr("SVG chart image (*.svg)");
    const QString csvFilter = tr("FOCUS cost projection (*.csv)");
    const QStringList filters = chartId.isEmpty()
        ? QStringList { pdfFilter, pngFilter, svgFilter, csvFilter }
        : QStringList { pngFilter, svgFilter, pdfFilter, csvFilter };
    QString filter = filters.constFirst();
    QString path
        = QFileDialog::getSaveFileName(parent, chartId.isEmpty() ? tr("Export Report") : tr("Export Chart"),
            chartId, filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty()) {
        path += filter == pngFilter ? u".png"
            : filter == svgFilter   ? u".svg"
            : filter == csvFilter   ? u".csv"
                                    : u".pdf";
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = writeReport(analysis, path, &error, { 1600, 900 }, chartId);
    QApplication::restoreOverrideCursor();
    if (written)
        return path;
    QMessageBox::warning(parent, tr("Export Report"), error);
    return {};
}

} // namespace cloudshift
