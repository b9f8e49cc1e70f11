// Rubrics of the risk factors about the services: equivalence, lock-in, availability, strategy; level by
// level on crafted workloads.
#include "risk/riskrubrics.h"
#include "risk/servicelockin.h"
#include "riskfixture.h"

#include <QTest>

using namespace cloudshift;

class TestRiskFactors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceEquivalence_data()
    {
        QTest::addColumn<double>("approximate"); // share of VM cost
        QTest::addColumn<double>("none");
        QTest::addColumn<int>("score");
        QTest::newRow("all exact or close") << 0.0 << 0.0 << 0;
        QTest::newRow("approximate 20 %") << 0.2 << 0.0 << 1;
        QTest::newRow("approximate 30 %") << 0.3 << 0.0 << 2;
        QTest::newRow("none 10 %") << 0.0 << 0.1 << 2;
        QTest::newRow("none 30 %") << 0.0 << 0.3 << 3;
    }

    void serviceEquivalence()
    {
        QFETCH(double, approximate);
        QFETCH(double, none);
        QFETCH(int, score);
        RiskFixture f;
        f.vm(QStringLiteral("vm-exact"), 1000 * (1 - approximate - none) / 2, Confidence::Exact);
        f.vm(QStringLiteral("vm-close"), 1000 * (1 - approximate - none) / 2, Confidence::Close);
        if (approximate > 0)
            f.vm(QStringLiteral("vm-approx"), 1000 * approximate, Confidence::Approximate);
        if (none > 0)
            f.vm(QStringLiteral("vm-none"), 1000 * none, Confidence::None);
        f.add(QStringLiteral("disk"), 5000); // non-VM cost does not dilute the VM shares
        const FactorScore s = scoreServiceEquivalence(f.input);
        QCOMPARE(s.score, score);
        QVERIFY2(s.evidence.contains(u"VMs (") && s.evidence.contains(u"on AWS"), qPrintable(s.evidence));
        if (none > 0)
            QVERIFY2(s.evidence.contains(u"vm-none (no type priced in eu-west-1)"), qPrintable(s.evidence));
    }

    void serviceEquivalenceWithoutVms()
    {
        RiskFixture f;
        f.add(QStringLiteral("blob"), 100);
        const FactorScore s = scoreServiceEquivalence(f.input);
        QCOMPARE(s.score, 1);
        QVERIFY2(s.evidence.startsWith(u"no VM: the workload's 1 resources (100.00 USD) are carried over"),
            qPrintable(s.evidence));
    }

    void paasLockIn_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("infrastructure") << "Storage"
                                        << "" << 0 << "Virtual Machines (level 0";
        QTest::newRow("key vault") << "Key Vault"
                                   << "" << 1 << "Key Vault (level 1, 10.00 USD, 0.9 % of the cost";
        QTest::newRow("functions") << "Functions"
                                   << "" << 2 << "Functions (level 2";
        QTest::newRow("cosmos db") << "Azure Cosmos DB"
                                   << "" << 3 << "Azure Cosmos DB (level 3";
        QTest::newRow("by resource type") << ""
                                          << "microsoft.servicebus/namespaces" << 3 << "Service Bus (level 3";
        QTest::newRow("unclassified") << "Quantum Widgets"
                                      << "" << 1 << "not classified: review";
    }

    void paasLockIn()
    {
        QFETCH(QString, category);
        QFETCH(QString, resourceType);
        QFETCH(int, score);
        QFETCH(QString, evidence);
        RiskFixture f;
        f.vm(QStringLiteral("vm-1"), 1000, Confidence::Exact);
        f.add(QStringLiteral("svc"), 10, category).resourceType = resourceType;
        f.add(QStringLiteral("blob"), 80);
        const FactorScore s = scorePaasLockIn(f.input);
        QCOMPARE(s.score, score);
        QVERIFY2(s.evidence.contains(evidence), qPrintable(s.evidence));
    }

    void lockInTable()
    {
        QCOMPARE(serviceLockIn(QStringLiteral("azure cosmos db")).level, 3);
        QVERIFY(serviceLockIn(QStringLiteral("Azure Cosmos DB")).counterpart.contains(u"DynamoDB"));
        QCOMPARE(serviceLockIn(QStringLiteral("Azure Database for PostgreSQL")).level, 0);
        QCOMPARE(serviceLockIn(QString(), QStringLiteral("microsoft.logic/workflows")).service,
            QStringLiteral("Logic Apps"));
        QVERIFY(!serviceLockIn(QStringLiteral("Something New")).known);
    }

    void targetAvailability_data()
    {
        QTest::addColumn<int>("confidence"); // of the region match; -1: no target region
        QTest::addColumn<QString>("caveat");
        QTest::addColumn<bool>("sizeMissing");
        QTest::addColumn<int>("score");
        QTest::newRow("same metro") << int(Confidence::Exact) << "" << false << 0;
        QTest::newRow("other metro") << int(Confidence::Exact) << "AWS has no Netherlands region" << false
                                     << 1;
        QTest::newRow("nearest region farther") << int(Confidence::Close) << "" << false << 1;
        QTest::newRow("nearest region far away") << int(Confidence::Approximate) << "" << false << 2;
        QTest::newRow("size not offered") << int(Confidence::Exact) << "" << true << 2;
        QTest::newRow("no target region") << -1 << "" << false << 3;
    }

    void targetAvailability()
    {
        QFETCH(int, confidence);
        QFETCH(QString, caveat);
        QFETCH(bool, sizeMissing);
        QFETCH(int, score);
        RiskFixture f;
        f.vm(QStringLiteral("vm-1"), 100, sizeMissing ? Confidence::None : Confidence::Exact);
        RiskResource& r = f.last();
        r.regionCaveat = caveat;
        if (confidence < 0) {
            r.region.region.clear();
            r.region.note = QStringLiteral("no row");
        } else {
            r.region.confidence = static_cast<Confidence>(confidence);
        }
        f.add(QStringLiteral("global-dns"), 1).location = QStringLiteral("global");
        f.last().region = {};
        const FactorScore s = scoreTargetAvailability(f.input);
        QCOMPARE(s.score, score);
        QVERIFY2(s.evidence.contains(u"azure:westeurope → "), qPrintable(s.evidence));
        QVERIFY2(s.evidence.endsWith(u"1 resources without a regional location"), qPrintable(s.evidence));
        if (sizeMissing)
            QVERIFY2(s.evidence.contains(u"Standard_D4s_v5 in eu-west-1"), qPrintable(s.evidence));
    }

    void strategyComplexity_data()
    {
        QTest::addColumn<QString>("strategy"); // empty: derived from the services
        QTest::addColumn<QString>("service");
        QTest::addColumn<double>("serviceCost");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("retire") << "retire"
                                << "" << 0.0 << 0 << "retire, as set in the scenario";
        QTest::newRow("retain") << "retain"
                                << "" << 0.0 << 0 << "retain, as set in the scenario";
        QTest::newRow("rehost") << "rehost"
                                << "" << 0.0 << 1 << "rehost, as set in the scenario";
        QTest::newRow("relocate") << "relocate"
                                  << "" << 0.0 << 1 << "relocate, as set in the scenario";
        QTest::newRow("repurchase") << "repurchase"
                                    << "" << 0.0 << 2 << "repurchase, as set in the scenario";
        QTest::newRow("replatform") << "replatform"
                                    << "" << 0.0 << 2 << "replatform, as set in the scenario";
        QTest::newRow("refactor") << "refactor"
                                  << "" << 0.0 << 3 << "refactor, as set in the scenario";
        QTest::newRow("infrastructure only") << ""
                                             << "Storage" << 500.0 << 1 << "rehost assumed";
        QTest::newRow("small key vault") << ""
                                         << "Key Vault" << 10.0 << 1 << "rehost assumed";
        QTest::newRow("app service") << ""
                                     << "Azure App Service" << 500.0 << 2 << "replatform assumed";
        QTest::newRow("tiny service bus") << ""
                                          << "Service Bus" << 1.0 << 3 << "refactor assumed";
    }

    void strategyComplexity()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, service);
        QFETCH(double, serviceCost);
        QFETCH(int, score);
        QFETCH(QString, evidence);
        RiskFixture f;
        f.vm(QStringLiteral("vm-1"), 1000, Confidence::Exact);
        if (!service.isEmpty())
            f.add(QStringLiteral("svc"), serviceCost, service);
        if (!strategy.isEmpty())
            f.input.scenario.strategy = strategyFromId(strategy);
        const FactorScore s = scoreStrategyComplexity(f.input);
        QCOMPARE(s.score, score);
        QVERIFY2(s.evidence.startsWith(evidence), qPrintable(s.evidence));
    }
};

QTEST_GUILESS_MAIN(TestRiskFactors)
#include "tst_riskfactors.moc"
