#include "billing/csvreader.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using namespace cloudshift;

namespace {

// Serves a byte array in chunks of a fixed size, so records cross chunk boundaries everywhere.
class MemorySource : public ByteSource
{
public:
    MemorySource(QByteArray data, std::int64_t chunk)
        : m_data(std::move(data))
        , m_chunk(chunk)
    {
    }
    std::int64_t read(char* buffer, std::int64_t maxBytes) override
    {
        const std::int64_t n = std::min({maxBytes, m_chunk, static_cast<std::int64_t>(m_data.size()) - m_pos});
        std::memcpy(buffer, m_data.constData() + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    std::int64_t progressBytes() const override { return m_pos; }
    std::int64_t totalBytes() const override { return m_data.size(); }
    QString error() const override { return {}; }

private:
    QByteArray m_data;
    std::int64_t m_chunk;
    std::int64_t m_pos = 0;
};

using Records = QList<QStringList>;

// Expected records written as plain string literals.
Records expectedRecords(std::initializer_list<std::initializer_list<const char*>> rows)
{
    Records result;
    for (const auto& row : rows) {
        QStringList fields;
        for (const char* field : row)
            fields << QString::fromUtf8(field);
        result << fields;
    }
    return result;
}

Records readAll(const QByteArray& data, std::int64_t chunk, QList<qint64>* lines = nullptr, QString* error = nullptr,
    std::size_t maxRecord = 64 * 1024 * 1024)
{
    MemorySource source(data, chunk);
    CsvReader reader(source, maxRecord);
    Records records;
    for (;;) {
        const auto status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            if (error)
                *error = QStringLiteral("%1:%2: %3").arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.errorMessage());
            break;
        }
        QStringList fields;
        for (auto f : reader.fields())
            fields << QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
        records << fields;
        if (lines)
            *lines << reader.recordLine();
    }
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quirks_data()
    {
        QTest::addColumn<qint64>("chunk");
        for (qint64 chunk : {1, 2, 3, 7, 64, 1 << 20})
            QTest::addRow("chunk %lld", static_cast<long long>(chunk)) << chunk;
    }

    // The same input must give the same records whatever the chunk boundaries.
    void quirks()
    {
        QFETCH(qint64, chunk);
        const QByteArray data = "\xEF\xBB\xBF" "a,b,c\r\n"
                                "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                                "\r\n"
                                "2,\"multi\nline\",\"{\"\"k\"\"\"\":\"\"v\"\"}\"\n"
                                "3,,\n"
                                "4,short\n"
                                "5,last,no newline";
        QList<qint64> lines;
        const Records records = readAll(data, chunk, &lines);
        const Records expected = expectedRecords({{"a", "b", "c"}, {"1", "x, y", "say \"hi\""}, {"2", "multi\nline", "{\"k\"\":\"v\"}"},
            {"3", "", ""}, {"4", "short"}, {"5", "last", "no newline"}});
        QCOMPARE(records, expected);
        QCOMPARE(lines, (QList<qint64>{1, 2, 4, 6, 7, 8}));
    }

    void semicolonDelimiter()
    {
        const Records records = readAll("Date;Cost;Note\n01/02/2024;1.5;\"a;b\"\n", 5);
        QCOMPARE(records, expectedRecords({{"Date", "Cost", "Note"}, {"01/02/2024", "1.5", "a;b"}}));
    }

    void tabDelimiter()
    {
        const Records records = readAll("Date\tCost\n01/02/2024\t1,5\n", 3);
        QCOMPARE(records, expectedRecords({{"Date", "Cost"}, {"01/02/2024", "1,5"}}));
    }

    void unterminatedQuote()
    {
        QString error;
        const Records records = readAll("a,b\n1,\"open\n2,3\n", 4, nullptr, &error);
        QCOMPARE(records, expectedRecords({{"a", "b"}}));
        QCOMPARE(error, QStringLiteral("2:0: a quoted field is not closed before the end of the file"));
    }

    void utf16Refused()
    {
        QString error;
        const Records records = readAll(QByteArray("\xFF\xFE" "D\0a\0t\0e\0", 10), 64, nullptr, &error);
        QVERIFY(records.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("1:0: the file is UTF-16 text")), qPrintable(error));
    }

    void recordTooLong()
    {
        QString error;
        QByteArray data = "a,b\n1,\"";
        data += QByteArray(3 * 1024 * 1024, 'x');
        data += "\"\n";
        const Records records = readAll(data, 1 << 16, nullptr, &error, 1024 * 1024);
        QCOMPARE(records.size(), 1);
        QVERIFY2(error.startsWith(QStringLiteral("2:0: a record is longer than 1 MB")), qPrintable(error));
    }

    void emptyInput()
    {
        QVERIFY(readAll(QByteArray(), 16).isEmpty());
        QVERIFY(readAll("\xEF\xBB\xBF", 16).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
