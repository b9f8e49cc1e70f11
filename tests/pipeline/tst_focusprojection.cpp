// The FOCUS-shaped projection of a scenario and the report figures: the rows add up to the
// simulator's totals to the micro-unit, month by month and over the horizon, and the CSV says the same.
#include "billing/money.h"
#include "pipeline/analysis.h"
#include "pipeline/focusprojection.h"
#include "pipeline/focusservicecategory.h"
#include "pipeline/reportfigures.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace cloudshift;

namespace {

const Analysis& demo()
{
    static const Analysis analysis = runAnalysis({ { demoExportPath() } });
    return analysis;
}

Analysis withScenario(const Scenario& scenario)
{
    Analysis analysis = demo();
    analysis.scenario = scenario;
    analysis.scenarioResult = simulateScenario(analysis.simulation, scenario);
    return analysis;
}

// FOCUS 1.0 ServiceCategory allowed values.
const QSet<QString>& focusCategories()
{
    static const QSet<QString> values { QStringLiteral("AI and Machine Learning"),
        QStringLiteral("Analytics"), QStringLiteral("Business Applications"), QStringLiteral("Compute"),
        QStringLiteral("Databases"), QStringLiteral("Developer Tools"), QStringLiteral("Multicloud"),
        QStringLiteral("Identity"), QStringLiteral("Integration"), QStringLiteral("Internet of Things"),
        QStringLiteral("Management and Governance"), QStringLiteral("Media"), QStringLiteral("Migration"),
        QStringLiteral("Mobile"), QStringLiteral("Networking"), QStringLiteral("Security"),
        QStringLiteral("Storage"), QStringLiteral("Web"), QStringLiteral("Other") };
    return values;
}

} // namespace

class TestFocusProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(demo().status, Analysis::Status::Ok); }

    void visitorDoesNotChangeTheResult()
    {
        Micros visited = 0;
        const ScenarioResult result = simulateScenario(
            demo().simulation, demo().scenario, [&](std::size_t, int, const WorkloadMonthCost& cost) {
                visited += cost.staying + cost.moved + cost.oneTime();
            });
        QCOMPARE(result.tcoScenario, demo().scenarioResult.tcoScenario);
        QCOMPARE(result.oneTimeTotal, demo().scenarioResult.oneTimeTotal);
        QCOMPARE(visited, result.tcoScenario);
    }

    void sumsToTheScenarioExactly_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("optimised") << QStringLiteral("optimised");
        QTest::newRow("all to AWS") << QStringLiteral("aws");
        QTest::newRow("all to Google Cloud") << QStringLiteral("gcp");
    }

    void sumsToTheScenarioExactly()
    {
        QFETCH(QString, which);
        const Analysis analysis = which == u"optimised"
            ? demo()
            : withScenario(everythingToTarget(demo(), which == u"aws" ? Target::Aws : Target::Gcp, which));
        const FocusProjection projection = projectFocus(analysis);
        const ScenarioResult& result = analysis.scenarioResult;
        QVERIFY(!projection.rows.empty());
        QCOMPARE(projection.total(), result.tcoScenario);
        std::map<QDate, Micros> byMonth;
        QSet<QString> providers;
        for (const FocusRow& row : projection.rows) {
            byMonth[row.chargePeriodStart] += row.billedCost;
            providers << row.providerName;
            QCOMPARE(row.chargePeriodEnd, row.chargePeriodStart.addMonths(1));
            QVERIFY2(focusCategories().contains(row.serviceCategory), qPrintable(row.serviceCategory));
            QVERIFY(!row.workload.isEmpty());
        }
        QCOMPARE(byMonth.size(), result.months.size());
        for (const ScenarioMonth& month : result.months)
            QCOMPARE(byMonth[month.month], month.scenario + month.oneTime);
        QVERIFY(providers.contains(QStringLiteral("Microsoft")));
        if (which == u"aws")
            QVERIFY(providers.contains(QStringLiteral("Amazon Web Services")));
        if (which == u"gcp")
            QVERIFY(providers.contains(QStringLiteral("Google Cloud")));
    }

    void csvCarriesTheSameCents()
    {
        const FocusProjection projection = projectFocus(demo());
        const QByteArray csv = focusCsv(projection);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(QString::fromUtf8(lines.front()).trimmed(), focusCsvColumns().join(u','));
        Micros sum = 0;
        int rows = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const QList<QByteArray> cells = line.split(',');
            const auto cost = parseMoney(
                std::string_view(cells[0].constData(), static_cast<std::size_t>(cells[0].size())));
            QVERIFY(cost.has_value());
            QCOMPARE(cells[1], cells[0]); // EffectiveCost = BilledCost: no commitments are amortised
            QCOMPARE(QString::fromUtf8(cells[2]), projection.currency);
            sum += *cost;
            ++rows;
        }
        QCOMPARE(rows, static_cast<int>(projection.rows.size()));
        QCOMPARE(sum, demo().scenarioResult.tcoScenario);
        QVERIFY(csv.contains("2026-01-01T00:00:00Z,2026-02-01T00:00:00Z"));
    }

    void serviceCategories_data()
    {
        QTest::addColumn<QString>("azure");
        QTest::addColumn<QString>("focus");
        QTest::newRow("vm") << QStringLiteral("Virtual Machines") << QStringLiteral("Compute");
        QTest::newRow("sql") << QStringLiteral("SQL Database") << QStringLiteral("Databases");
        QTest::newRow("cosmos") << QStringLiteral("Azure Cosmos DB") << QStringLiteral("Databases");
        QTest::newRow("app service") << QStringLiteral("Azure App Service") << QStringLiteral("Web");
        QTest::newRow("backup") << QStringLiteral("Backup") << QStringLiteral("Storage");
        QTest::newRow("bandwidth") << QStringLiteral("Bandwidth") << QStringLiteral("Networking");
        QTest::newRow("key vault") << QStringLiteral("Key Vault") << QStringLiteral("Security");
        QTest::newRow("logs") << QStringLiteral("Log Analytics")
                              << QStringLiteral("Management and Governance");
        QTest::newRow("unknown") << QStringLiteral("Quantum Widgets") << QStringLiteral("Other");
    }

    void serviceCategories()
    {
        QFETCH(QString, azure);
        QFETCH(QString, focus);
        QCOMPARE(focusServiceCategory(azure), focus);
    }

    void reportFiguresMatchTheScenario()
    {
        const ReportFigures figures = computeReportFigures(demo());
        const ScenarioResult& result = demo().scenarioResult;
        QCOMPARE(figures.tcoScenario, result.tcoScenario);
        QCOMPARE(figures.oneTimeTotal, result.oneTimeTotal);
        QCOMPARE(figures.breakEvenMonth, result.breakEvenMonth);
        QCOMPARE(figures.options.size(), std::size_t { 4 });
        QCOMPARE(figures.options[1].tco, result.tcoScenario);
        QCOMPARE(figures.options[1].tcoSaving, result.tcoBaseline - result.tcoScenario);
        // All to AWS over the horizon is what `plan --scenario all-aws` simulates.
        const ScenarioResult aws
            = simulateScenario(demo().simulation, everythingToTarget(demo(), Target::Aws, {}));
        QCOMPARE(figures.tcoAws, aws.tcoScenario);
        Micros now = 0;
        for (const WorkloadOutlook& w : figures.workloads) {
            now += w.baselineMonthly;
            QCOMPARE(w.monthlySaving, w.baselineMonthly - w.targetMonthly);
        }
        QCOMPARE(figures.runRateNow, now);
        QCOMPARE(figures.runRateNow, result.months.front().baseline);
        // Every moving workload is in exactly one wave, and the waves' one-time costs add up.
        Micros waveOneTime = 0;
        int inWaves = 0;
        for (const MigrationWave& wave : figures.waves) {
            waveOneTime += wave.oneTime;
            inWaves += static_cast<int>(wave.workloads.size());
        }
        QCOMPARE(waveOneTime, result.oneTimeTotal);
        QCOMPARE(inWaves,
            static_cast<int>(std::count_if(figures.workloads.cbegin(), figures.workloads.cend(),
                [](const WorkloadOutlook& w) { return w.wave > 0; })));
        // The Azure column of the categories is the bill.
        Micros azure = 0;
        for (const CategoryCost& category : figures.categories)
            azure += category.azure;
        QCOMPARE(azure, demo().plan.baseline.total);
    }
};

QTEST_GUILESS_MAIN(TestFocusProjection)
#include "tst_focusprojection.moc"
