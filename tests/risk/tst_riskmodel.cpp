// The weighted model: scores from factor levels and weights, contributions that add up, weight edits,
// data confidence, the plan summary and the JSON form.
#include "risk/dataconfidence.h"
#include "risk/riskjson.h"
#include "risk/riskmodel.h"
#include "risk/riskrubrics.h"
#include "riskfixture.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

// A workload that scores differently on most factors: VMs partly approximate, Cosmos DB, a Windows VM,
// 20 TB stored, a reservation, +30 ms for users, a chatty dependency.
void buildMixed(RiskFixture& f)
{
    f.vm(QStringLiteral("vm-a"), 3000, Confidence::Exact).windows = true;
    f.vm(QStringLiteral("vm-b"), 1000, Confidence::Approximate);
    Resource& r = f.vm(QStringLiteral("vm-c"), 1000, Confidence::Exact);
    RiskFixture::meter(r, QStringLiteral("Virtual Machines"), QStringLiteral("D4s v5"),
        QStringLiteral("1 Hour"), 0, 730, QStringLiteral("Reservation"));
    f.add(QStringLiteral("cosmos"), 2000, QStringLiteral("Azure Cosmos DB"), QStringLiteral("1 GB/Month"),
        20000);
    f.input.latency.assessed = true;
    f.input.latency.beforeMs = 1.0;
    f.input.latency.afterMs = 31.0;
    f.input.latency.measuredValues = 1;
    f.input.latency.modelledValues = 1;
    f.input.scenario.dependencies
        = std::vector<WorkloadDependency> { { QStringLiteral("billing"), 50, 20, true } };
}

double expectedScore(const WorkloadRiskInput& input, const RiskWeights& weights)
{
    double points = 0.0;
    for (const RiskFactorInfo& info : riskFactorInfos())
        points += weights.weight(info.factor) * scoreFactor(info.factor, input).score;
    return std::round(1000.0 * points / (3.0 * weights.total())) / 10.0;
}

long long tenths(double value)
{
    return std::llround(value * 10.0);
}

} // namespace

class TestRiskModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factorsAreDocumented()
    {
        QCOMPARE(static_cast<int>(riskFactorInfos().size()), 10);
        QSet<QString> ids;
        for (const RiskFactorInfo& info : riskFactorInfos()) {
            ids.insert(info.id);
            QCOMPARE(riskFactorFromId(info.id), std::optional<RiskFactor>(info.factor));
            QVERIFY(!info.name.isEmpty() && !info.measures.isEmpty() && info.defaultWeight > 0);
            for (const QString& level : info.rubric)
                QVERIFY2(!level.isEmpty(), qPrintable(info.id));
        }
        QCOMPARE(ids.size(), 10);
        QVERIFY(ids.contains(QStringLiteral("paas_lock_in")));
    }

    void contributionsAddUpToTheScore()
    {
        RiskFixture f;
        buildMixed(f);
        const WorkloadRisk risk = RiskModel().assess(f.input);
        QVERIFY(risk.assessed);
        QCOMPARE(risk.factors.size(), std::size_t(10));
        long long sum = 0;
        for (const RiskContribution& c : risk.factors)
            sum += tenths(c.contribution);
        QCOMPARE(sum, tenths(risk.score));
        QCOMPARE(risk.score, expectedScore(f.input, RiskWeights()));
        // Spot-check the factors the fixture was built for.
        QCOMPARE(risk.factors[int(RiskFactor::PaasLockIn)].score, 3);
        QCOMPARE(risk.factors[int(RiskFactor::LatencyIncrease)].score, 2);
        QCOMPARE(risk.factors[int(RiskFactor::CrossCloudChattiness)].score, 2);
        QCOMPARE(risk.factors[int(RiskFactor::Licensing)].score, 1);
    }

    void extremes()
    {
        RiskFixture calm;
        calm.vm(QStringLiteral("vm"), 100, Confidence::Exact);
        calm.input.latency.assessed = true;
        calm.input.scenario.dependencies = std::vector<WorkloadDependency> {};
        calm.input.scenario.strategy = Strategy::Retain;
        QCOMPARE(RiskModel().assess(calm.input).score, 0.0);

        RiskWeights onlyLockIn;
        for (const RiskFactorInfo& info : riskFactorInfos())
            onlyLockIn.setWeight(info.factor, 0.0);
        onlyLockIn.setWeight(RiskFactor::PaasLockIn, 5.0);
        RiskFixture f;
        buildMixed(f);
        const WorkloadRisk risk = RiskModel(onlyLockIn).assess(f.input);
        QCOMPARE(risk.score, 100.0);
        QCOMPARE(risk.factors[int(RiskFactor::PaasLockIn)].contribution, 100.0);

        RiskWeights none = onlyLockIn;
        none.setWeight(RiskFactor::PaasLockIn, -2.0); // stored as 0
        QCOMPARE(none.weight(RiskFactor::PaasLockIn), 0.0);
        QCOMPARE(RiskModel(none).assess(f.input).score, 0.0);
    }

    void weightChangesMoveTheScore()
    {
        RiskFixture f;
        buildMixed(f);
        const double base = RiskModel().assess(f.input).score;

        RiskWeights heavierLockIn; // a factor at 3 weighs more: the score rises
        heavierLockIn.setWeight(RiskFactor::PaasLockIn, 10.0);
        const WorkloadRisk up = RiskModel(heavierLockIn).assess(f.input);
        QVERIFY(up.score > base);
        QCOMPARE(up.score, expectedScore(f.input, heavierLockIn));
        QCOMPARE(up.factors[int(RiskFactor::PaasLockIn)].weight, 10.0);

        RiskWeights heavierCalm; // a factor at 0 weighs more: the others are diluted
        heavierCalm.setWeight(RiskFactor::TargetAvailability, 10.0);
        QCOMPARE(scoreFactor(RiskFactor::TargetAvailability, f.input).score, 0);
        QVERIFY(RiskModel(heavierCalm).assess(f.input).score < base);

        RiskWeights withoutLockIn; // leaving a factor out removes its contribution
        withoutLockIn.setWeight(RiskFactor::PaasLockIn, 0.0);
        const WorkloadRisk out = RiskModel(withoutLockIn).assess(f.input);
        QCOMPARE(out.factors[int(RiskFactor::PaasLockIn)].contribution, 0.0);
        QCOMPARE(out.score, expectedScore(f.input, withoutLockIn));

        RiskWeights doubled; // only ratios matter
        for (const RiskFactorInfo& info : riskFactorInfos())
            doubled.setWeight(info.factor, 2.0 * info.defaultWeight);
        QCOMPARE(RiskModel(doubled).assess(f.input).score, base);
        QVERIFY(!doubled.isDefault());
        QVERIFY(RiskWeights().isDefault());
    }

    void dataConfidence_data()
    {
        QTest::addColumn<int>("exactVms"); // of 10 equal VMs, the others approximate
        QTest::addColumn<int>("measured"); // of 2 latency values
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("rating");
        QTest::newRow("all good") << 10 << 2 << 12 << 5;
        QTest::newRow("nothing to go on") << 0 << 0 << 3 << 1;
        QTest::newRow("half mapped, half measured, 6 months") << 5 << 1 << 6 << 4;
        QTest::newRow("30 % mapped") << 3 << 2 << 12 << 3;
    }

    void dataConfidence()
    {
        QFETCH(int, exactVms);
        QFETCH(int, measured);
        QFETCH(int, months);
        QFETCH(int, rating);
        RiskFixture f;
        for (int i = 0; i < 10; ++i)
            f.vm(QStringLiteral("vm-%1").arg(i), 100,
                i < exactVms ? Confidence::Exact : Confidence::Approximate);
        f.input.latency.measuredValues = measured;
        f.input.latency.modelledValues = 2 - measured;
        f.input.historyMonths = months;
        const DataConfidence confidence = rateDataConfidence(f.input);
        QCOMPARE(confidence.rating, rating);
        QCOMPARE(confidence.evidence.size(), 3);
        QVERIFY2(
            confidence.evidence[0].startsWith(QStringLiteral("%1.0 % of the cost mapped").arg(exactVms * 10)),
            qPrintable(confidence.evidence[0]));
        QCOMPARE(confidence.evidence[2],
            QStringLiteral("%1 months of billing history: +%2").arg(months).arg(months >= 6));
        QCOMPARE(RiskModel().assess(f.input).confidence, rating);
    }

    void planSummaryIsCostWeighted()
    {
        WorkloadRisk a, b, skipped;
        a.assessed = b.assessed = true;
        a.score = 10.0;
        a.confidence = 5;
        b.score = 40.0;
        b.confidence = 2;
        skipped.score = 99.0;
        const PlanRisk plan = RiskModel::summarise({ a, b, skipped },
            { RiskFixture::units(300), RiskFixture::units(100), RiskFixture::units(1000) });
        QCOMPARE(plan.workloads, 2);
        QCOMPARE(plan.score, 17.5);
        QCOMPARE(plan.confidence, 4.3);
    }

    void json()
    {
        RiskFixture f;
        buildMixed(f);
        f.input.targetReason = QStringLiteral("cheaper");
        const nlohmann::json json = RiskModel().assess(f.input);
        QCOMPARE(json.at("target").get<std::string>(), std::string("aws"));
        QCOMPARE(json.at("target_reason").get<std::string>(), std::string("cheaper"));
        QCOMPARE(json.at("factors").size(), std::size_t(10));
        long long sum = 0;
        for (const auto& factor : json.at("factors")) {
            for (const char* key : { "name", "label", "score", "weight", "contribution", "evidence" })
                QVERIFY2(factor.contains(key), key);
            sum += tenths(factor.at("contribution").get<double>());
        }
        QCOMPARE(sum, tenths(json.at("score").get<double>()));
        QCOMPARE(json.at("factors")[0].at("name").get<std::string>(), std::string("service_equivalence"));
        QVERIFY(json.at("confidence").is_number_integer());

        PlanRisk plan;
        plan.weights.setWeight(RiskFactor::SizeShare, 4.0);
        const nlohmann::json summary = plan;
        QCOMPARE(summary.at("factors").size(), std::size_t(10));
        QCOMPARE(summary.at("factors")[9].at("weight").get<double>(), 4.0);
        QCOMPARE(summary.at("factors")[9].at("rubric").size(), std::size_t(4));
        QVERIFY(summary.at("factors")[9].at("rubric")[0].get<std::string>().rfind("0: ", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestRiskModel)
#include "tst_riskmodel.moc"
