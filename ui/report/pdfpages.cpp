#include "pdfpages.h"

#include "report/tablepainter.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace cloudshift {

PdfPages::PdfPages(QPdfWriter& writer, QPainter& painter, const QString& footer, int totalPages)
    : m_writer(writer)
    , m_painter(painter)
    , m_footer(footer)
    , m_total(totalPages)
    , m_pageRect(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size())
{
}

QFont PdfPages::font(qreal pointSize, bool bold)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QRectF PdfPages::beginPage()
{
    if (m_page > 0)
        m_writer.newPage();
    ++m_page;
    paintFooter();
    QRectF area = m_pageRect;
    area.setBottom(area.bottom() - QFontMetricsF(font(8), m_painter.device()).height() * 2);
    return area;
}

void PdfPages::paintFooter()
{
    m_painter.save();
    m_painter.setFont(font(8));
    m_painter.setPen(QColor(0x66, 0x66, 0x66));
    const QString text = m_total > 0 ? tr("%1 · page %2 of %3").arg(m_footer).arg(m_page).arg(m_total)
                                     : tr("%1 · page %2").arg(m_footer).arg(m_page);
    m_painter.drawText(m_pageRect, Qt::AlignBottom | Qt::AlignRight, text);
    m_painter.restore();
}

void PdfPages::heading(QRectF& area, const QString& text, qreal pointSize)
{
    const QFont bold = font(pointSize, true);
    m_painter.setFont(bold);
    m_painter.setPen(Qt::black);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF bounds = m_painter.boundingRect(area, flags, text);
    m_painter.drawText(bounds, flags, text);
    area.setTop(bounds.bottom() + QFontMetricsF(bold, m_painter.device()).height() * 0.4);
}

void PdfPages::paragraph(QRectF& area, const QString& text, qreal pointSize, const QColor& colour)
{
    const QFont regular = font(pointSize);
    m_painter.setFont(regular);
    m_painter.setPen(colour);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF bounds = m_painter.boundingRect(area, flags, text);
    m_painter.drawText(bounds, flags, text);
    area.setTop(bounds.bottom() + QFontMetricsF(regular, m_painter.device()).height() * 0.35);
}

void PdfPages::textSection(const QString& title, const QStringList& paragraphs, qreal pointSize)
{
    QRectF area = beginPage();
    heading(area, title);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    for (const QString& text : paragraphs) {
        m_painter.setFont(font(pointSize));
        const qreal needed = m_painter.boundingRect(area, flags, text).height();
        if (needed > area.height()) {
            area = beginPage();
            heading(area, tr("%1 (continued)").arg(title));
        }
        paragraph(area, text, pointSize);
    }
}

void PdfPages::tableSection(
    const QString& title, const QAbstractItemModel& model, int stretchColumn, qreal pointSize)
{
    const TablePainter painter(&model, font(pointSize), stretchColumn);
    int firstRow = 0;
    do {
        QRectF area = beginPage();
        heading(area, firstRow == 0 ? title : tr("%1 (continued)").arg(title));
        const int rows = std::max(1, painter.rowsThatFit(m_painter, area.height()));
        painter.paint(m_painter, area, firstRow, rows);
        firstRow += rows;
    } while (firstRow < model.rowCount());
}

void PdfPages::table(
    QRectF& area, const QAbstractItemModel& model, int stretchColumn, qreal pointSize, qreal widthShare)
{
    const TablePainter painter(&model, font(pointSize), stretchColumn);
    const qreal used = painter.paint(m_painter,
        QRectF(area.topLeft(), QSizeF(area.width() * widthShare, area.height())), 0, model.rowCount());
    area.setTop(area.top() + used + QFontMetricsF(font(pointSize), m_painter.device()).height());
}

} // namespace cloudshift
