#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace cloudshift {

namespace {

const QString kFusion = QStringLiteral("fusion");

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x7f, 0xd6);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x56));
    return palette;
}

// The style the platform chose, remembered before a fixed theme replaces it with Fusion.
QString& platformStyleName()
{
    static QString name;
    return name;
}

} // namespace

QString themeId(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Theme themeFromId(const QString& id)
{
    if (id == u"light")
        return Theme::Light;
    if (id == u"dark")
        return Theme::Dark;
    return Theme::System;
}

QPalette themePalette(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light: {
        // Fusion's own palette is light whatever the desktop uses, which is the point of choosing Light.
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
        return fusion ? fusion->standardPalette() : QPalette();
    }
    case Theme::Dark:
        return darkPalette();
    }
    return QPalette();
}

void applyTheme(Theme theme)
{
    QString& platformStyle = platformStyleName();
    if (platformStyle.isEmpty())
        platformStyle = QApplication::style()->name();
    const QString wanted = theme == Theme::System ? platformStyle : kFusion;
    // Changing the style resets the palette, so the palette is set after it.
    if (QApplication::style()->name().compare(wanted, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(wanted);
    // A default-constructed palette resolves nothing, so the platform's palette, and its later changes
    // between light and dark, show through.
    QApplication::setPalette(themePalette(theme));
}

} // namespace cloudshift
