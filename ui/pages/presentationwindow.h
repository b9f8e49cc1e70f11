#pragma once

#include <QWidget>

class QLabel;

namespace cloudshift {

class ChartSet;
class ChartView;

/// The presentation mode: a full-screen window showing one chart per page in large type, with the
/// chart's one-line description and its place ("3 / 8"). Right, Down, Page Down and Space go to the
/// next chart; Left, Up, Page Up and Backspace to the previous; Home and End to the first and last;
/// Escape closes. The charts read the same ChartSet as the Charts page.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(const ChartSet* charts, int firstPage = 0, QWidget* parent = nullptr);

    int page() const { return m_page; }
    int pageCount() const;
    void showPage(int page);
    ChartView* view() const { return m_view; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    const ChartSet* m_charts;
    int m_page = -1;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_position;
    ChartView* m_view = nullptr;
};

} // namespace cloudshift
