// The importer's bounds (ImportLimits): a record or field far larger than any real export, more distinct
// resources than the limit, or JSON cells nested without end are reported with file, line and column
// instead of exhausting memory or stack. Inputs are written at run time, streamed so the test itself
// stays small.
#include "billing/billingimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <functional>

using namespace cloudshift;

namespace {

// Columns 1-13: Date … Tags (12), AdditionalInfo (13); a 14th column pads rows where a test needs bulk.
const QByteArray kHeader = "Date,CostInBillingCurrency,BillingCurrencyCode,SubscriptionId,ResourceGroup,ResourceId,"
                           "MeterCategory,MeterSubCategory,MeterName,Quantity,UnitOfMeasure,Tags,AdditionalInfo,Filler\n";
constexpr std::size_t kMegabyte = 1024 * 1024;

QByteArray quoted(const QByteArray& text)
{
    QByteArray escaped = text;
    escaped.replace('"', "\"\"");
    return '"' + escaped + '"';
}

// Everything of a row before its Tags cell.
QByteArray rowStart(const QByteArray& resource, const QByteArray& category = "Storage")
{
    return "09/01/2024,1.5,USD,sub-1,rg-1,/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Storage/"
           "storageAccounts/"
        + resource + ',' + category + ",Standard,LRS,1,1 GB/Month,";
}

QByteArray row(const QByteArray& resource, const QByteArray& tags = {}, const QByteArray& info = {},
    const QByteArray& filler = {}, const QByteArray& category = "Storage")
{
    return rowStart(resource, category) + quoted(tags) + ',' + quoted(info) + ',' + filler + '\n';
}

// Writes through a callback that is given chunks, so hundreds of megabytes never sit in memory at once.
class Output
{
public:
    explicit Output(const QString& path)
        : m_gzip(path.endsWith(u".gz"))
    {
        if (m_gzip)
            m_gz = gzopen(QFile::encodeName(path).constData(), "wb1");
        else {
            m_file.setFileName(path);
            m_file.open(QIODevice::WriteOnly);
        }
    }
    ~Output() { close(); }
    bool ok() const { return m_gzip ? m_gz != nullptr : m_file.isOpen(); }
    void write(const QByteArray& bytes)
    {
        if (m_gzip)
            gzwrite(m_gz, bytes.constData(), static_cast<unsigned>(bytes.size()));
        else
            m_file.write(bytes);
    }
    void repeat(char c, std::size_t count)
    {
        const QByteArray chunk(static_cast<qsizetype>(kMegabyte), c);
        for (; count >= kMegabyte; count -= kMegabyte)
            write(chunk);
        write(chunk.left(static_cast<qsizetype>(count)));
    }
    void close()
    {
        if (m_gz)
            gzclose(m_gz);
        m_gz = nullptr;
        m_file.close();
    }

private:
    bool m_gzip;
    QFile m_file;
    gzFile m_gz = nullptr;
};

QStringList diagnostics(const BillingData& data)
{
    QStringList list;
    for (const ImportDiagnostic& d : data.summary.diagnostics)
        list << d.toString();
    return list;
}

QByteArray nested(int depth)
{
    return QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray("}").repeated(depth);
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const ImportLimits limits = BillingImporter().limits();
        QCOMPARE(limits.maxRecordBytes, std::size_t(64) * kMegabyte);
        QCOMPARE(limits.maxFieldBytes, std::size_t(1) * kMegabyte);
        QCOMPARE(limits.maxResources, std::size_t(2'000'000));
        QCOMPARE(ImportLimits::kMaxJsonDepth, 32);
    }

    // A record of 320 MB (one giant field, or one line without a delimiter; plain or gzip) ends the file at
    // the 64 MB limit with its line and the field it had reached; the rows before it are kept.
    void hugeRecord_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("quotedField");
        QTest::addColumn<int>("column");
        QTest::newRow("field") << QStringLiteral("field.csv") << true << 12;
        QTest::newRow("line") << QStringLiteral("line.csv") << false << 1;
        QTest::newRow("gzip field") << QStringLiteral("field.csv.gz") << true << 12;
    }

    void hugeRecord()
    {
        QFETCH(QString, name);
        QFETCH(bool, quotedField);
        QFETCH(int, column);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        {
            Output out(path);
            QVERIFY(out.ok());
            out.write(kHeader + row("a") + row("b"));
            out.write(quotedField ? QByteArray(rowStart("c") + '"') : QByteArray());
            out.repeat('x', 320 * kMegabyte);
            out.write(quotedField ? QByteArray("\",,\n") : QByteArray("\n"));
            out.write(row("d"));
        }
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QCOMPARE(diagnostics(data),
            QStringList{path + QStringLiteral(":4:%1: a record is longer than 64 MB, far beyond any Azure export row; the "
                                              "file is not a billing export or is damaged; the rest of the file was not read")
                                   .arg(column)});
        QCOMPARE(importer.fatalError(), QString());
        QCOMPARE(data.summary.rows, qint64(2));
        QCOMPARE(data.resources.size(), std::size_t(2));
    }

    // A 2 MB value (under the record limit) skips its row; the rows around it are read.
    void fieldLongerThanTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("field.csv"));
        {
            Output out(path);
            out.write(kHeader + row("a") + rowStart("b") + '"');
            out.repeat('y', 2'000'000);
            out.write("\",,\n" + row("c"));
        }
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        QCOMPARE(diagnostics(data),
            QStringList{path + QStringLiteral(":3:12: a field of 2000000 bytes is longer than the 1024 KB limit for one "
                                              "value, far beyond any Azure export value; row skipped")});
        QCOMPARE(data.summary.rows, qint64(3));
        QCOMPARE(data.summary.skippedRows, qint64(1));
        QCOMPARE(data.resources.size(), std::size_t(2));
    }

    // One resource more than the limit stops the import: nothing is planned from a part of the estate.
    void tooManyResources()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        {
            Output out(path);
            out.write(kHeader);
            for (int i = 0; i < 1500; ++i)
                out.write(row("r" + QByteArray::number(i)));
        }
        BillingImporter importer;
        ImportLimits limits;
        limits.maxResources = 1000;
        importer.setLimits(limits);
        const BillingData data = importer.importInputs({path});
        const QString expected = path + QStringLiteral(":1002:6: more than 1000 distinct resources, the import limit; "
                                                       "nothing was imported (import the subscriptions in parts)");
        QCOMPARE(importer.fatalError(), expected);
        QCOMPARE(diagnostics(data), QStringList{expected});
        QCOMPARE(data.resources.size(), std::size_t(0));
        QCOMPARE(data.cells.size(), std::size_t(0));

        // The limit counts distinct resources, not rows: the same 1000 resources again are fine.
        {
            Output out(path);
            out.write(kHeader);
            for (int i = 0; i < 3000; ++i)
                out.write(row("r" + QByteArray::number(i % 1000)));
        }
        BillingImporter again;
        again.setLimits(limits);
        const BillingData fits = again.importInputs({path});
        QCOMPARE(again.fatalError(), QString());
        QCOMPARE(fits.resources.size(), std::size_t(1000));
    }

    // A file large enough to be read by two threads, with 600 resources in each half: each half is under
    // the limit of 1000, the whole is not, and the resource that passes it is named at its own line.
    void tooManyResourcesAcrossTwoThreads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("halves.csv"));
        const QByteArray filler(600, 'f');
        {
            Output out(path);
            out.write(kHeader);
            for (int i = 0; i < 600; ++i) // lines 2-601
                out.write(row("r" + QByteArray::number(i)));
            for (int i = 0; i < 30000; ++i) // lines 602-30601: 19 MB of one resource
                out.write(row("shared", {}, {}, filler));
            for (int i = 600; i < 1200; ++i) // lines 30602-31201; r999 is on line 31001
                out.write(row("r" + QByteArray::number(i)));
        }
        QVERIFY(QFileInfo(path).size() > 18 * qint64(kMegabyte));
        BillingImporter importer;
        ImportLimits limits;
        limits.maxResources = 1000;
        importer.setLimits(limits);
        importer.importInputs({path});
        QCOMPARE(importer.fatalError(),
            path + QStringLiteral(":31001:6: more than 1000 distinct resources, the import limit; nothing was imported "
                                  "(import the subscriptions in parts)"));
    }

    // Tags or AdditionalInfo nested past 32 levels are not parsed (a recursive parser would exhaust the
    // stack): a warning names the cell, the row's cost counts, tags stay as text. Brackets inside a JSON
    // string are text, not nesting.
    void deeplyNestedCells()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested.csv"));
        const QByteArray brackets = QByteArray("\"note\": \"") + QByteArray(50, '[') + '"';
        {
            Output out(path);
            out.write(kHeader);
            out.write(row("deep", nested(40))); // line 2
            out.write(row("note", brackets)); // line 3
            out.write(row("wide", QByteArray(900'000, '['))); // line 4
            out.write(row("shallow", nested(32))); // line 5
            out.write(row("vm", "\"app\": \"x\"", nested(40), {}, "Virtual Machines")); // line 6
        }
        BillingImporter importer;
        const BillingData data = importer.importInputs({path});
        const QString tags = QStringLiteral(": the tags nest deeper than 32 levels, far beyond any Azure tag set; kept as "
                                            "text, not read as tags");
        QCOMPARE(diagnostics(data),
            (QStringList{path + QStringLiteral(":2:12") + tags, path + QStringLiteral(":4:12") + tags,
                path + QStringLiteral(":6:13: AdditionalInfo nests deeper than 32 levels, far beyond any Azure export; "
                                      "the VM size was not read from it")}));
        QCOMPARE(importer.fatalError(), QString());
        QCOMPARE(data.summary.rows - data.summary.skippedRows, qint64(5));
        QCOMPARE(data.summary.totalsByCurrency.at(QStringLiteral("USD")), Micros(7'500'000));
        QCOMPARE(data.resources.size(), std::size_t(5));
        const auto tagsOf = [&data](int index) { return data.resources[static_cast<std::size_t>(index)].tags; };
        QCOMPARE(tagsOf(0).size(), std::size_t(1));
        QCOMPARE(tagsOf(0)[0].first, QString());
        QCOMPARE(tagsOf(0)[0].second, QString::fromLatin1(nested(40)));
        QCOMPARE(tagsOf(1), (std::vector<std::pair<QString, QString>>{{QStringLiteral("note"), QString(50, u'[')}}));
        QCOMPARE(tagsOf(3).size(), std::size_t(1));
        QCOMPARE(tagsOf(3)[0].first, QStringLiteral("a"));
        QCOMPARE(data.resources[4].vmSize, QString());
        QCOMPARE(tagsOf(4), (std::vector<std::pair<QString, QString>>{{QStringLiteral("app"), QStringLiteral("x")}}));
    }
};

QTEST_APPLESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
