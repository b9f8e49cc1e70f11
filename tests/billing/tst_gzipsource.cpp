#include "billing/bytesource.h"
#include "billing/inflater.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace cloudshift;

namespace {

// One gzip member of `text`, written by zlib.
QByteArray gzipMember(const QByteArray& text, int level = 6)
{
    z_stream stream{};
    deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(text.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.constData()));
    stream.avail_in = static_cast<uInt>(text.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// CSV-like text that compresses about as well as an export.
QByteArray exportLikeText(int lines)
{
    QByteArray text = "Date,Cost,ResourceId,Tags\n";
    QRandomGenerator random(7);
    for (int i = 0; i < lines; ++i)
        text += QByteArray("01/%1/2025,%2,/subscriptions/s/resourceGroups/rg-%3/vm-%4,\"\"\"app\"\": \"\"x%5\"\"\"\n")
                    .replace("%1", QByteArray::number(1 + i % 28))
                    .replace("%2", QByteArray::number(random.bounded(100000) / 1000.0))
                    .replace("%3", QByteArray::number(i % 17))
                    .replace("%4", QByteArray::number(random.bounded(500)))
                    .replace("%5", QByteArray::number(i % 5));
    return text;
}

struct Decoded
{
    QByteArray text;
    QString error;
    bool operator==(const Decoded& other) const { return text == other.text && error == other.error; }
};

const ByteSourceOptions kZlibInline{true, false};

Decoded decode(const QString& path, const ByteSourceOptions& options, qint64 chunk = 64 * 1024)
{
    Decoded decoded;
    QString openError;
    const auto source = openByteSource(path, &openError, options);
    if (!source)
        return Decoded{{}, openError};
    QByteArray buffer(chunk, '\0');
    for (;;) {
        const std::int64_t n = source->read(buffer.data(), chunk);
        if (n < 0) {
            decoded.error = source->error();
            break;
        }
        if (n == 0)
            break;
        decoded.text += buffer.left(n);
    }
    return decoded;
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("t.csv.gz"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(bytes);
    return path;
}

// Every engine, inflating ahead on a thread or not.
const QList<ByteSourceOptions> kAllOptions = {{false, true}, {false, false}, {true, true}, {true, false}};

} // namespace

class TestGzipSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAndMembers()
    {
        QTemporaryDir dir;
        const QByteArray first = exportLikeText(20000); // several blocks of the worker
        const QByteArray second = "tail,1\n";
        const QByteArray file = gzipMember(first, 1) + gzipMember(QByteArray()) + gzipMember(second, 9);
        const QString path = writeFile(dir, file);
        for (const ByteSourceOptions& options : kAllOptions) {
            for (qint64 chunk : {1 << 10, 64 << 10, 1 << 20}) {
                const Decoded decoded = decode(path, options, chunk);
                QCOMPARE(decoded.error, QString());
                QVERIFY(decoded.text == first + second);
            }
        }
        QString error;
        const auto source = openByteSource(path, &error);
        QByteArray sink(1 << 20, '\0');
        while (source->read(sink.data(), sink.size()) > 0) {
        }
        QCOMPARE(source->progressBytes(), source->totalBytes());
    }

    // A download cut anywhere gives the text up to the cut and zlib's message, whatever the engine.
    void truncated()
    {
        QTemporaryDir dir;
        const QByteArray member = gzipMember(exportLikeText(3000));
        const QByteArray head = gzipMember("a,b\n");
        const QByteArray file = head + member;
        for (qsizetype cut = 2; cut < file.size(); cut += cut < 400 ? 1 : 97) {
            const QString path = writeFile(dir, file.left(cut));
            const Decoded expected = decode(path, kZlibInline);
            QVERIFY(cut == head.size() || expected.error == QStringLiteral("the gzip data ends early (truncated download?)"));
            for (const ByteSourceOptions& options : kAllOptions)
                QVERIFY2(decode(path, options) == expected, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        }
    }

    // Damaged bytes give the same text and the same message from ISA-L as from zlib.
    void corrupt()
    {
        QTemporaryDir dir;
        const QByteArray file = gzipMember(exportLikeText(2000));
        QRandomGenerator random(11);
        int faults = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray damaged = file;
            const auto at = static_cast<qsizetype>(random.bounded(static_cast<int>(file.size())));
            damaged[at] = static_cast<char>(damaged[at] ^ (1 << random.bounded(8)));
            const QString path = writeFile(dir, damaged);
            const Decoded expected = decode(path, kZlibInline);
            faults += !expected.error.isEmpty();
            for (const ByteSourceOptions& options : kAllOptions) {
                const Decoded decoded = decode(path, options);
                QVERIFY2(decoded == expected, qPrintable(QStringLiteral("byte %1: %2 (%3 bytes) vs %4 (%5 bytes)")
                                                             .arg(at)
                                                             .arg(expected.error)
                                                             .arg(expected.text.size())
                                                             .arg(decoded.error)
                                                             .arg(decoded.text.size())));
            }
        }
        QVERIFY(faults > 300);
    }

    void messages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray member = gzipMember("Date,Cost\n01/01/2025,1\n");
        QByteArray badCrc = member;
        badCrc[badCrc.size() - 8] = static_cast<char>(badCrc[badCrc.size() - 8] ^ 1);
        QByteArray badLength = member;
        badLength[badLength.size() - 4] = static_cast<char>(badLength[badLength.size() - 4] ^ 1);
        QByteArray badMethod = member;
        badMethod[2] = 7;
        QTest::newRow("crc") << badCrc << QStringLiteral("corrupt gzip data: incorrect data check");
        QTest::newRow("length") << badLength << QStringLiteral("corrupt gzip data: incorrect length check");
        QTest::newRow("method") << badMethod << QStringLiteral("corrupt gzip data: unknown compression method");
        QTest::newRow("garbage after member") << member + "not gzip" << QStringLiteral("corrupt gzip data: incorrect header check");
        QTest::newRow("magic only") << QByteArray("\x1f\x8b") << QStringLiteral("the gzip data ends early (truncated download?)");
    }

    void messages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = writeFile(dir, bytes);
        for (const ByteSourceOptions& options : kAllOptions)
            QCOMPARE(decode(path, options).error, error);
    }

    // Dropping a source while its worker is ahead neither hangs nor leaks.
    void stopEarly()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, gzipMember(exportLikeText(50000), 1));
        QString error;
        auto source = openByteSource(path, &error);
        char buffer[100];
        QCOMPARE(source->read(buffer, sizeof buffer), std::int64_t(100));
        source.reset();
    }

    void engineReported() { qInfo("ISA-L in this build: %s", Inflater::hasIsal() ? "yes" : "no"); }
};

QTEST_APPLESS_MAIN(TestGzipSource)
#include "tst_gzipsource.moc"
