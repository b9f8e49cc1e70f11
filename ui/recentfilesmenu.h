#pragma once

#include <QMenu>

namespace cloudshift {

/// File ▸ Open Recent: the last opened export sets, remembered in QSettings. One entry opens all the
/// files that were opened together.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget* parent = nullptr);

    void addInputs(const QStringList& inputs);
    QList<QStringList> entries() const;

Q_SIGNALS:
    void openRequested(const QStringList& inputs);

private:
    void rebuild();
    void store(const QList<QStringList>& entries);
};

} // namespace cloudshift
