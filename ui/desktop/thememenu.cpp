#include "thememenu.h"

#include "settings/appsettings.h"

#include <QActionGroup>

namespace cloudshift {

ThemeMenu::ThemeMenu(QWidget* parent)
    : QMenu(tr("&Theme"), parent)
    , m_group(new QActionGroup(this))
{
    const Theme stored = AppSettings::theme();
    const std::pair<Theme, QString> choices[] = {
        { Theme::System, tr("&System") },
        { Theme::Light, tr("&Light") },
        { Theme::Dark, tr("&Dark") },
    };
    for (const auto& [theme, label] : choices) {
        QAction* item = addAction(label);
        item->setCheckable(true);
        item->setChecked(theme == stored);
        item->setData(themeId(theme));
        m_group->addAction(item);
        connect(item, &QAction::triggered, this, [this, theme = theme] { choose(theme); });
    }
    action(Theme::System)->setToolTip(tr("Follow the desktop's light or dark colours"));
}

Theme ThemeMenu::currentTheme() const
{
    const QAction* checked = m_group->checkedAction();
    return checked ? themeFromId(checked->data().toString()) : Theme::System;
}

QAction* ThemeMenu::action(Theme theme) const
{
    const QList<QAction*> items = m_group->actions();
    for (QAction* item : items) {
        if (item->data().toString() == themeId(theme))
            return item;
    }
    return nullptr;
}

void ThemeMenu::choose(Theme theme)
{
    AppSettings::setTheme(theme);
    applyTheme(theme);
}

} // namespace cloudshift
