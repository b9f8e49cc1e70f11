#include "project.h"

namespace cloudshift {

const Scenario* Project::scenario(const QString& name) const
{
    for (const Scenario& s : scenarios) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList Project::scenarioNames() const
{
    QStringList names;
    for (const Scenario& s : scenarios)
        names << s.name;
    return names;
}

} // namespace cloudshift
