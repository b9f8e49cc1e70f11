#include "billing/csvreader.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using namespace cloudshift;

namespace {

using Engine = CsvIndexer::Engine;
// Every classifier gives the same masks; one the CPU lacks falls back to the scalar one.
constexpr Engine kEngines[] = {Engine::Scalar, Engine::Sse2, Engine::Avx2};

// Serves a byte array in chunks of a fixed size, so records cross chunk boundaries everywhere.
class MemorySource : public ByteSource
{
public:
    MemorySource(QByteArray data, std::int64_t chunk, std::int64_t start = 0)
        : m_data(std::move(data))
        , m_chunk(chunk)
        , m_pos(start)
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

QStringList fieldsOf(const CsvReader& reader)
{
    QStringList fields;
    for (auto f : reader.fields())
        fields << QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
    return fields;
}

// Reads records until End or Error; the error is "line:column: message".
Records drain(CsvReader& reader, QList<qint64>* lines, QString* error)
{
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
        records << fieldsOf(reader);
        if (lines)
            *lines << reader.recordLine();
    }
    return records;
}

Records readAll(const QByteArray& data, std::int64_t chunk, QList<qint64>* lines = nullptr, QString* error = nullptr,
    std::size_t maxRecord = 64 * 1024 * 1024, Engine engine = CsvIndexer::bestEngine())
{
    MemorySource source(data, chunk);
    CsvReader reader(source, maxRecord, engine);
    return drain(reader, lines, error);
}

const QByteArray kQuirks = "\xEF\xBB\xBF" "a,b,c\r\n"
                           "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                           "\r\n"
                           "2,\"multi\nline\",\"{\"\"k\"\"\"\":\"\"v\"\"}\"\n"
                           "3,,\n"
                           "4,short\n"
                           "5,last,no newline";

// Quoting that the fast path must leave to the lenient splitter, each with the fields it gives.
const QList<std::pair<QByteArray, QStringList>> kMalformed = {
    {"h\na,b\"c,d\n\"e\n", {QStringLiteral("a"), QStringLiteral("b\"c"), QStringLiteral("d\n\"e")}},
    {"h\n\"a\"b,c\n", {QStringLiteral("ab"), QStringLiteral("c")}},
    {"h\n\"a\"b\"c,d\"\n", {QStringLiteral("ab\"c"), QStringLiteral("d\"")}},
    {"h\n\"a\"\rx,y\r\n", {QStringLiteral("a\rx"), QStringLiteral("y")}},
    {"h\n\"a\"\r\r\n", {QStringLiteral("a\r")}},
    {"h\nx,\"\"\"\",\"\"\n", {QStringLiteral("x"), QStringLiteral("\""), QString()}},
    {"h\n\"unclosed,x\"y\n", {QStringLiteral("unclosed,xy")}},
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quirks_data()
    {
        QTest::addColumn<qint64>("chunk");
        QTest::addColumn<int>("engine");
        for (const Engine engine : kEngines) {
            if (!CsvIndexer::available(engine))
                continue;
            const char* name = engine == Engine::Scalar ? "scalar" : engine == Engine::Sse2 ? "sse2" : "avx2";
            for (qint64 chunk = 1; chunk <= 70; ++chunk)
                QTest::addRow("%s chunk %lld", name, static_cast<long long>(chunk)) << chunk << int(engine);
            QTest::addRow("%s chunk 1M", name) << qint64(1 << 20) << int(engine);
        }
    }

    // The same input must give the same records whatever the chunk boundaries and the classifier.
    void quirks()
    {
        QFETCH(qint64, chunk);
        QFETCH(int, engine);
        QList<qint64> lines;
        const Records records = readAll(kQuirks, chunk, &lines, nullptr, 64 * 1024 * 1024, Engine(engine));
        const Records expected = expectedRecords({{"a", "b", "c"}, {"1", "x, y", "say \"hi\""}, {"2", "multi\nline", "{\"k\"\":\"v\"}"},
            {"3", "", ""}, {"4", "short"}, {"5", "last", "no newline"}});
        QCOMPARE(records, expected);
        QCOMPARE(lines, (QList<qint64>{1, 2, 4, 6, 7, 8}));

        // Padding moves every quirk across the 64-byte blocks of the indexer.
        for (int pad = 1; pad < 70; pad += 3) {
            QByteArray shifted = kQuirks;
            shifted.insert(8, QByteArray(pad, 'p'));
            Records padded = expected;
            padded[0][2] = QStringLiteral("c") + QString(pad, QLatin1Char('p'));
            QCOMPARE(readAll(shifted, chunk, nullptr, nullptr, 64 * 1024 * 1024, Engine(engine)), padded);
        }
    }

    void malformedQuoting()
    {
        for (const Engine engine : kEngines) {
            for (const auto& [data, fields] : kMalformed) {
                for (qint64 chunk : {1, 3, 64, 1 << 20}) {
                    const Records records = readAll(data, chunk, nullptr, nullptr, 1 << 20, engine);
                    QCOMPARE(records.size(), 2);
                    QCOMPARE(records[1], fields);
                }
            }
        }
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
        for (const Engine engine : kEngines) {
            for (qint64 chunk : {1, 4, 64, 1 << 20}) {
                QString error;
                const Records records = readAll("a,b\n1,\"open\n2,3\n", chunk, nullptr, &error, 1 << 20, engine);
                QCOMPARE(records, expectedRecords({{"a", "b"}}));
                QCOMPARE(error, QStringLiteral("2:0: a quoted field is not closed before the end of the file"));
            }
        }
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
        for (const QByteArray& head : {QByteArray("a,b\n1,\""), QByteArray("a,b\n1,2\n3,\"")}) {
            QString error;
            QByteArray data = head;
            data += QByteArray(3 * 1024 * 1024, 'x');
            data += "\"\n";
            QList<qint64> lines;
            const Records records = readAll(data, 1 << 16, &lines, &error, 1024 * 1024);
            QCOMPARE(records.size(), lines.size());
            // The line the record starts on and the field it had reached (the open quoted one).
            const QString expected = QStringLiteral("%1:2: a record is longer than 1 MB").arg(records.size() + 1);
            QVERIFY2(error.startsWith(expected), qPrintable(error));
        }
    }

    // Records that were read before a read error are all handed out; the error names the line cut short.
    void readErrorAfterRecords()
    {
        class FailingSource : public MemorySource
        {
        public:
            using MemorySource::MemorySource;
            std::int64_t read(char* buffer, std::int64_t maxBytes) override
            {
                const std::int64_t n = MemorySource::read(buffer, maxBytes);
                return n == 0 ? -1 : n;
            }
            QString error() const override { return QStringLiteral("device gone"); }
        };
        for (const Engine engine : kEngines) {
            for (qint64 chunk : {1, 5, 64, 1 << 20}) {
                FailingSource source("a,b\n1,2\n3,\"x\ny\"\n4,", chunk);
                CsvReader reader(source, 1 << 20, engine);
                QList<qint64> lines;
                QString error;
                QCOMPARE(drain(reader, &lines, &error), expectedRecords({{"a", "b"}, {"1", "2"}, {"3", "x\ny"}}));
                QCOMPARE(lines, (QList<qint64>{1, 2, 3}));
                QCOMPARE(error, QStringLiteral("5:0: read error: device gone"));
            }
        }
    }

    void emptyInput()
    {
        QVERIFY(readAll(QByteArray(), 16).isEmpty());
        QVERIFY(readAll("\xEF\xBB\xBF", 16).isEmpty());
        QCOMPARE(readAll("a\n\n\n", 1), expectedRecords({{"a"}}));
    }

    // A second reader that starts at a record boundary, told the delimiter and line, continues exactly
    // where the first one stops; a limit inside a quoted field is passed over.
    void stopAndResume()
    {
        const QByteArray data = "h1;h2\n1;\"a\nb\"\n2;x\n\n3;\"y;z\"\n4;w";
        const Records whole = readAll(data, 1 << 20);
        for (qsizetype cut = 6; cut < data.size(); ++cut) {
            MemorySource source(data, 5);
            CsvReader head(source);
            QCOMPARE(head.next(), CsvReader::Status::Record);
            head.setStopOffset(cut);
            QList<qint64> lines;
            Records records{fieldsOf(head)};
            records += drain(head, &lines, nullptr);
            if (head.stoppedAtLimit()) {
                QCOMPARE(head.nextOffset(), cut);
                MemorySource rest(data, 3, cut);
                CsvReader tail(rest, CsvReader::Resume{';', cut, head.nextLine()});
                records += drain(tail, &lines, nullptr);
            }
            QCOMPARE(records, whole);
            QCOMPARE(lines, (QList<qint64>{2, 4, 6, 7}));
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
