#pragma once

#include <QFont>
#include <QList>

class QAbstractItemModel;
class QPainter;
class QRectF;

namespace cloudshift {

/// Paints the rows of a table model as a ruled table, header first, taking each cell's text and
/// alignment from the model so a printed table reads exactly like the one on screen. Pages are the
/// caller's business: it asks how many rows fit and paints them slice by slice.
///
/// Columns get the width of their widest text over all rows, so every page of a long table lines up;
/// the stretch column takes the room the others leave, eliding its long texts. Only when the other
/// columns alone nearly fill the width do all columns shrink alike.
class TablePainter
{
public:
    TablePainter(const QAbstractItemModel* model, const QFont& font, int stretchColumn = 0);

    /// Height of one row (the header row is as high) on the painter's device.
    qreal rowHeight(const QPainter& painter) const;
    /// How many body rows fit under the header in `height`.
    int rowsThatFit(const QPainter& painter, qreal height) const;
    /// Paints the header and rows [firstRow, firstRow + count) at the top of `area`; returns the
    /// height used.
    qreal paint(QPainter& painter, const QRectF& area, int firstRow, int count) const;

private:
    QList<qreal> columnWidths(const QPainter& painter, qreal available) const;
    void paintRow(QPainter& painter, const QRectF& rowRect, const QList<qreal>& widths, int row) const;

    const QAbstractItemModel* m_model;
    QFont m_font;
    QFont m_headerFont;
    int m_stretchColumn;
};

} // namespace cloudshift
