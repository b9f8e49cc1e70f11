#include "billing/money.h"

#include <QTest>

#include <limits>

using namespace cloudshift;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("micros");

        QTest::newRow("integer") << QByteArray("12") << true << qint64(12'000'000);
        QTest::newRow("decimal") << QByteArray("3.25") << true << qint64(3'250'000);
        QTest::newRow("negative refund") << QByteArray("-0.25") << true << qint64(-250'000);
        QTest::newRow("scientific") << QByteArray("5.64902E-05") << true << qint64(56);
        QTest::newRow("scientific plus") << QByteArray("1.5e+3") << true << qint64(1'500'000'000);
        QTest::newRow("float noise") << QByteArray("0.018816000000000003") << true << qint64(18'816);
        QTest::newRow("long decimals") << QByteArray("16.29693213663664462748541900") << true << qint64(16'296'932);
        QTest::newRow("half to even down") << QByteArray("0.0000025") << true << qint64(2);
        QTest::newRow("half to even up") << QByteArray("0.0000035") << true << qint64(4);
        QTest::newRow("leading point") << QByteArray(".5") << true << qint64(500'000);
        QTest::newRow("padded") << QByteArray(" 7 ") << true << qint64(7'000'000);
        QTest::newRow("zero") << QByteArray("0.000") << true << qint64(0);
        QTest::newRow("empty") << QByteArray("") << false << qint64(0);
        QTest::newRow("NULL") << QByteArray("NULL") << false << qint64(0);
        QTest::newRow("text") << QByteArray("abc") << false << qint64(0);
        QTest::newRow("trailing text") << QByteArray("1.5USD") << false << qint64(0);
        QTest::newRow("exponent only") << QByteArray("1e") << false << qint64(0);
        QTest::newRow("overflow") << QByteArray("1e30") << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, micros);
        const auto parsed = parseMoney(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, micros);
    }

    void parseExact_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("picos");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("sub-micro") << QByteArray("0.0000004") << qint64(400'000) << qint64(0);
        QTest::newRow("scientific") << QByteArray("5.64902E-05") << qint64(56'490'200) << qint64(56);
        QTest::newRow("twelve decimals") << QByteArray("-1.234567890123") << qint64(-1'234'567'890'123)
                                         << qint64(-1'234'568);
        QTest::newRow("half to even at twelve") << QByteArray("0.0000000000025") << qint64(2) << qint64(0);
        QTest::newRow("half to even micro down") << QByteArray("0.0000025") << qint64(2'500'000) << qint64(2);
        QTest::newRow("half to even micro up") << QByteArray("-0.0000035") << qint64(-3'500'000) << qint64(-4);
    }

    void parseExact()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, picos);
        QFETCH(qint64, micros);
        const auto parsed = parseExactMoney(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        QVERIFY(parsed.has_value());
        QCOMPARE(static_cast<qint64>(*parsed), picos);
        QCOMPARE(microsFromExact(*parsed), micros);
    }

    // The largest amount a single cell may hold, and a sum far beyond 64 bits, still round exactly.
    void exactBeyond64Bits()
    {
        const auto largest = parseExactMoney("9223372036854.775807");
        QVERIFY(largest.has_value());
        QCOMPARE(microsFromExact(*largest), std::numeric_limits<Micros>::max());
        QVERIFY(!parseExactMoney("9223372036855").has_value());
        ExactMoney sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += *parseExactMoney("1000000000000.0000005");
        QCOMPARE(microsFromExact(sum), Micros(4'000'000'000'000'000'002));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cents") << qint64(8'545'008) << 2 << QStringLiteral("8.55");
        QTest::newRow("negative") << qint64(-250'000) << 2 << QStringLiteral("-0.25");
        QTest::newRow("tiny negative rounds to zero") << qint64(-1) << 2 << QStringLiteral("0.00");
        QTest::newRow("six") << qint64(56) << 6 << QStringLiteral("0.000056");
        QTest::newRow("units") << qint64(1'500'000) << 0 << QStringLiteral("2");
    }

    void format()
    {
        QFETCH(qint64, micros);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(micros, decimals), expected);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
