#include "presentationwindow.h"

#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/reportchart.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace cloudshift {

namespace {

// Presentation type is read from across a room: about twice the desktop size.
constexpr qreal kFontScale = 1.9;

} // namespace

PresentationWindow::PresentationWindow(const ChartSet* charts, int firstPage, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_charts(charts)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_position(new QLabel(this))
{
    setWindowTitle(tr("CloudShift presentation"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont textFont = font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.5);
    m_description->setFont(textFont);
    m_description->setWordWrap(true);
    m_position->setFont(textFont);
    m_position->setAlignment(Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch(0);
    layout->addWidget(m_position);
    showPage(firstPage);
}

int PresentationWindow::pageCount() const
{
    return static_cast<int>(ChartSet::all().size());
}

void PresentationWindow::showPage(int page)
{
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    const ChartSet::Chart chart = ChartSet::all().value(page);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    // A new chart per page: each chart lays itself out once at presentation size.
    ReportChart* reportChart = m_charts->createChart(chart);
    reportChart->setTitle(QString()); // the page heading names it, in larger type
    reportChart->setFontScale(kFontScale);
    auto* view = new ChartView(reportChart, this);
    view->setFocusPolicy(Qt::NoFocus); // the arrow keys turn pages instead of scrolling the chart
    if (m_view) {
        delete layout->replaceWidget(m_view, view); // the returned layout item is ours to delete
        delete m_view;
    } else {
        layout->insertWidget(2, view, 1);
    }
    m_view = view;
    m_title->setText(ChartSet::title(chart));
    m_description->setText(ChartSet::description(chart));
    m_position->setText(tr("%1 / %2   ← → to move, Esc to leave").arg(page + 1).arg(pageCount()));
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showPage(m_page + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showPage(m_page - 1);
        break;
    case Qt::Key_Home:
        showPage(0);
        break;
    case Qt::Key_End:
        showPage(pageCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace cloudshift
