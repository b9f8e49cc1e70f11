#include "billing/csvreader.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace cloudshift;

namespace {

using Engine = CsvIndexer::Engine;
// Every classifier gives the same masks; one the CPU lacks falls back to the scalar one.
constexpr Engine kEngines[] = {Engine::Scalar, Engine::Sse2, Engine::Avx2};
using Records = QList<QStringList>;

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

// The reading rules restated over a whole buffer, independently of the reader: a record ends at a
// newline outside quotes (every quote toggles), one '\r' before it is dropped, blank records are skipped,
// the header's most frequent candidate is the delimiter, and fields are unquoted leniently.
struct Reading
{
    Records records;
    QList<qint64> lines;
    QString error;
};

QStringList splitLenient(const QByteArray& record, char delimiter)
{
    QStringList fields;
    const qsizetype n = record.size();
    qsizetype p = 0;
    for (;;) {
        QByteArray field;
        if (p < n && record[p] == '"') {
            for (++p; p < n; ++p) {
                if (record[p] == '"' && !(p + 1 < n && record[p + 1] == '"')) {
                    ++p;
                    break;
                }
                field += record[p];
                p += record[p] == '"';
            }
        }
        while (p < n && record[p] != delimiter)
            field += record[p++];
        fields << QString::fromUtf8(field);
        if (p >= n)
            break;
        if (++p == n) {
            fields << QString();
            break;
        }
    }
    return fields;
}

Reading referenceRead(const QByteArray& data)
{
    Reading out;
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qint64 line = 1;
    char delimiter = 0;
    while (pos < data.size()) {
        bool quoted = false;
        qsizetype end = pos;
        qint64 newlines = 0;
        for (; end < data.size() && (quoted || data[end] != '\n'); ++end) {
            quoted ^= data[end] == '"';
            newlines += data[end] == '\n';
        }
        if (quoted) {
            out.error = QStringLiteral("%1:0: a quoted field is not closed before the end of the file").arg(line);
            break;
        }
        QByteArray record = data.mid(pos, end - pos);
        if (record.endsWith('\r'))
            record.chop(1);
        const qint64 recordLine = line;
        line += 1 + newlines;
        pos = end + 1;
        if (record.isEmpty())
            continue;
        if (!delimiter) {
            QByteArray outside;
            bool inQuotes = false;
            for (char c : record) {
                inQuotes ^= c == '"';
                if (!inQuotes && c != '"')
                    outside += c;
            }
            const auto commas = outside.count(','), semicolons = outside.count(';'), tabs = outside.count('\t');
            delimiter = semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
        }
        out.records << splitLenient(record, delimiter);
        out.lines << recordLine;
    }
    return out;
}

// Random bytes from the characters that matter, or random well-formed records with long quoted cells.
QByteArray randomCsv(QRandomGenerator& random)
{
    QByteArray data;
    if (random.bounded(2) == 0) {
        static const char alphabet[] = "aaaab,,,;\"\"\"\n\n\r\t ";
        const int length = random.bounded(300);
        for (int i = 0; i < length; ++i)
            data += alphabet[random.bounded(int(sizeof alphabet) - 1)];
        return data;
    }
    const int rows = random.bounded(1, 12), columns = random.bounded(1, 6);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            QByteArray cell(random.bounded(160), 'x');
            for (char& ch : cell)
                ch = "ab\"\n,;"[random.bounded(6)];
            if (c > 0)
                data += ',';
            if (cell.contains('"') || cell.contains(',') || cell.contains('\n') || random.bounded(3) == 0)
                data += '"' + QByteArray(cell).replace("\"", "\"\"") + '"';
            else
                data += cell;
        }
        data += random.bounded(4) == 0 ? "\r\n" : "\n";
    }
    return data;
}

struct Read
{
    Records records;
    QList<qint64> lines;
    QString error;
};

Read readAll(const QByteArray& data, std::int64_t chunk, Engine engine)
{
    MemorySource source(data, chunk);
    CsvReader reader(source, 1 << 20, engine);
    Read out;
    for (;;) {
        const auto status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            out.error = QStringLiteral("%1:%2: %3").arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.errorMessage());
            break;
        }
        QStringList fields;
        for (auto f : reader.fields())
            fields << QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
        out.records << fields;
        out.lines << reader.recordLine();
    }
    return out;
}

} // namespace

// CsvReader's 64-byte indexing, with either classifier, against the reading rules restated independently.
class TestCsvIndexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Both classifiers agree with the restated rules on thousands of random inputs, well formed or not.
    void randomAgainstReference()
    {
        QRandomGenerator random(20241126);
        for (int round = 0; round < 2000; ++round) {
            const QByteArray data = randomCsv(random);
            const Reading expected = referenceRead(data);
            for (const Engine engine : kEngines) {
                for (qint64 chunk : {1, 7, 64, 1 << 20}) {
                    const Read read = readAll(data, chunk, engine);
                    QVERIFY2(read.records == expected.records && read.lines == expected.lines && read.error == expected.error,
                        qPrintable(QStringLiteral("input %1 (chunk %2): %3")
                                       .arg(QString::fromLatin1(data.toPercentEncoding()))
                                       .arg(chunk)
                                       .arg(read.error)));
                }
            }
        }
    }

};

QTEST_APPLESS_MAIN(TestCsvIndexer)
#include "tst_csvindexer.moc"
