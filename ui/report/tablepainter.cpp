#include "tablepainter.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace cloudshift {

namespace {

// Light rules and shading that print well in greyscale.
const QColor kHeaderFill(0xe8, 0xee, 0xf4);
const QColor kStripeFill(0xf6, 0xf8, 0xfa);
const QColor kRule(0xc8, 0xd0, 0xd8);
// Space left and right of a cell's text, as a fraction of the row height.
constexpr qreal kCellPadding = 0.15;

} // namespace

TablePainter::TablePainter(const QAbstractItemModel* model, const QFont& font, int stretchColumn)
    : m_model(model)
    , m_font(font)
    , m_headerFont(font)
    , m_stretchColumn(stretchColumn)
{
    m_headerFont.setBold(true);
}

qreal TablePainter::rowHeight(const QPainter& painter) const
{
    return QFontMetricsF(m_headerFont, painter.device()).height() * 1.6;
}

int TablePainter::rowsThatFit(const QPainter& painter, qreal height) const
{
    return std::max(0, static_cast<int>(height / rowHeight(painter)) - 1);
}

QList<qreal> TablePainter::columnWidths(const QPainter& painter, qreal available) const
{
    const QFontMetricsF headerMetrics(m_headerFont, painter.device());
    const QFontMetricsF bodyMetrics(m_font, painter.device());
    // Cell padding on both sides, plus a little slack: elidedText() may cut a text measured to the
    // exact width of its cell.
    const qreal padding = rowHeight(painter) * 2 * kCellPadding + bodyMetrics.averageCharWidth() * 0.5;
    QList<qreal> widths;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        qreal width = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(
                width, bodyMetrics.horizontalAdvance(m_model->index(row, column).data().toString()));
        widths << width + padding;
    }
    const qreal natural = std::accumulate(widths.cbegin(), widths.cend(), qreal { 0 });
    if (natural <= 0)
        return widths;
    const bool hasStretch = m_stretchColumn >= 0 && m_stretchColumn < widths.size();
    const qreal others = natural - (hasStretch ? widths.at(m_stretchColumn) : 0);
    // The stretch column (long names) gives way first, so amounts are never cut; only when even the
    // other columns hardly fit does every column shrink.
    if (hasStretch && others <= available * 0.85) {
        widths[m_stretchColumn] = available - others;
    } else {
        for (qreal& width : widths)
            width *= available / natural;
    }
    return widths;
}

qreal TablePainter::paint(QPainter& painter, const QRectF& area, int firstRow, int count) const
{
    painter.save();
    const QList<qreal> widths = columnWidths(painter, area.width());
    const qreal height = rowHeight(painter);
    const int lastRow = std::min(firstRow + count, m_model->rowCount());
    QRectF rowRect(area.left(), area.top(), area.width(), height);
    paintRow(painter, rowRect, widths, -1);
    for (int row = firstRow; row < lastRow; ++row) {
        rowRect.translate(0, height);
        paintRow(painter, rowRect, widths, row);
    }
    painter.restore();
    return height * (1 + std::max(0, lastRow - firstRow));
}

void TablePainter::paintRow(
    QPainter& painter, const QRectF& rowRect, const QList<qreal>& widths, int row) const
{
    const bool header = row < 0;
    if (header)
        painter.fillRect(rowRect, kHeaderFill);
    else if (row % 2 == 1)
        painter.fillRect(rowRect, kStripeFill);
    const QFont& font = header ? m_headerFont : m_font;
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    painter.setPen(Qt::black);

    const qreal padding = rowRect.height() * kCellPadding;
    qreal x = rowRect.left();
    for (int column = 0; column < widths.size(); ++column) {
        const QRectF cell(x + padding, rowRect.top(), widths.at(column) - 2 * padding, rowRect.height());
        const QString text = header ? m_model->headerData(column, Qt::Horizontal).toString()
                                    : m_model->index(row, column).data().toString();
        // A header takes its column's alignment so amounts and their heading line up on the right.
        const QVariant alignment = m_model->index(header ? 0 : row, column).data(Qt::TextAlignmentRole);
        const Qt::Alignment horizontal = alignment.isValid()
            ? Qt::Alignment(alignment.toInt()) & Qt::AlignHorizontal_Mask
            : Qt::AlignLeft;
        painter.drawText(cell, static_cast<int>(horizontal | Qt::AlignVCenter),
            metrics.elidedText(text, Qt::ElideRight, cell.width()));
        x += widths.at(column);
    }
    painter.setPen(QPen(kRule, 0));
    painter.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
}

} // namespace cloudshift
