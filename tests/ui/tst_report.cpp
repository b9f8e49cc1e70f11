// The report writer: one file per suffix, each a real document of its kind, written atomically, and
// clear messages for what it cannot write.
#include "charts/chartset.h"
#include "demoanalysis.h"
#include "guitestmain.h"
#include "models/displaytext.h"
#include "pipeline/focusprojection.h"
#include "pipeline/reportfigures.h"
#include "report/reportwriter.h"
#include "sampleplan.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cloudshift;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Text of a PDF through poppler's pdftotext; empty when the tool is not installed.
QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(30000);
    // The PDF's fonts set "fi" and "fl" as ligatures; compare with plain letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xfb01), QStringLiteral("fi"))
        .replace(QChar(0xfb02), QStringLiteral("fl"));
}

Analysis manyWorkloads(int count)
{
    Analysis analysis = sampleAnalysis();
    const WorkloadPlanRow model = analysis.plan.workloads.front();
    analysis.plan.workloads.clear();
    for (int i = 0; i < count; ++i) {
        WorkloadPlanRow row = model;
        row.workload = QStringLiteral("workload-%1").arg(i, 3, 10, QLatin1Char('0'));
        row.azure = units(1000 + i); // descending by Azure puts workload-(count-1) first
        analysis.plan.workloads.push_back(row);
    }
    return analysis;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesEachKind_data();
    void writesEachKind();
    void pngHasRequestedSize();
    void pdfContent();
    void pdfPaginatesWorkloads();
    void unknownSuffixFails();
    void unwritablePathFails();
    void failedAnalysisFails();
    void demoPackPagesAndSummary();
    void demoChartImages_data();
    void demoChartImages();
    void demoFocusCsvSumsToTheScenario();
    void unknownChartFails();
    void pngRecordsDpi();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReport::writesEachKind_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<qint64>("minimumSize");
    QTest::newRow("pdf") << QStringLiteral("report.pdf") << QByteArray("%PDF-") << qint64 { 20'000 };
    QTest::newRow("png") << QStringLiteral("chart.png") << QByteArray("\x89PNG\r\n\x1a\n", 8)
                         << qint64 { 20'000 };
    QTest::newRow("svg") << QStringLiteral("chart.svg") << QByteArray("<?xml") << qint64 { 5'000 };
    QTest::newRow("suffix case ignored")
        << QStringLiteral("REPORT.PDF") << QByteArray("%PDF-") << qint64 { 20'000 };
}

void TestReport::writesEachKind()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    QFETCH(qint64, minimumSize);
    const QString path = m_dir->filePath(fileName);
    QString error;
    QVERIFY2(writeReport(sampleAnalysis(), path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const QByteArray bytes = readAll(path);
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).toHex().constData());
    QVERIFY2(bytes.size() >= minimumSize, QByteArray::number(bytes.size()).constData());
    if (fileName.endsWith(u".svg")) {
        QVERIFY(bytes.contains("<svg"));
        // Text stays text in SVG: the legend names the three series.
        QVERIFY(bytes.contains("All to AWS"));
        QVERIFY(bytes.contains("All to Google Cloud"));
    }
}

void TestReport::pngHasRequestedSize()
{
    const QString path = m_dir->filePath(QStringLiteral("small.png"));
    QString error;
    QVERIFY2(writeReport(sampleAnalysis(), path, &error, QSize(800, 450)), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(800, 450));
    // White background, and a chart drawn on it (not a blank page).
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            nonWhite += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    QVERIFY2(nonWhite > 500, QByteArray::number(nonWhite).constData());
    QVERIFY(writeReport(sampleAnalysis(), path, &error, QSize(0, 450)) == false);
}

void TestReport::pdfContent()
{
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(writeReport(sampleAnalysis(), path, &error), qPrintable(error));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString& expected : { QStringLiteral("CloudShift"), QStringLiteral("Executive summary"),
             QStringLiteral("Prices as of: 2025-06-30"), QStringLiteral("costs-2025-q1.csv.gz"),
             QStringLiteral("1,236,668.39"), QStringLiteral("10.9 %"), QStringLiteral("-5.3 %"),
             QStringLiteral("Only VMs are re-priced."), QStringLiteral("billing-api"),
             QStringLiteral("Data Lake"), QStringLiteral("Monthly cost") }) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
}

void TestReport::pdfPaginatesWorkloads()
{
    const QString path = m_dir->filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(writeReport(manyWorkloads(150), path, &error), qPrintable(error));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Title page and chart, then the table over several pages with every workload on one of them.
    const qsizetype pages = text.count(u'\f');
    QVERIFY2(pages >= 5, QByteArray::number(pages).constData());
    QVERIFY(text.contains(QStringLiteral("Workloads (continued)")));
    for (int i = 0; i < 150; ++i) {
        const QString name = QStringLiteral("workload-%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY2(text.count(name) == 1, qPrintable(name));
    }
    QVERIFY(text.indexOf(QStringLiteral("workload-149")) < text.indexOf(QStringLiteral("workload-000")));
}

void TestReport::unknownSuffixFails()
{
    const QString path = m_dir->filePath(QStringLiteral("report.docx"));
    QString error;
    QVERIFY(!writeReport(sampleAnalysis(), path, &error));
    QCOMPARE(error,
        QStringLiteral(
            "Cannot write a report to %1: unknown file type; use a name ending in .pdf, .png, .svg or .csv")
            .arg(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!writeReport(sampleAnalysis(), m_dir->filePath(QStringLiteral("noextension")), &error));
    QVERIFY(error.contains(QStringLiteral("unknown file type")));
    // The error pointer is optional.
    QVERIFY(!writeReport(sampleAnalysis(), path, nullptr));
}

void TestReport::unwritablePathFails()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/folder/report.pdf"));
    QString error;
    QVERIFY(!writeReport(sampleAnalysis(), path, &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("Cannot write a report to %1: ").arg(QDir::toNativeSeparators(path))),
        qPrintable(error));
    QVERIFY(error.size() > QStringLiteral("Cannot write a report to %1: ").arg(path).size());
    QVERIFY(!QFile::exists(path));
}

void TestReport::failedAnalysisFails()
{
    Analysis failed;
    failed.status = Analysis::Status::Failed;
    failed.error = QStringLiteral("costs.csv:3:1: bad header");
    const QString path = m_dir->filePath(QStringLiteral("report.png"));
    QString error;
    QVERIFY(!writeReport(failed, path, &error));
    QCOMPARE(error, QStringLiteral("Cannot write a report to %1: the analysis did not complete").arg(path));
    QVERIFY(!QFile::exists(path));
}

void TestReport::demoPackPagesAndSummary()
{
    const Analysis& analysis = demoAnalysis();
    QCOMPARE(analysis.status, Analysis::Status::Ok);
    const QString path = m_dir->filePath(QStringLiteral("demo.pdf"));
    QString error;
    QVERIFY2(writeReport(analysis, path, &error), qPrintable(error));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Every page says "page N of M"; pdftotext ends each page with a form feed.
    const QRegularExpressionMatch total = QRegularExpression(QStringLiteral("page 1 of (\\d+)")).match(text);
    QVERIFY(total.hasMatch());
    const int pages = total.captured(1).toInt();
    QCOMPARE(text.count(u'\f'), pages);
    // Title, summary, 8 charts, 2 workload tables (25 workloads: a page each), assumptions, rubric (2),
    // not-mapped, data sources.
    QVERIFY2(pages >= 2 + 8 + 2 + 4, qPrintable(QString::number(pages)));
    const QStringList pageTexts = text.split(u'\f');
    for (ChartSet::Chart chart : ChartSet::all()) {
        const auto on = std::count_if(pageTexts.cbegin(), pageTexts.cend(),
            [&](const QString& page) { return page.contains(ChartSet::title(chart)); });
        QVERIFY2(on == 1, qPrintable(ChartSet::title(chart)));
    }
    for (const QString& heading : { QStringLiteral("Executive summary"),
             QStringLiteral("Workloads in the scenario"), QStringLiteral("Assumptions"),
             QStringLiteral("Risk rubric"), QStringLiteral("Not mapped"), QStringLiteral("Data sources"),
             QString(QStringLiteral("Prices as of: ") + analysis.plan.catalogDate) }) {
        QVERIFY2(text.contains(heading), qPrintable(heading));
    }
    // The executive summary's figures are the engine's, formatted as on screen.
    const ReportFigures figures = computeReportFigures(analysis);
    const QString summary = pageTexts.at(1);
    QStringList expected { groupedMoney(figures.runRateNow), groupedMoney(figures.runRateScenario),
        groupedMoney(figures.runRateAws), groupedMoney(figures.runRateGcp),
        groupedMoney(figures.oneTimeTotal), groupedMoney(figures.tcoBaseline),
        groupedMoney(figures.tcoScenario), groupedMoney(figures.tcoAws), groupedMoney(figures.tcoGcp),
        figures.scenarioName,
        QStringLiteral("Migration risk: %1 of 100").arg(QLocale().toString(figures.riskScore, 'f', 1)),
        QStringLiteral("data confidence %1 of 5").arg(QLocale().toString(figures.dataConfidence, 'f', 1)) };
    QVERIFY(figures.breakEvenMonth.has_value());
    expected << QStringLiteral("Break-even: ")
            + monthText(figures.months[static_cast<std::size_t>(*figures.breakEvenMonth)]);
    for (const QString& figure : expected)
        QVERIFY2(summary.contains(figure), qPrintable(figure + QStringLiteral(" not in:\n") + summary));
}

void TestReport::demoChartImages_data()
{
    QTest::addColumn<QString>("chart");
    for (const QString& id : ChartSet::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestReport::demoChartImages()
{
    QFETCH(QString, chart);
    const std::optional<ChartSet::Chart> which = ChartSet::fromId(chart);
    QVERIFY(which);
    const QString png = m_dir->filePath(chart + QStringLiteral(".png"));
    const QString svg = m_dir->filePath(chart + QStringLiteral(".svg"));
    QString error;
    QVERIFY2(writeReport(demoAnalysis(), png, &error, QSize(1200, 675), chart), qPrintable(error));
    QVERIFY2(writeReport(demoAnalysis(), svg, &error, QSize(1200, 675), chart), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 675));
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    const QByteArray vector = readAll(svg);
    QVERIFY(vector.contains("<svg"));
    // The title is text in the SVG, with the currency.
    QVERIFY2(vector.contains(ChartSet::title(*which).toHtmlEscaped().toUtf8()), qPrintable(chart));
}

void TestReport::demoFocusCsvSumsToTheScenario()
{
    const QString path = m_dir->filePath(QStringLiteral("projection.csv"));
    QString error;
    QVERIFY2(writeReport(demoAnalysis(), path, &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(path).split('\n');
    QVERIFY(lines.front().startsWith(
        "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd"));
    Micros sum = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray cell = lines[i].left(lines[i].indexOf(','));
        if (cell.isEmpty())
            continue;
        sum += parseMoney(std::string_view(cell.constData(), static_cast<std::size_t>(cell.size())))
                   .value_or(0);
    }
    QCOMPARE(sum, demoAnalysis().scenarioResult.tcoScenario);
}

void TestReport::unknownChartFails()
{
    const QString path = m_dir->filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY(!writeReport(sampleAnalysis(), path, &error, QSize(800, 450), QStringLiteral("pie")));
    QVERIFY2(error.contains(QStringLiteral("unknown chart 'pie'; use one of monthly-cost, cash-flow")),
        qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestReport::pngRecordsDpi()
{
    const QString path = m_dir->filePath(QStringLiteral("print.png"));
    QString error;
    QVERIFY2(writeReport(demoAnalysis(), path, &error, QSize(1650, 940), QStringLiteral("cash-flow"), 300),
        qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1650, 940));
    QCOMPARE(image.dotsPerMeterX(), 11811); // 300 dpi
    QCOMPARE(image.dotsPerMeterY(), 11811);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestReport)
#include "tst_report.moc"
