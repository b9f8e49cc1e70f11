#include "appicon.h"

#include <QFile>

namespace cloudshift {

QIcon applicationIcon()
{
    QIcon icon = QIcon::fromTheme(QStringLiteral(CLOUDSHIFT_APP_ID));
    if (!icon.isNull())
        return icon;
    const QString svg = QStringLiteral(":/icons/" CLOUDSHIFT_APP_ID ".svg");
    if (QFile::exists(svg))
        icon.addFile(svg);
    // The PNGs are drawn per size; at 16 and 32 px they read better than the scaled SVG, and they cover
    // a system without the SVG icon engine.
    for (int size : { 16, 32, 48, 64, 128, 256 }) {
        const QString png = QStringLiteral(":/icons/hicolor/%1x%1/" CLOUDSHIFT_APP_ID ".png").arg(size);
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    return icon;
}

} // namespace cloudshift
