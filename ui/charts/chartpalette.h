#pragma once

#include "catalog/cloud.h"
#include "mapping/confidence.h"
#include "scenario/scenario.h"

#include <QColor>
#include <QString>

namespace cloudshift::chartpalette {

// The colours every chart uses, on screen and in exports: a cloud keeps its colour from chart to chart
// (Azure blue, AWS orange, Google green), the scenario is violet. Mid-tone shades, legible on both the
// light and the dark chart theme.

QColor cloudColour(Cloud cloud);
QColor targetColour(Target target);
QColor scenarioColour();
/// By series key: "azure", "scenario", "aws", "gcp"; grey for anything else.
QColor seriesColour(const QString& key);
/// The n-th of a set of distinguishable colours (service categories).
QColor categoryColour(int index);
/// Exact green to none grey: a weaker mapping looks paler.
QColor confidenceColour(Confidence confidence);
/// Wave bands and guide lines: a faint tint of the text colour.
QColor guideColour(bool dark);
QColor bandColour(bool dark);

} // namespace cloudshift::chartpalette
