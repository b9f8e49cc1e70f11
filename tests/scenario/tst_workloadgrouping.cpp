#include "inventory/workloadgrouping.h"

#include <QTest>

using namespace cloudshift;

namespace {

Resource makeResource(const QString& name, const QString& resourceGroup, std::vector<std::pair<QString, QString>> tags = {},
    const QString& subscriptionName = QStringLiteral("Production"))
{
    Resource r;
    r.id = QStringLiteral("/subscriptions/0000/resourceGroups/%1/providers/Microsoft.Compute/virtualMachines/%2")
               .arg(resourceGroup, name);
    r.name = name;
    r.resourceGroup = resourceGroup;
    r.subscriptionId = QStringLiteral("0000-1111");
    r.subscriptionName = subscriptionName;
    r.tags = std::move(tags);
    return r;
}

GroupingRule rule(GroupingRule::Kind kind, const QString& pattern, const QString& workload = {},
    GroupingRule::Syntax syntax = GroupingRule::Syntax::Wildcard)
{
    return {kind, pattern, syntax, workload};
}

} // namespace

Q_DECLARE_METATYPE(cloudshift::GroupingRule)

class TestWorkloadGrouping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The default rule set is the tag-key grouping plans always had: first tag key present, else the
    // resource group (lower-cased), else the subscription.
    void defaultRulesKeepTagKeyGrouping()
    {
        const WorkloadGrouping grouping({QStringLiteral("app"), QStringLiteral("workload")});
        const auto tagged = grouping.assign(makeResource(QStringLiteral("vm1"), QStringLiteral("RG-Shop"),
            {{QStringLiteral("Workload"), QStringLiteral("billing")}, {QStringLiteral("APP"), QStringLiteral(" shop ")}}));
        QCOMPARE(tagged.workload, QStringLiteral("shop"));
        QCOMPARE(tagged.groupedBy, QStringLiteral("tag:app"));
        const auto untagged = grouping.assign(makeResource(QStringLiteral("vm2"), QStringLiteral("RG-Shop")));
        QCOMPARE(untagged.workload, QStringLiteral("rg-shop"));
        QCOMPARE(untagged.groupedBy, QStringLiteral("resource group"));
        const auto noGroup = grouping.assign(makeResource(QStringLiteral("vm3"), QString()));
        QCOMPARE(noGroup.workload, QStringLiteral("Production"));
        QCOMPARE(noGroup.groupedBy, QStringLiteral("subscription"));
        QCOMPARE(grouping.tagKeys(), (QStringList{QStringLiteral("app"), QStringLiteral("workload")}));
    }

    void eachRuleKind_data()
    {
        QTest::addColumn<GroupingRule>("groupingRule");
        QTest::addColumn<QString>("resourceName");
        QTest::addColumn<QString>("resourceGroup");
        QTest::addColumn<QString>("workload");
        QTest::addColumn<QString>("groupedBy");

        using Kind = GroupingRule::Kind;
        using Syntax = GroupingRule::Syntax;
        QTest::newRow("tag key names by value") << rule(Kind::TagKey, QStringLiteral("team")) << QStringLiteral("vm")
                                                << QStringLiteral("rg-a") << QStringLiteral("payments")
                                                << QStringLiteral("tag:team");
        QTest::newRow("tag key with a fixed name") << rule(Kind::TagKey, QStringLiteral("team"), QStringLiteral("all teams"))
                                                   << QStringLiteral("vm") << QStringLiteral("rg-a")
                                                   << QStringLiteral("all teams") << QStringLiteral("tag:team");
        QTest::newRow("resource group wildcard") << rule(Kind::ResourceGroup, QStringLiteral("rg-web-*"), QStringLiteral("web"))
                                                 << QStringLiteral("vm") << QStringLiteral("RG-WEB-EU")
                                                 << QStringLiteral("web") << QStringLiteral("resource group");
        QTest::newRow("resource group names itself") << rule(Kind::ResourceGroup, QStringLiteral("rg-?eb-eu"))
                                                     << QStringLiteral("vm") << QStringLiteral("RG-Web-EU")
                                                     << QStringLiteral("rg-web-eu") << QStringLiteral("resource group");
        QTest::newRow("subscription by name") << rule(Kind::Subscription, QStringLiteral("Prod*")) << QStringLiteral("vm")
                                              << QStringLiteral("rg-a") << QStringLiteral("Production")
                                              << QStringLiteral("subscription");
        QTest::newRow("subscription by id") << rule(Kind::Subscription, QStringLiteral("0000-*"), QStringLiteral("legacy"))
                                            << QStringLiteral("vm") << QStringLiteral("rg-a") << QStringLiteral("legacy")
                                            << QStringLiteral("subscription");
        QTest::newRow("name wildcard") << rule(Kind::NamePattern, QStringLiteral("sql-*"), QStringLiteral("databases"))
                                       << QStringLiteral("SQL-ledger-01") << QStringLiteral("rg-a")
                                       << QStringLiteral("databases") << QStringLiteral("name:sql-*");
        QTest::newRow("name regex capture") << rule(Kind::NamePattern, QStringLiteral("^([a-z]+)-vm\\d+$"), QString(), Syntax::Regex)
                                            << QStringLiteral("booking-vm07") << QStringLiteral("rg-a")
                                            << QStringLiteral("booking") << QStringLiteral("name:^([a-z]+)-vm\\d+$");
        QTest::newRow("no match falls back to the resource group")
            << rule(Kind::NamePattern, QStringLiteral("sql-*"), QStringLiteral("databases")) << QStringLiteral("web-01")
            << QStringLiteral("RG-A") << QStringLiteral("rg-a") << QStringLiteral("resource group");
    }

    void eachRuleKind()
    {
        QFETCH(GroupingRule, groupingRule);
        QFETCH(QString, resourceName);
        QFETCH(QString, resourceGroup);
        QFETCH(QString, workload);
        QFETCH(QString, groupedBy);
        GroupingSettings settings;
        settings.rules = {groupingRule};
        const WorkloadGrouping grouping(settings);
        QVERIFY(grouping.problems().isEmpty());
        const auto assignment = grouping.assign(
            makeResource(resourceName, resourceGroup, {{QStringLiteral("Team"), QStringLiteral("payments")}}));
        QCOMPARE(assignment.workload, workload);
        QCOMPARE(assignment.groupedBy, groupedBy);
    }

    // Rules are tried in order; the first that matches wins even when a later one matches too.
    void firstMatchWins()
    {
        const Resource resource = makeResource(QStringLiteral("web-01"), QStringLiteral("rg-shop"),
            {{QStringLiteral("app"), QStringLiteral("shop")}});
        GroupingSettings nameFirst;
        nameFirst.rules = {rule(GroupingRule::Kind::NamePattern, QStringLiteral("web-*"), QStringLiteral("web tier")),
            rule(GroupingRule::Kind::TagKey, QStringLiteral("app"))};
        QCOMPARE(WorkloadGrouping(nameFirst).assign(resource).workload, QStringLiteral("web tier"));
        GroupingSettings tagFirst;
        tagFirst.rules = {nameFirst.rules[1], nameFirst.rules[0]};
        QCOMPARE(WorkloadGrouping(tagFirst).assign(resource).workload, QStringLiteral("shop"));
    }

    // A resource the architect moved by hand stays where they put it, whatever the rules say; resource
    // ids compare case-insensitively as in Azure.
    void manualMoveOverridesRules()
    {
        Resource resource = makeResource(QStringLiteral("web-01"), QStringLiteral("rg-shop"),
            {{QStringLiteral("app"), QStringLiteral("shop")}});
        GroupingSettings settings = GroupingSettings::fromTagKeys({QStringLiteral("app")});
        settings.manualMoves[resource.id.toUpper()] = QStringLiteral("checkout");
        const WorkloadGrouping grouping(settings);
        const auto moved = grouping.assign(resource);
        QCOMPARE(moved.workload, QStringLiteral("checkout"));
        QCOMPARE(moved.groupedBy, QStringLiteral("manual"));
        resource.id += QStringLiteral("-other");
        QCOMPARE(grouping.assign(resource).workload, QStringLiteral("shop"));
    }

    void invalidRegexNeverMatches()
    {
        GroupingSettings settings;
        settings.rules = {rule(GroupingRule::Kind::NamePattern, QStringLiteral("(web"), QStringLiteral("web"),
            GroupingRule::Syntax::Regex)};
        const WorkloadGrouping grouping(settings);
        QCOMPARE(grouping.problems().size(), 1);
        QVERIFY2(grouping.problems().first().startsWith(QStringLiteral("rule 1: ")), qPrintable(grouping.problems().first()));
        QCOMPARE(grouping.assign(makeResource(QStringLiteral("(web"), QStringLiteral("rg-a"))).workload, QStringLiteral("rg-a"));
    }
};

QTEST_GUILESS_MAIN(TestWorkloadGrouping)
#include "tst_workloadgrouping.moc"
