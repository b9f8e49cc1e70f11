#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QPainter;
class QPdfWriter;

namespace cloudshift {

/// Lays content out page by page on a PDF: headings, paragraphs that flow on to the next page, tables
/// split over as many pages as they need, and a footer naming the page and the page count.
///
/// The page count is only known once everything is laid out, so PdfReport lays the pack out twice: a
/// first pass without charts counts the pages, the second writes them with "page N of M".
class PdfPages
{
    Q_DECLARE_TR_FUNCTIONS(PdfPages)

public:
    PdfPages(QPdfWriter& writer, QPainter& painter, const QString& footer, int totalPages);

    /// Starts a page (the first call uses the page the writer opened with) and returns the area above
    /// the footer.
    QRectF beginPage();
    int pageCount() const { return m_page; }

    /// Paints a bold heading at the top of `area` and moves the area's top below it.
    void heading(QRectF& area, const QString& text, qreal pointSize = 16);
    /// Paints word-wrapped text at the top of `area` and moves the area's top below it.
    void paragraph(QRectF& area, const QString& text, qreal pointSize = 10, const QColor& colour = Qt::black);
    /// Paragraphs under a heading, continued on new pages as needed.
    void textSection(const QString& title, const QStringList& paragraphs, qreal pointSize = 10);
    /// A table model under a heading, rows continued on new pages ("… (continued)").
    void tableSection(
        const QString& title, const QAbstractItemModel& model, int stretchColumn, qreal pointSize = 8.5);
    /// A table in `area` (all its rows must fit); moves the area's top below it.
    void table(QRectF& area, const QAbstractItemModel& model, int stretchColumn, qreal pointSize,
        qreal widthShare = 1.0);

    static QFont font(qreal pointSize, bool bold = false);

private:
    void paintFooter();

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    int m_total;
    int m_page = 0;
    QRectF m_pageRect;
};

} // namespace cloudshift
