#include "billing/exportdate.h"

#include <QTest>

using namespace cloudshift;

class TestExportDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("error");

        const int ok = static_cast<int>(DateError::None);
        QTest::newRow("EA padded") << QByteArray("09/04/2023") << 2023 << 9 << 4 << ok;
        QTest::newRow("Excel unpadded") << QByteArray("9/2/2023") << 2023 << 9 << 2 << ok;
        QTest::newRow("two-digit year") << QByteArray("3/1/21") << 2021 << 3 << 1 << ok;
        QTest::newRow("with time") << QByteArray("9/2/2023 0:00") << 2023 << 9 << 2 << ok;
        QTest::newRow("ISO") << QByteArray("2021-02-02") << 2021 << 2 << 2 << ok;
        QTest::newRow("FOCUS 1.0") << QByteArray("2024-01-01T00:00Z") << 2024 << 1 << 1 << ok;
        QTest::newRow("FOCUS 1.0r2") << QByteArray("2024-01-31T00:00:00Z") << 2024 << 1 << 31 << ok;
        QTest::newRow("space time") << QByteArray("2024-09-01 00:00:00") << 2024 << 9 << 1 << ok;
        QTest::newRow("leap day") << QByteArray("02/29/2024") << 2024 << 2 << 29 << ok;
        QTest::newRow("day first") << QByteArray("13/02/2023") << 0 << 0 << 0 << static_cast<int>(DateError::DayFirst);
        QTest::newRow("not leap") << QByteArray("02/29/2023") << 0 << 0 << 0 << static_cast<int>(DateError::NotADate);
        QTest::newRow("month 13 ISO") << QByteArray("2023-13-01") << 0 << 0 << 0 << static_cast<int>(DateError::NotADate);
        QTest::newRow("garbage") << QByteArray("yesterday") << 0 << 0 << 0 << static_cast<int>(DateError::NotADate);
        QTest::newRow("trailing junk") << QByteArray("09/04/2023x") << 0 << 0 << 0 << static_cast<int>(DateError::NotADate);
        QTest::newRow("empty") << QByteArray("") << 0 << 0 << 0 << static_cast<int>(DateError::Empty);
        QTest::newRow("NULL") << QByteArray("NULL") << 0 << 0 << 0 << static_cast<int>(DateError::Empty);
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(int, error);
        DateError why = DateError::None;
        const auto date = parseExportDate(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), &why);
        QCOMPARE(static_cast<int>(why), error);
        QCOMPARE(date.has_value(), error == static_cast<int>(DateError::None));
        if (date) {
            QCOMPARE(date->year, year);
            QCOMPARE(date->month, month);
            QCOMPARE(date->day, day);
        }
    }
};

QTEST_APPLESS_MAIN(TestExportDate)
#include "tst_exportdate.moc"
