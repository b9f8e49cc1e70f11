#include "independentcsv.h"
#include "shareddata.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real cloudshift executable, as a user or a script would.
Run cloudshift(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLOUDSHIFT_EXE), arguments);
    process.waitForFinished(300'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

QString fixture(const char* name)
{
    return QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/") + QLatin1String(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = cloudshift({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(QStringLiteral("cloudshift " CLOUDSHIFT_VERSION "\nQt 6.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nprice catalog 20")), qPrintable(text));
    }

    void help()
    {
        const Run run = cloudshift({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("cloudshift import EXPORT... [--json]"));
        QVERIFY(run.out.contains("Exit codes: 0 success, 1 bad input"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")}
                                      << QStringLiteral("cloudshift: unknown command 'frobnicate'");
        QTest::newRow("no input") << QStringList{QStringLiteral("import")} << QStringLiteral("cloudshift: import: no export given");
        QTest::newRow("report without out") << QStringList{QStringLiteral("report"), QStringLiteral(":demo")}
                                            << QStringLiteral("cloudshift: report: --out FILE is required");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("plan"), QStringLiteral("--bogus"), QStringLiteral(":demo")}
                                        << QStringLiteral("cloudshift: Unknown option 'bogus'.");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cloudshift(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(message), run.err.constData());
    }

    // The documented acceptance check: the total per currency equals the sum of the file's cost column.
    void importJsonReconcilesToTheCent()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(path, "azure/finops-toolkit/test-assets/EA_ActualCost_Small.csv");
        const Run run = cloudshift({QStringLiteral("import"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonArray totals = json[QStringLiteral("totals")].toArray();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.at(0).toObject()[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        const double usd = totals.at(0).toObject()[QStringLiteral("cost")].toDouble();
        QCOMPARE(toCents(usd), toCents(independentColumnSum(path, QStringLiteral("Cost"))));
        QCOMPARE(json[QStringLiteral("rows")].toInt(), 11);
        QCOMPARE(json[QStringLiteral("skipped_rows")].toInt(), 0);
        QCOMPARE(json[QStringLiteral("resources")].toInt(), 11);
        QCOMPARE(json[QStringLiteral("first_date")].toString(), QStringLiteral("2023-09-04"));
        QCOMPARE(json[QStringLiteral("last_date")].toString(), QStringLiteral("2023-09-21"));
        QVERIFY(json[QStringLiteral("issues")].toArray().isEmpty());
        const QJsonObject file = json[QStringLiteral("files")].toArray().at(0).toObject();
        QCOMPARE(file[QStringLiteral("format")].toString(), QStringLiteral("ea-portal"));
        QCOMPARE(file[QStringLiteral("kind")].toString(), QStringLiteral("actual"));
        QCOMPARE(file[QStringLiteral("rows")].toInt(), 11);
        QCOMPARE(file[QStringLiteral("skipped")].toInt(), 0);
    }

    void importReportsBadRowsAndKeepsTheRest()
    {
        const QString path = fixture("ea_quirks.csv");
        const Run run = cloudshift({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 0);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(path + QStringLiteral(":7:1: error: date '13/10/2024' is day/month/year")), qPrintable(err));
        QVERIFY2(err.contains(path + QStringLiteral(":8:2: error: cost 'abc' is not a number; row skipped")), qPrintable(err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("rows:      7 read, 2 skipped")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("total:     USD 1.27")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("total:     EUR 100.00")), qPrintable(out));
    }

    void importRejectsNonExport()
    {
        const QString path = fixture("not_an_export.csv");
        const Run run = cloudshift({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith((path + QStringLiteral(":1: error: the header row is not an Azure cost export")).toUtf8()),
            run.err.constData());
    }

    // The plan: the bill's 12 months re-priced on all three clouds (history, baseline = the imported total),
    // and the scenario over a 36-month horizon whose cumulative savings follow its monthly figures.
    void planDemoJson()
    {
        const Run importRun = cloudshift({QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--json")});
        QCOMPARE(importRun.exitCode, 0);
        const double imported = QJsonDocument::fromJson(importRun.out)
                                    .object()[QStringLiteral("totals")]
                                    .toArray()
                                    .at(0)
                                    .toObject()[QStringLiteral("cost")]
                                    .toDouble();
        const Run run = cloudshift({QStringLiteral("plan"), QStringLiteral(":demo"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(run.out).object();
        const QJsonObject history = plan[QStringLiteral("history")].toObject();
        QCOMPARE(history[QStringLiteral("months")].toArray().size(), 12);
        const QJsonArray series = history[QStringLiteral("series")].toArray();
        QCOMPARE(series.size(), 3);
        QStringList clouds;
        for (const auto& s : series) {
            clouds << s.toObject()[QStringLiteral("cloud")].toString();
            QCOMPARE(s.toObject()[QStringLiteral("monthly")].toArray().size(), 12);
        }
        QCOMPARE(clouds, (QStringList{QStringLiteral("azure"), QStringLiteral("aws"), QStringLiteral("gcp")}));
        QCOMPARE(toCents(series.at(0).toObject()[QStringLiteral("total")].toDouble()), toCents(imported));

        QCOMPARE(plan[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        QCOMPARE(plan[QStringLiteral("horizon_months")].toInt(), 36);
        QCOMPARE(plan[QStringLiteral("run_rate_basis")].toString(),
            QStringLiteral("average of the last 3 full months (2025-10 to 2025-12)"));
        const QJsonArray months = plan[QStringLiteral("months")].toArray();
        QCOMPARE(months.size(), 36);
        QCOMPARE(months.at(0).toObject()[QStringLiteral("month")].toString(), QStringLiteral("2026-01"));
        long long cumulative = 0;
        long long firstBaseline = 0;
        for (const auto& m : months) {
            const QJsonObject month = m.toObject();
            cumulative += toCents(month[QStringLiteral("baseline")].toDouble()) - toCents(month[QStringLiteral("scenario")].toDouble())
                - toCents(month[QStringLiteral("one_time")].toDouble());
            QVERIFY(std::llabs(cumulative - toCents(month[QStringLiteral("cumulative_savings")].toDouble())) <= 36);
            if (firstBaseline == 0)
                firstBaseline = toCents(month[QStringLiteral("baseline")].toDouble());
        }
        long long workloadBaseline = 0;
        for (const auto& w : plan[QStringLiteral("workloads")].toArray())
            workloadBaseline += toCents(w.toObject()[QStringLiteral("baseline_monthly")].toDouble());
        QVERIFY(std::llabs(workloadBaseline - firstBaseline) <= plan[QStringLiteral("workloads")].toArray().size());
        QVERIFY(plan.contains(QStringLiteral("break_even_month")));
        QVERIFY(plan[QStringLiteral("tco")].toObject().contains(QStringLiteral("scenario")));
        const double share = plan[QStringLiteral("coverage")].toObject()[QStringLiteral("mapped_cost_share")].toDouble();
        QVERIFY(share > 0.0 && share <= 1.0);
    }

    void planBuiltInAndFileScenarios()
    {
        const Run stay = cloudshift({QStringLiteral("plan"), QStringLiteral(":demo"), QStringLiteral("--json"),
            QStringLiteral("--scenario"), QStringLiteral("stay-on-azure")});
        QCOMPARE(stay.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(stay.out).object();
        const QJsonObject tco = plan[QStringLiteral("tco")].toObject();
        QCOMPARE(tco[QStringLiteral("scenario")].toDouble(), tco[QStringLiteral("baseline")].toDouble());
        QCOMPARE(plan[QStringLiteral("break_even_month")].toInt(), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "x", "placements": [{"workload": "platform", "target": "mars"}]})");
        file.close();
        const Run bad = cloudshift({QStringLiteral("plan"), QStringLiteral(":demo"), QStringLiteral("--scenario"), path});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains((path + QStringLiteral(": placements[0].target: 'mars' is not a target (azure, aws, gcp, "
                                                         "retire)")).toUtf8()),
            bad.err.constData());
    }

    void report_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("pdf") << QStringLiteral("demo.pdf") << QByteArray("%PDF-");
        QTest::newRow("png") << QStringLiteral("demo.png") << QByteArray("\x89PNG\r\n\x1a\n");
        QTest::newRow("svg") << QStringLiteral("demo.svg") << QByteArray("<?xml");
        QTest::newRow("csv") << QStringLiteral("demo.csv") << QByteArray("BilledCost,EffectiveCost,BillingCurrency");
    }

    void report()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const Run run = cloudshift({QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 10'000);
        QCOMPARE(file.read(magic.size()), magic);
    }

    // One chart of another scenario as SVG; an unknown chart is a usage error naming the charts.
    void reportChartOfScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("waves.svg"));
        const Run run = cloudshift({QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--scenario"),
            QStringLiteral("all-aws"), QStringLiteral("--chart"), QStringLiteral("waves"), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("Migration waves"));
        QVERIFY(svg.contains("All to AWS"));
        const Run bad = cloudshift({QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--chart"),
            QStringLiteral("pie"), QStringLiteral("--out"), dir.filePath(QStringLiteral("pie.png"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("report: unknown chart 'pie'; use one of monthly-cost, cash-flow"), bad.err.constData());
    }

    void reportUnknownFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.doc"));
        const Run run = cloudshift({QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--out"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("demo.doc"), run.err.constData());
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
