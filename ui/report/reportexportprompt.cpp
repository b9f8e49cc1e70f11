#include "reportexportprompt.h"

#include "report/reportwriter.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cloudshift {

QString ReportExportPrompt::run(QWidget* parent, const Analysis& analysis)
{
    const QString pdfFilter = tr("PDF report (*.pdf)");
    const QString pngFilter = tr("PNG chart image (*.png)");
    const QString svgFilter = tr("SVG chart image (*.svg)");
    QString filter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Report"), QString(),
        QStringList { pdfFilter, pngFilter, svgFilter }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pngFilter ? u".png" : filter == svgFilter ? u".svg" : u".pdf";
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = writeReport(analysis, path, &error);
    QApplication::restoreOverrideCursor();
    if (written)
        return path;
    QMessageBox::warning(parent, tr("Export Report"), error);
    return {};
}

} // namespace cloudshift
