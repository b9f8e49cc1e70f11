#include "recentfilesmenu.h"

#include <QFileInfo>
#include <QSettings>

namespace cloudshift {

namespace {

constexpr int kMaxEntries = 8;
const QString kSettingsKey = QStringLiteral("recentInputs");
// QSettings stores a list of lists badly across formats; join each set with a character that cannot
// appear in a path.
constexpr QChar kSeparator = u'\n';

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
{
    // Rebuilt on show rather than on change: a change can come from one of the menu's own actions,
    // which must not be deleted while it is still emitting triggered().
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    setEnabled(!entries().isEmpty());
}

QList<QStringList> RecentFilesMenu::entries() const
{
    QList<QStringList> result;
    const QStringList stored = QSettings().value(kSettingsKey).toStringList();
    for (const QString& entry : stored)
        result << entry.split(kSeparator, Qt::SkipEmptyParts);
    return result;
}

void RecentFilesMenu::addInputs(const QStringList& inputs)
{
    if (inputs.isEmpty())
        return;
    QList<QStringList> list = entries();
    list.removeAll(inputs);
    list.prepend(inputs);
    while (list.size() > kMaxEntries)
        list.removeLast();
    store(list);
    setEnabled(true);
}

void RecentFilesMenu::store(const QList<QStringList>& list)
{
    QStringList stored;
    for (const QStringList& entry : list)
        stored << entry.join(kSeparator);
    QSettings().setValue(kSettingsKey, stored);
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QList<QStringList> list = entries();
    for (const QStringList& inputs : list) {
        const QString first = QFileInfo(inputs.constFirst()).fileName();
        const QString label
            = inputs.size() == 1 ? first : tr("%1 and %n more", nullptr, inputs.size() - 1).arg(first);
        QAction* action = addAction(label);
        action->setToolTip(inputs.join(QStringLiteral("\n")));
        connect(action, &QAction::triggered, this, [this, inputs] { Q_EMIT openRequested(inputs); });
    }
    if (!list.isEmpty()) {
        addSeparator();
        connect(addAction(tr("Clear Menu")), &QAction::triggered, this, [this] {
            store({});
            setEnabled(false);
        });
    }
}

} // namespace cloudshift
