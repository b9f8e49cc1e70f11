#pragma once

#include <QString>

namespace cloudshift {

/// The FOCUS ServiceCategory of an Azure meter category ("Virtual Machines" → "Compute",
/// "SQL Database" → "Databases"), so projections and charts group cost the way FOCUS readers expect.
/// Unknown categories are "Other".
QString focusServiceCategory(const QString& azureMeterCategory);

} // namespace cloudshift
