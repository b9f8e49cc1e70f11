// Measured lookups and region resolution of the latency estimator, on the embedded tables and on a
// crafted folder that isolates the lookup order (newest table first, asked direction first).
#include "latency/latencydata.h"
#include "latency/latencyestimator.h"
#include "latency/latencyjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

void writeFile(const QString& dir, const char* name, const char* text)
{
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// Two tables listed oldest first on purpose: the reader must still look up the newer one first.
void writeCraftedData(const QString& dir)
{
    writeFile(dir, "manifest.json",
        R"({"format":1,"tables":{"columns":["id","file","title","asOf","licence","upstream","rows"],
"rows":[["old","old.json","Old","2020-01-01","x","x",2],["new","new.json","New","2024-01-01","x","x",1]]}})");
    writeFile(dir, "old.json", R"({"format":1,"measured":{"columns":["from","to","rttMs"],
"rows":[["aws:a","aws:b",50],["aws:b","aws:c",30]]}})");
    writeFile(dir, "new.json",
        R"({"format":1,"measured":{"columns":["rttMs","from","to"],"rows":[[40,"aws:b","aws:a"]]}})");
    writeFile(dir, "regions.json", R"({"format":1,"groups":{"columns":["id","name"],"rows":[["eu","Europe"]]},
"regions":{"columns":["region","lat","lon","group"],
"rows":[["aws:a",50,8,"eu"],["aws:b",52,13,"eu"],["gcp:c",48,11,"eu"]]}})");
    const char* model = R"({"classes":{"columns":["class","interceptMs","routeFactor","samples"],
"rows":[["same",2,1.5,9],["cross",3,2,9]]},
"routeFactors":{"columns":["class","groupA","groupB","routeFactor","samples"],"rows":[]},
"regionFactors":{"columns":["region","factor","samples"],"rows":[["aws:a",1.1,9]]},
"bands":{"columns":["class","fromKm","low","high","samples"],
"rows":[["same",0,0.5,2,9],["cross",0,0.8,1.25,9]]},
"intraRegion":{"rttMs":1,"lowMs":0.5,"highMs":3}})";
    const std::string document = std::string(R"({"format":1,"asOf":"2024-01-01","folds":5,"fitted":)") + model
        + R"(,"validation":)" + std::string(model).insert(1, R"("heldOutFold":0,)")
        + R"(,"crossValidation":{"columns":["table","pairs","plainMedianPct","plainP90Pct","medianPct",)"
          R"("p90Pct","heldOutPairs","heldOutMedianPct","heldOutP90Pct"],"rows":[]}})";
    writeFile(dir, "model.json", document.c_str());
}

} // namespace

class TestLatency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedTablesNewestFirst()
    {
        const LatencyData& data = LatencyData::embedded();
        QVERIFY2(data.isValid(), qPrintable(data.errorString()));
        QStringList ids, dates;
        for (const MeasuredTable& table : data.tables()) {
            ids << table.id;
            dates << table.asOf;
        }
        QCOMPARE(ids,
            QStringList({ QStringLiteral("azure-2026-07"), QStringLiteral("aws-cloudping-2025-05"),
                QStringLiteral("gcp-2023-11"), QStringLiteral("skyplane-2022-04") }));
        QCOMPARE(dates,
            QStringList({ QStringLiteral("2026-07-30"), QStringLiteral("2025-05-29"),
                QStringLiteral("2023-11-27"), QStringLiteral("2022-04-16") }));
        QCOMPARE(data.tables()[0].rttMs.size(), 2862);
        QCOMPARE(data.tables()[3].rttMs.size(), 3620);
        QCOMPARE(data.modelAsOf(), QStringLiteral("2026-07-30"));
        QVERIFY(data.model().routeFactorCount() > 50);
    }

    void measuredExact_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("rtt");
        QTest::addColumn<QString>("asOf");
        const QString azure = QStringLiteral("2026-07-30"), aws = QStringLiteral("2025-05-29"),
                      gcp = QStringLiteral("2023-11-27"), sky = QStringLiteral("2022-04-16");
        QTest::newRow("azure centralus-italynorth") << "azure:centralus"
                                                    << "azure:italynorth" << 123.0 << azure;
        QTest::newRow("azure austriaeast-uksouth") << "azure:austriaeast"
                                                   << "azure:uksouth" << 28.0 << azure;
        QTest::newRow("azure indonesiacentral-southcentralus") << "azure:indonesiacentral"
                                                               << "azure:southcentralus" << 214.0 << azure;
        QTest::newRow("aws ap-southeast-1-eu-north-1") << "aws:ap-southeast-1"
                                                       << "aws:eu-north-1" << 180.703 << aws;
        QTest::newRow("aws us-west-2-eu-west-3") << "aws:us-west-2"
                                                 << "aws:eu-west-3" << 135.16 << aws;
        QTest::newRow("aws self pair") << "aws:af-south-1"
                                       << "aws:af-south-1" << 4.537 << aws;
        QTest::newRow("aws newer than skyplane") << "aws:us-east-1"
                                                 << "aws:eu-west-1" << 69.558 << aws;
        QTest::newRow("gcp southamerica-east1-europe-southwest1") << "gcp:southamerica-east1"
                                                                  << "gcp:europe-southwest1" << 200.0 << gcp;
        QTest::newRow("gcp europe-west12-northamerica-northeast2")
            << "gcp:europe-west12"
            << "gcp:northamerica-northeast2" << 106.0 << gcp;
        QTest::newRow("gcp region without coordinates") << "gcp:us-east4"
                                                        << "gcp:us-west8" << 56.0 << gcp;
        QTest::newRow("skyplane aws-azure") << "aws:ap-southeast-2"
                                            << "azure:brazilsouth" << 320.033 << sky;
        QTest::newRow("skyplane gcp-azure") << "gcp:us-east1"
                                            << "azure:brazilsouth" << 128.144 << sky;
        QTest::newRow("skyplane directed a") << "azure:westeurope"
                                             << "aws:eu-central-1" << 7.368 << sky;
        QTest::newRow("skyplane directed b") << "aws:eu-central-1"
                                             << "azure:westeurope" << 7.291 << sky;
    }

    void measuredExact()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, rtt);
        QFETCH(QString, asOf);
        const LatencyEstimator estimator;
        QString error;
        const auto e = estimator.estimate(from, to, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->source, LatencySource::Measured);
        QCOMPARE(e->rttMs, rtt);
        QCOMPARE(e->lowMs, rtt);
        QCOMPARE(e->highMs, rtt);
        QCOMPARE(e->asOf, asOf);
    }

    void lookupOrderOnCraftedTables()
    {
        QTemporaryDir dir;
        writeCraftedData(dir.path());
        const LatencyData data(dir.path());
        QVERIFY2(data.isValid(), qPrintable(data.errorString()));
        QCOMPARE(data.tables().front().id, QStringLiteral("new"));
        const LatencyEstimator estimator(data, nullptr);
        // a→b: the older table has it in this direction, the newer only in reverse; newer table wins.
        QCOMPARE(estimator.estimate(QStringLiteral("aws:a"), QStringLiteral("aws:b"))->rttMs, 40.0);
        QCOMPARE(estimator.estimate(QStringLiteral("aws:a"), QStringLiteral("aws:b"))->table,
            QStringLiteral("new"));
        QCOMPARE(estimator.estimate(QStringLiteral("aws:c"), QStringLiteral("aws:b"))->rttMs, 30.0);
        QVERIFY(
            estimator.estimate(QStringLiteral("aws:c"), QStringLiteral("aws:b"))->basis.contains(u"reverse"));
        // a→c is not measured: (3 + 2 × d / 100) × 1.1 × 1 in the cross-cloud class; band × 0.8 .. × 1.25.
        const auto modelled = estimator.estimate(QStringLiteral("aws:a"), QStringLiteral("gcp:c"));
        QVERIFY(modelled);
        QCOMPARE(modelled->source, LatencySource::Model);
        const double km = GeoCoordinate { 50, 8 }.distanceKmTo(GeoCoordinate { 48, 11 });
        QCOMPARE(modelled->rttMs, std::round((3 + 2 * km / 100) * 1.1 * 10) / 10);
        QCOMPARE(modelled->lowMs, std::round((3 + 2 * km / 100) * 1.1 * 0.8 * 10) / 10);
        QCOMPARE(modelled->asOf, QStringLiteral("2024-01-01"));
        // Same region, unmeasured: the intra-region figure.
        QCOMPARE(estimator.estimate(QStringLiteral("aws:b"), QStringLiteral("aws:b"))->rttMs, 1.0);
    }

    void brokenFolderReportsTheFile()
    {
        QTemporaryDir dir;
        writeCraftedData(dir.path());
        QFile::remove(dir.path() + QStringLiteral("/new.json"));
        const LatencyData data(dir.path());
        QVERIFY(!data.isValid());
        QVERIFY2(data.errorString().startsWith(u"new.json: "), qPrintable(data.errorString()));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << "aws:eu-central-1"
                               << "aws:eu-central-1"
                               << "";
        QTest::newRow("case and spaces") << "AWS: EU-Central-1"
                                         << "aws:eu-central-1"
                                         << "";
        QTest::newRow("azure display name") << "azure:West Europe"
                                            << "azure:westeurope"
                                            << "";
        QTest::newRow("google alias") << "google:us-east4"
                                      << "gcp:us-east4"
                                      << "";
        QTest::newRow("measured only") << "gcp:us-west8"
                                       << "gcp:us-west8"
                                       << "";
        QTest::newRow("unknown region") << "aws:eu-centrl-1"
                                        << ""
                                        << "unknown region 'aws:eu-centrl-1'";
        QTest::newRow("unknown cloud") << "oracle:eu-frankfurt-1"
                                       << ""
                                       << "unknown cloud 'oracle'";
        QTest::newRow("no cloud") << "westeurope"
                                  << ""
                                  << "'westeurope' is not cloud:region";
    }

    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(QString, resolved);
        QFETCH(QString, error);
        QString message;
        const auto id = LatencyEstimator().resolve(text, &message);
        QCOMPARE(id.value_or(QString()), resolved);
        if (!error.isEmpty())
            QVERIFY2(message.startsWith(error), qPrintable(message));
    }

    void unmeasuredPairWithoutCoordinatesNamesTheRegion()
    {
        QString error;
        QVERIFY(!LatencyEstimator().estimate(
            QStringLiteral("azure:westeurope"), QStringLiteral("gcp:us-west8"), &error));
        QVERIFY2(error.contains(u"gcp:us-west8 has no coordinates"), qPrintable(error));
    }

    void sameMetroAcrossCloudsIsNotAssumedClose()
    {
        // Both in northern Virginia and not measured: modelled, and the band admits far more than 2 ms.
        const auto e
            = LatencyEstimator().estimate(QStringLiteral("azure:eastus"), QStringLiteral("aws:us-east-1"));
        QVERIFY(e);
        QCOMPARE(e->source, LatencySource::Model);
        QVERIFY2(e->rttMs >= 2.0 && e->rttMs < 10.0, qPrintable(QString::number(e->rttMs)));
        QVERIFY2(e->highMs >= 1.8 * e->rttMs, qPrintable(QString::number(e->highMs)));
        QVERIFY(e->lowMs < e->rttMs);
    }

    void modelIsSymmetricAndBanded()
    {
        const LatencyEstimator estimator;
        const auto ab
            = estimator.modelled(QStringLiteral("azure:westeurope"), QStringLiteral("gcp:asia-east1"));
        const auto ba
            = estimator.modelled(QStringLiteral("gcp:asia-east1"), QStringLiteral("azure:westeurope"));
        QVERIFY(ab && ba);
        QCOMPARE(ab->rttMs, ba->rttMs);
        QVERIFY(ab->lowMs < ab->rttMs && ab->rttMs < ab->highMs);
        // Amsterdam-Taipei is ~9 400 km: at least the fibre round trip of the great circle.
        QVERIFY2(ab->rttMs > ab->distanceKm / 100.0, qPrintable(QString::number(ab->rttMs)));
        QVERIFY(ab->basis.startsWith(u"model: "));
    }

    void usersAtALocation()
    {
        const LatencyEstimator estimator;
        const auto frankfurt = estimator.fromLocation(QStringLiteral("Frankfurt office"),
            GeoCoordinate { 50.11, 8.68 }, QStringLiteral("aws:eu-central-1"));
        const auto sydney = estimator.fromLocation(QStringLiteral("Sydney office"),
            GeoCoordinate { -33.87, 151.21 }, QStringLiteral("aws:eu-central-1"));
        QVERIFY(frankfurt && sydney);
        QCOMPARE(frankfurt->from, QStringLiteral("Frankfurt office"));
        QVERIFY2(frankfurt->rttMs < 10.0, qPrintable(QString::number(frankfurt->rttMs)));
        QVERIFY2(sydney->rttMs > 200.0, qPrintable(QString::number(sydney->rttMs)));
        QCOMPARE(sydney->source, LatencySource::Model);
    }

    void jsonHasTheDocumentedKeys()
    {
        const auto e
            = LatencyEstimator().estimate(QStringLiteral("aws:us-east-1"), QStringLiteral("aws:eu-west-1"));
        const nlohmann::json json = *e;
        QCOMPARE(json.size(), std::size_t(7));
        QCOMPARE(json.at("from").get<std::string>(), std::string("aws:us-east-1"));
        QCOMPARE(json.at("to").get<std::string>(), std::string("aws:eu-west-1"));
        QCOMPARE(json.at("rtt_ms").get<double>(), 69.558);
        QCOMPARE(json.at("low_ms").get<double>(), 69.558);
        QCOMPARE(json.at("high_ms").get<double>(), 69.558);
        QCOMPARE(json.at("source").get<std::string>(), std::string("measured"));
        QCOMPARE(json.at("as_of").get<std::string>(), std::string("2025-05-29"));
    }
};

QTEST_GUILESS_MAIN(TestLatency)
#include "tst_latency.moc"
