#pragma once

#include "desktop/theme.h"

#include <QMenu>

class QActionGroup;

namespace cloudshift {

/// View ▸ Theme: System, Light or Dark. The choice is applied at once and remembered in the settings.
class ThemeMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ThemeMenu(QWidget* parent = nullptr);

    Theme currentTheme() const;
    QAction* action(Theme theme) const;

private:
    void choose(Theme theme);

    QActionGroup* m_group;
};

} // namespace cloudshift
