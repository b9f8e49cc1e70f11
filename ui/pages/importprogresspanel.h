#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cloudshift {

/// The running import on the import page: a bar, the bytes read with the rate and the time left, and
/// Cancel. The figures come from the engine's byte counts; the panel only adds the clock.
class ImportProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressPanel(QWidget* parent = nullptr);

    void start();
    void setProgress(qint64 doneBytes, qint64 totalBytes);
    void finish();

    QString detailText() const;
    QProgressBar* bar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_title;
    QProgressBar* m_bar;
    QLabel* m_detail;
    QPushButton* m_cancel;
    QElapsedTimer m_clock;
};

} // namespace cloudshift
