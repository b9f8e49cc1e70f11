#include "chartpalette.h"

#include <array>

namespace cloudshift::chartpalette {

QColor cloudColour(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return QColor(0xff, 0x99, 0x00);
    case Cloud::Gcp:
        return QColor(0x34, 0xa8, 0x53);
    default:
        return QColor(0x2f, 0x7f, 0xd8);
    }
}

QColor targetColour(Target target)
{
    switch (target) {
    case Target::Aws:
        return cloudColour(Cloud::Aws);
    case Target::Gcp:
        return cloudColour(Cloud::Gcp);
    case Target::Retire:
        return QColor(0x88, 0x88, 0x88);
    default:
        return cloudColour(Cloud::Azure);
    }
}

QColor scenarioColour()
{
    return QColor(0x9b, 0x59, 0xd0);
}

QColor seriesColour(const QString& key)
{
    if (key == u"azure")
        return cloudColour(Cloud::Azure);
    if (key == u"aws")
        return cloudColour(Cloud::Aws);
    if (key == u"gcp")
        return cloudColour(Cloud::Gcp);
    if (key == u"scenario")
        return scenarioColour();
    return QColor(0x88, 0x88, 0x88);
}

QColor categoryColour(int index)
{
    // Tableau-like qualitative set: neighbours differ in hue and lightness, so stacked bars separate.
    static constexpr std::array<QRgb, 10> colours { 0xff4e79a7, 0xfff28e2b, 0xffe15759, 0xff76b7b2,
        0xff59a14f, 0xffedc948, 0xffb07aa1, 0xffff9da7, 0xff9c755f, 0xffbab0ac };
    return QColor::fromRgba(colours[static_cast<std::size_t>(index) % colours.size()]);
}

QColor confidenceColour(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Exact:
        return QColor(0x2e, 0x9d, 0x57);
    case Confidence::Close:
        return QColor(0x7c, 0xb3, 0x42);
    case Confidence::Approximate:
        return QColor(0xe0, 0xa1, 0x2b);
    case Confidence::None:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QColor guideColour(bool dark)
{
    return dark ? QColor(255, 255, 255, 140) : QColor(0, 0, 0, 120);
}

QColor bandColour(bool dark)
{
    return dark ? QColor(255, 255, 255, 28) : QColor(0x9b, 0x59, 0xd0, 30);
}

} // namespace cloudshift::chartpalette
