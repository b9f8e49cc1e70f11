// `cloudshift latency`: the documented JSON, the pairs file in order, and exit codes naming the culprit.
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

Run cloudshift(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLOUDSHIFT_EXE), arguments);
    process.waitForFinished(120'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

QString writePairs(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.path() + QStringLiteral("/pairs.csv");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return path;
}

} // namespace

class TestLatencyCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuredPairAsJson()
    {
        const Run run = cloudshift({ QStringLiteral("latency"), QStringLiteral("aws:us-east-1"),
            QStringLiteral("aws:eu-west-1"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.keys(),
            QStringList({ QStringLiteral("as_of"), QStringLiteral("from"), QStringLiteral("high_ms"),
                QStringLiteral("low_ms"), QStringLiteral("rtt_ms"), QStringLiteral("source"),
                QStringLiteral("to") }));
        QCOMPARE(o.value(u"rtt_ms").toDouble(), 69.558);
        QCOMPARE(o.value(u"source").toString(), QStringLiteral("measured"));
        QCOMPARE(o.value(u"as_of").toString(), QStringLiteral("2025-05-29"));
    }

    void modelledPairAsText()
    {
        const Run run = cloudshift({ QStringLiteral("latency"), QStringLiteral("azure:West Europe"),
            QStringLiteral("aws:us-east-1") });
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(u"azure:westeurope → aws:us-east-1: "), qPrintable(text));
        QVERIFY2(text.contains(u" ms modelled, 80 % band "), qPrintable(text));
        QVERIFY2(text.contains(u"\n  model: "), qPrintable(text));
    }

    void pairsFileInOrder()
    {
        QTemporaryDir dir;
        const QString path = writePairs(dir,
            "To,From\n"
            "aws:eu-west-1,aws:us-east-1\n"
            "\"aws:us-east-1\",azure:westeurope\n"
            "azure:eastus,azure:eastus\n");
        const Run run = cloudshift(
            { QStringLiteral("latency"), QStringLiteral("--pairs"), path, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(u"from").toString(), QStringLiteral("aws:us-east-1"));
        QCOMPARE(rows[0].toObject().value(u"source").toString(), QStringLiteral("measured"));
        QCOMPARE(rows[1].toObject().value(u"to").toString(), QStringLiteral("aws:us-east-1"));
        QCOMPARE(rows[1].toObject().value(u"source").toString(), QStringLiteral("model"));
        QVERIFY(
            rows[1].toObject().value(u"low_ms").toDouble() < rows[1].toObject().value(u"rtt_ms").toDouble());
        QCOMPARE(rows[2].toObject().value(u"from").toString(), QStringLiteral("azure:eastus"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("pairs");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown region")
            << QStringList { QStringLiteral("azure:westeurope"), QStringLiteral("aws:eu-centrl-1") }
            << QByteArray() << "unknown region 'aws:eu-centrl-1'";
        QTest::newRow("not cloud:region")
            << QStringList { QStringLiteral("westeurope"), QStringLiteral("aws:eu-west-1") } << QByteArray()
            << "'westeurope' is not cloud:region";
        QTest::newRow("pairs: unknown region on line 3")
            << QStringList() << QByteArray("from,to\naws:us-east-1,aws:eu-west-1\naws:mars-1,aws:eu-west-1\n")
            << "pairs.csv:3: unknown region 'aws:mars-1'";
        QTest::newRow("pairs: header") << QStringList() << QByteArray("source,target\na,b\n")
                                       << "pairs.csv:1: the header needs the columns from and to";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, pairs);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QStringList args { QStringLiteral("latency") };
        if (pairs.isEmpty())
            args << arguments;
        else
            args << QStringLiteral("--pairs") << writePairs(dir, pairs);
        const Run run = cloudshift(args << QStringLiteral("--json"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(cloudshift({ QStringLiteral("latency"), QStringLiteral("aws:us-east-1") }).exitCode, 2);
        QCOMPARE(cloudshift({ QStringLiteral("latency"), QStringLiteral("a:b"), QStringLiteral("c:d"),
                                QStringLiteral("--pairs"), QStringLiteral("x.csv") })
                     .exitCode,
            2);
        const Run missing = cloudshift(
            { QStringLiteral("latency"), QStringLiteral("--pairs"), QStringLiteral("/nonexistent/p.csv") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("/nonexistent/p.csv"));
    }

    void helpListsTheVerb()
    {
        const Run run = cloudshift({ QStringLiteral("--help") });
        QVERIFY(run.out.contains("cloudshift latency FROM TO [--json]"));
        QVERIFY(run.out.contains("cloudshift latency --pairs FILE.csv [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestLatencyCli)
#include "tst_latencycli.moc"
