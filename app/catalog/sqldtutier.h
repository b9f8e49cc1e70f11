#pragma once

#include <QString>

namespace cloudshift {

/// An Azure SQL Database DTU service objective: bills name it ("S2 DTUs"), not its size.
struct SqlDtuTier
{
    QString tier; ///< "S2", "P1", "B"
    QString edition; ///< "Basic", "Standard", "Premium"
    double dtus = 0.0;
};

} // namespace cloudshift
