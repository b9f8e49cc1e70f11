#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace cloudshift {

/// What the window shows until something is opened: the three ways to begin (the demo, importing
/// exports, opening a project) and the exports opened recently.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    /// Recent export sets, newest first (RecentFilesMenu::entries()).
    void setRecentEntries(const QList<QStringList>& entries);

    QCommandLinkButton* demoButton() const { return m_demo; }
    QCommandLinkButton* importButton() const { return m_import; }
    QCommandLinkButton* projectButton() const { return m_project; }
    QLabel* recentLabel() const { return m_recent; }

Q_SIGNALS:
    void openDemoRequested();
    void importRequested();
    void openProjectRequested();
    void openRecentRequested(const QStringList& inputs);

private:
    QCommandLinkButton* m_demo;
    QCommandLinkButton* m_import;
    QCommandLinkButton* m_project;
    QLabel* m_recent;
    QList<QStringList> m_entries;
};

} // namespace cloudshift
