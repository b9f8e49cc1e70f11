#include "billing/bytesource.h"
#include "billing/costaggregator.h"
#include "billing/csvreader.h"
#include "billing/money.h"
#include "billing/parallelimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cloudshift;

namespace {

// A row loop in the importer's manner: cost per currency, a diagnostic per bad cost (with its line),
// rows into the aggregator, an error that ends the file.
bool rowLoop(ParallelImport::Part& part)
{
    for (;;) {
        const auto status = part.reader.next();
        if (status == CsvReader::Status::End)
            return true;
        if (status == CsvReader::Status::Error) {
            part.summary.diagnostics.push_back(ImportDiagnostic{ImportDiagnostic::Severity::Error, part.file.path,
                part.reader.errorLine(), part.reader.errorColumn(), part.reader.errorMessage()});
            return false;
        }
        ++part.file.rows;
        const auto& fields = part.reader.fields();
        CostRow row;
        row.resourceId = fields.at(0);
        row.tags = fields.size() > 2 ? fields[2] : std::string_view();
        row.currency = "USD";
        row.meterCategory = "Storage";
        row.month = 300 + static_cast<int>(fields.size() > 1 ? fields[1].size() % 3 : 0);
        const auto cost = parseMoney(fields.size() > 1 ? fields[1] : std::string_view());
        if (!cost) {
            ++part.file.skippedRows;
            if (part.summary.diagnostics.size() < 100)
                part.summary.diagnostics.push_back(ImportDiagnostic{ImportDiagnostic::Severity::Error, part.file.path,
                    part.reader.recordLine(), 2, QStringLiteral("bad cost")});
            else
                ++part.summary.droppedDiagnostics;
            continue;
        }
        row.cost = *cost;
        part.aggregator.add(row);
        part.summary.totalsByCurrency[QStringLiteral("USD")] += *cost;
    }
}

struct Outcome
{
    QStringList lines;
    bool split = false;
};

Outcome import(const QString& path, std::int64_t minimumSplit)
{
    QString error;
    const auto source = openByteSource(path, &error);
    CsvReader reader(*source);
    reader.next(); // the header
    CostAggregator aggregator;
    ImportSummary summary;
    ImportedFile file;
    file.path = path;
    ParallelImport parallel(minimumSplit);
    const bool complete = parallel.readRows(path, reader, *source, aggregator, summary, file, 100, rowLoop);
    Outcome outcome;
    outcome.split = parallel.lastRunSplit();
    outcome.lines << QStringLiteral("complete %1 rows %2 skipped %3 dropped %4")
                         .arg(complete)
                         .arg(file.rows)
                         .arg(file.skippedRows)
                         .arg(summary.droppedDiagnostics);
    for (const auto& [currency, total] : summary.totalsByCurrency)
        outcome.lines << currency + QString::number(total);
    for (const ImportDiagnostic& d : summary.diagnostics)
        outcome.lines << d.toString();
    const BillingData data = aggregator.take();
    for (const BilledResource& r : data.resources)
        outcome.lines << r.id + u' ' + (r.tags.empty() ? QString() : r.tags.back().second);
    for (const CostCell& c : data.cells)
        outcome.lines << QStringLiteral("%1 %2 %3 %4").arg(c.resource).arg(c.meter).arg(c.month).arg(c.cost);
    return outcome;
}

QString writeExport(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(text);
    return path;
}

// Rows with quoted tags, bad costs now and then, and resources that recur in both halves.
QByteArray exportText(int rows, const QByteArray& middle = {})
{
    QByteArray text = "\xEF\xBB\xBFResourceId,Cost,Tags\r\n";
    for (int i = 0; i < rows; ++i) {
        if (i == rows / 2)
            text += middle;
        text += "/subscriptions/s/vm-" + QByteArray::number(i % 37) + ',';
        text += i % 211 == 5 ? QByteArray("n/a") : QByteArray::number(i % 97) + ".25";
        text += ",\"\"\"app\"\": \"\"a" + QByteArray::number(i / 50) + "\"\"\"\r\n";
    }
    return text;
}

} // namespace

class TestParallelImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsOneReader_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("splits");
        QTest::newRow("plain") << exportText(4000) << true;
        // A quoted cell full of newlines around the middle: the guessed split falls inside it, the first
        // reader passes over it and reads everything.
        QTest::newRow("quoted newlines at the middle")
            << exportText(4000, "/subscriptions/s/odd,1,\"" + QByteArray(20000, '\n') + "\"\r\n") << false;
        QTest::newRow("error in the second half")
            << exportText(4000).append("/subscriptions/s/end,1,\"never closed\r\n") << true;
        QTest::newRow("more diagnostics than kept") << exportText(40000) << true;
    }

    void sameAsOneReader()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, splits);
        QTemporaryDir dir;
        const QString path = writeExport(dir, text);
        const Outcome one = import(path, std::numeric_limits<std::int64_t>::max());
        QVERIFY(!one.split);
        const Outcome two = import(path, 1024);
        QCOMPARE(two.split, splits);
        QCOMPARE(two.lines, one.lines);
    }

    void smallFileStaysOnOneThread()
    {
        QTemporaryDir dir;
        const QString path = writeExport(dir, exportText(100));
        QVERIFY(!import(path, ParallelImport::kDefaultMinimumSplitBytes).split);
    }
};

QTEST_APPLESS_MAIN(TestParallelImport)
#include "tst_parallelimport.moc"
