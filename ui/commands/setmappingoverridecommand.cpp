#include "setmappingoverridecommand.h"

#include "commands/projectdocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace cloudshift {

namespace {

bool sameKey(const MappingOverride& a, const MappingOverride& b)
{
    return a.cloud == b.cloud && a.resourceId.compare(b.resourceId, Qt::CaseInsensitive) == 0
        && (!a.resourceId.isEmpty() || a.workload == b.workload);
}

QString describe(const MappingOverride& change)
{
    const QString who = change.resourceId.isEmpty()
        ? QCoreApplication::translate("cloudshift", "workload %1").arg(change.workload)
        : change.resourceId.section(u'/', -1);
    const QString cloud = cloudDisplayName(change.cloud);
    if (change.choice.isEmpty())
        return QCoreApplication::translate("cloudshift", "Let the mapper choose on %1 for %2")
            .arg(cloud, who);
    QStringList parts;
    if (!change.choice.vmSku.isEmpty())
        parts << change.choice.vmSku;
    if (!change.choice.region.isEmpty())
        parts << QCoreApplication::translate("cloudshift", "in %1").arg(change.choice.region);
    return QCoreApplication::translate("cloudshift", "Price %1 on %2 as %3")
        .arg(who, cloud, parts.join(QLatin1Char(' ')));
}

} // namespace

std::vector<MappingOverride> SetMappingOverrideCommand::applied(
    std::vector<MappingOverride> overrides, const MappingOverride& change)
{
    const auto it = std::find_if(overrides.begin(), overrides.end(),
        [&change](const MappingOverride& o) { return sameKey(o, change); });
    if (change.choice.isEmpty()) {
        if (it != overrides.end())
            overrides.erase(it);
    } else if (it != overrides.end()) {
        it->choice = change.choice;
    } else {
        overrides.push_back(change);
    }
    return overrides;
}

SetMappingOverrideCommand::SetMappingOverrideCommand(
    ProjectDocument* document, const MappingOverride& change, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->mappingOverrides())
    , m_after(applied(m_before, change))
{
    setText(describe(change));
    // Re-pricing for an unchanged choice would cost a full analysis and leave a no-op in the history.
    setObsolete(m_before == m_after);
}

void SetMappingOverrideCommand::undo()
{
    m_document->setMappingOverrides(m_before);
}

void SetMappingOverrideCommand::redo()
{
    m_document->setMappingOverrides(m_after);
}

} // namespace cloudshift
