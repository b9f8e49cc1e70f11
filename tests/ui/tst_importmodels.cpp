// The models over an import summary (files, diagnostics) under QAbstractItemModelTester, with the
// exact text each cell shows.
#include "guitestmain.h"
#include "models/diagnosticsmodel.h"
#include "models/importfilesmodel.h"
#include "sampleplan.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

using namespace cloudshift;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestImportModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importFiles();
    void importFilesSortRole();
    void diagnostics();
};

void TestImportModels::importFiles()
{
    ImportFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(sampleAnalysis().import);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 7);
    QStringList row0;
    QStringList row1;
    for (int column = 0; column < model.columnCount(); ++column) {
        row0 << cell(model, 0, column);
        row1 << cell(model, 1, column);
    }
    QCOMPARE(row0,
        (QStringList { QStringLiteral("costs-2025-q1.csv.gz"), QStringLiteral("EA cost details"),
            QStringLiteral("2024-08-01"), QStringLiteral("Actual"), QStringLiteral("2.38 MiB"),
            QStringLiteral("12,345"), QStringLiteral("2") }));
    QCOMPARE(row1,
        (QStringList { QStringLiteral("focus.csv"), QStringLiteral("FOCUS"), QStringLiteral("not stated"),
            QStringLiteral("FOCUS"), QStringLiteral("1.00 KiB"), QStringLiteral("10"),
            QStringLiteral("0") }));
    QCOMPARE(cell(model, 0, ImportFilesModel::File, Qt::ToolTipRole),
        QStringLiteral("/data/exports/costs-2025-q1.csv.gz"));
    QCOMPARE(cell(model, 0, ImportFilesModel::Format, Qt::ToolTipRole), QStringLiteral("ea"));
    QCOMPARE(model.index(0, ImportFilesModel::Size).data(ImportFilesModel::SortRole),
        QVariant(qint64 { 2'500'000 }));
    QCOMPARE(
        model.index(0, ImportFilesModel::Rows).data(ImportFilesModel::SortRole), QVariant(qint64 { 12345 }));
    QCOMPARE(model.headerData(ImportFilesModel::SkippedRows, Qt::Horizontal).toString(),
        QStringLiteral("Skipped"));
}

void TestImportModels::diagnostics()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(sampleAnalysis().import);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("costs-2025-q1.csv.gz:17:9: not a number: \"abc\""));
    QCOMPARE(cell(model, 1, 0), QStringLiteral("focus.csv: no BillingCurrency column; assuming EUR"));
    QCOMPARE(cell(model, 0, 0, Qt::ToolTipRole), QStringLiteral("Error: not a number: \"abc\""));
    QCOMPARE(
        model.index(0, 0).data(DiagnosticsModel::SortRole), QVariant(int(ImportDiagnostic::Severity::Error)));
    QCOMPARE(model.index(1, 0).data(DiagnosticsModel::SortRole),
        QVariant(int(ImportDiagnostic::Severity::Warning)));
    QVERIFY(model.index(0, 0).data(Qt::DecorationRole).canConvert<QIcon>());
    QCOMPARE(model.droppedCount(), qint64 { 5 });
}

void TestImportModels::importFilesSortRole()
{
    ImportFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(sampleAnalysis().import);
    QCOMPARE(model.index(1, ImportFilesModel::Costs).data(ImportFilesModel::SortRole),
        QVariant(int(CostKind::Focus)));
    QCOMPARE(model.index(1, ImportFilesModel::SchemaVersion).data(ImportFilesModel::SortRole),
        QVariant(QString()));
    model.setResults(ImportSummary {});
    QCOMPARE(model.rowCount(), 0);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestImportModels)
#include "tst_importmodels.moc"
