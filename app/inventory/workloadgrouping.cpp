#include "workloadgrouping.h"

namespace cloudshift {

namespace {

    // Written by hand rather than with QRegularExpression::wildcardToRegularExpression, whose Qt 6.4
    // form treats '/' as a path separator that '*' does not cross.
    QString wildcardToRegex(const QString& wildcard)
    {
        QString regex = QStringLiteral("^");
        for (const QChar c : wildcard) {
            if (c == u'*')
                regex += QStringLiteral(".*");
            else if (c == u'?')
                regex += QLatin1Char('.');
            else
                regex += QRegularExpression::escape(QString(c));
        }
        return regex + QLatin1Char('$');
    }

    bool matches(const QRegularExpression& pattern, const QString& value, QRegularExpressionMatch* match = nullptr)
    {
        if (value.isEmpty())
            return false;
        if (!pattern.isValid() || pattern.pattern().isEmpty())
            return true; // an empty pattern takes any value
        const QRegularExpressionMatch found = pattern.match(value);
        if (match)
            *match = found;
        return found.hasMatch();
    }

} // namespace

WorkloadGrouping::WorkloadGrouping(QStringList tagKeys)
    : WorkloadGrouping(GroupingSettings::fromTagKeys(tagKeys))
{
}

WorkloadGrouping::WorkloadGrouping(const GroupingSettings& settings)
    : m_tagKeys(settings.tagKeys())
{
    for (std::size_t i = 0; i < settings.rules.size(); ++i) {
        const GroupingRule& rule = settings.rules[i];
        CompiledRule compiled{rule, {}};
        if (rule.kind != GroupingRule::Kind::TagKey && !rule.pattern.isEmpty()) {
            const QString regex = rule.syntax == GroupingRule::Syntax::Regex ? rule.pattern : wildcardToRegex(rule.pattern);
            compiled.pattern = QRegularExpression(regex, QRegularExpression::CaseInsensitiveOption);
            if (!compiled.pattern.isValid()) {
                m_problems << QStringLiteral("rule %1: %2").arg(i + 1).arg(compiled.pattern.errorString());
                continue;
            }
        }
        m_rules.push_back(std::move(compiled));
    }
    for (const auto& [id, workload] : settings.manualMoves)
        m_manualMoves.insert(id.toLower(), workload);
}

std::optional<WorkloadGrouping::Assignment> WorkloadGrouping::applyRule(const CompiledRule& compiled,
    const Resource& resource) const
{
    const GroupingRule& rule = compiled.rule;
    auto named = [&rule](const QString& fromMatch, const QString& groupedBy) {
        return Assignment{rule.workload.isEmpty() ? fromMatch : rule.workload, groupedBy};
    };
    switch (rule.kind) {
    case GroupingRule::Kind::TagKey: {
        const QString value = resource.tag(rule.pattern).trimmed();
        if (value.isEmpty())
            return std::nullopt;
        return named(value, QStringLiteral("tag:") + rule.pattern);
    }
    case GroupingRule::Kind::ResourceGroup:
        if (!matches(compiled.pattern, resource.resourceGroup))
            return std::nullopt;
        // Resource group names are case-insensitive in Azure and appear in both cases within one bill.
        return named(resource.resourceGroup.toLower(), QStringLiteral("resource group"));
    case GroupingRule::Kind::Subscription:
        if (matches(compiled.pattern, resource.subscriptionName))
            return named(resource.subscriptionName, QStringLiteral("subscription"));
        if (matches(compiled.pattern, resource.subscriptionId))
            return named(resource.subscriptionName.isEmpty() ? resource.subscriptionId : resource.subscriptionName,
                QStringLiteral("subscription"));
        return std::nullopt;
    case GroupingRule::Kind::NamePattern: {
        QRegularExpressionMatch match;
        if (!matches(compiled.pattern, resource.name, &match))
            return std::nullopt;
        const QString captured = match.lastCapturedIndex() >= 1 ? match.captured(1) : QString();
        return named(captured.isEmpty() ? resource.name : captured, QStringLiteral("name:") + rule.pattern);
    }
    }
    return std::nullopt;
}

WorkloadGrouping::Assignment WorkloadGrouping::assign(const Resource& resource) const
{
    if (!m_manualMoves.isEmpty()) {
        const auto moved = m_manualMoves.constFind(resource.id.toLower());
        if (moved != m_manualMoves.constEnd())
            return {moved.value(), QStringLiteral("manual")};
    }
    for (const CompiledRule& rule : m_rules) {
        if (auto assignment = applyRule(rule, resource))
            return *assignment;
    }
    if (!resource.resourceGroup.isEmpty())
        return {resource.resourceGroup.toLower(), QStringLiteral("resource group")};
    if (!resource.subscriptionName.isEmpty())
        return {resource.subscriptionName, QStringLiteral("subscription")};
    if (!resource.subscriptionId.isEmpty())
        return {resource.subscriptionId, QStringLiteral("subscription")};
    return {QStringLiteral("(unassigned)"), QStringLiteral("none")};
}

} // namespace cloudshift
