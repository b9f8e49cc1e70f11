#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QIODevice;
class QPainter;
class QPdfWriter;

namespace cloudshift {

struct Analysis;

/// The stakeholder pack as a PDF on A4 landscape: a title page with the inputs and the executive
/// summary (totals and savings per cloud), the monthly cost chart, then the workload table over as many
/// pages as it needs. Every figure is the engine's, formatted as on screen.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    explicit PdfReport(const Analysis& analysis);

    bool write(QIODevice* device, QString* error) const;

private:
    void paintTitlePage(QPainter& painter, const QRectF& page) const;
    qreal paintSummaryTable(QPainter& painter, const QRectF& area) const;
    void paintChartPage(QPainter& painter, const QRectF& page) const;
    void paintWorkloadPages(QPdfWriter& writer, QPainter& painter, const QRectF& page, int& pageNumber) const;
    void paintFooter(QPainter& painter, const QRectF& page, int pageNumber) const;
    qreal paintHeading(QPainter& painter, const QRectF& area, const QString& text, qreal pointSize) const;

    const Analysis& m_analysis;
    QString m_generated;
};

} // namespace cloudshift
