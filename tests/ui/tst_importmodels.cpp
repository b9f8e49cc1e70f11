// The models of the import page and the About dialog under QAbstractItemModelTester, with the exact
// text each cell shows: import files and diagnostics, the export preview with its column roles, the
// column-mapping step, the catalog's sources, and the transfer-rate line under the progress bar.
#include "billing/exportpreview.h"
#include "catalog/catalog.h"
#include "guitestmain.h"
#include "models/catalogsourcesmodel.h"
#include "models/columnmappingmodel.h"
#include "models/diagnosticsmodel.h"
#include "models/exportpreviewmodel.h"
#include "models/importfilesmodel.h"
#include "models/transferrate.h"
#include "sampleplan.h"

#include <QAbstractItemModelTester>
#include <QFont>
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
    void exportPreview();
    void exportPreviewMapped();
    void columnMapping();
    void catalogSources();
    void transferRate_data();
    void transferRate();
};

namespace {

const QString kCustomTool = QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/custom_tool.csv");

QStringList headerTexts(const QAbstractItemModel& model, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts << model.headerData(column, Qt::Horizontal, role).toString();
    return texts;
}

ColumnMapping customToolMapping()
{
    ColumnMapping mapping;
    mapping.columns = { { Field::Date, QStringLiteral("Day") }, { Field::Cost, QStringLiteral("Amount") },
        { Field::Currency, QStringLiteral("Curr") }, { Field::ResourceId, QStringLiteral("Asset") } };
    return mapping;
}

} // namespace

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

void TestImportModels::exportPreview()
{
    // An unrecognised header: the columns keep their names and no column has a role.
    ExportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPreview(previewExport(kCustomTool, 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(headerTexts(model),
        (QStringList { QStringLiteral("Day"), QStringLiteral("Amount"), QStringLiteral("Curr"),
            QStringLiteral("Asset"), QStringLiteral("Group"), QStringLiteral("Kind") }));
    QCOMPARE(headerTexts(model, ExportPreviewModel::FieldRole), QStringList(6, QString()));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
        QStringLiteral("Not read by CloudShift"));
    QCOMPARE(cell(model, 1, 0), QStringLiteral("2025-02-03"));
    QCOMPARE(cell(model, 1, 1), QStringLiteral("7.25"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2);
    model.setPreview(ExportPreview {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestImportModels::exportPreviewMapped()
{
    ColumnMappings mappings;
    mappings.insert(previewExport(kCustomTool, 0).signature, customToolMapping());
    ExportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPreview(previewExport(kCustomTool, 20, mappings));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(headerTexts(model),
        (QStringList { QStringLiteral("Day → Date"), QStringLiteral("Amount → Cost"),
            QStringLiteral("Curr → Currency"), QStringLiteral("Asset → Resource ID"), QStringLiteral("Group"),
            QStringLiteral("Kind") }));
    QCOMPARE(headerTexts(model, ExportPreviewModel::FieldRole),
        (QStringList { QStringLiteral("date"), QStringLiteral("cost"), QStringLiteral("currency"),
            QStringLiteral("resource_id"), QString(), QString() }));
    QCOMPARE(headerTexts(model, ExportPreviewModel::HeaderTextRole).at(1), QStringLiteral("Amount"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Read as Cost"));
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.headerData(4, Qt::Horizontal, Qt::FontRole).isValid());
    QCOMPARE(cell(model, 2, 0), QStringLiteral("01/15/2025"));
}

void TestImportModels::columnMapping()
{
    const ExportPreview preview = previewExport(kCustomTool, 1);
    ColumnMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHeader(preview.headers, preview.rows.front());
    QCOMPARE(model.rowCount(), int(Field::Count));
    QCOMPARE(model.columnCount(), 3);
    // Required fields first, marked; then the rest in the engine's order.
    QCOMPARE(cell(model, 0, ColumnMappingModel::FieldColumn), QStringLiteral("Date (required)"));
    QCOMPARE(cell(model, 1, ColumnMappingModel::FieldColumn), QStringLiteral("Cost (required)"));
    QCOMPARE(cell(model, 2, ColumnMappingModel::FieldColumn), QStringLiteral("Resource ID (required)"));
    QCOMPARE(cell(model, 3, ColumnMappingModel::FieldColumn), QStringLiteral("Effective (amortized) cost"));
    QCOMPARE(model.index(2, 0).data(ColumnMappingModel::RequiredRole), QVariant(true));
    QCOMPARE(model.index(3, 0).data(ColumnMappingModel::RequiredRole), QVariant(false));
    QCOMPARE(model.index(0, 0).data(ColumnMappingModel::FieldRole), QVariant(QStringLiteral("date")));
    QCOMPARE(cell(model, 0, ColumnMappingModel::SourceColumn), QStringLiteral("(none)"));
    QCOMPARE(
        model.index(0, ColumnMappingModel::SourceColumn).data(ColumnMappingModel::ChoicesRole).toStringList(),
        preview.headers);
    QVERIFY(model.flags(model.index(0, ColumnMappingModel::SourceColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, ColumnMappingModel::FieldColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.isComplete());

    const QModelIndex cost = model.index(model.rowOf(Field::Cost), ColumnMappingModel::SourceColumn);
    QVERIFY(!model.setData(cost, QStringLiteral("Price"))); // not a column of the file
    QVERIFY(model.setData(cost, QStringLiteral("Amount")));
    QCOMPARE(cost.data().toString(), QStringLiteral("Amount"));
    QCOMPARE(
        cost.siblingAtColumn(ColumnMappingModel::SampleColumn).data().toString(), QStringLiteral("12.5"));
    for (const auto& [field, column] : customToolMapping().columns)
        QVERIFY(model.setData(model.index(model.rowOf(field), ColumnMappingModel::SourceColumn), column));
    QVERIFY(model.isComplete());
    QCOMPARE(model.mapping().columns, customToolMapping().columns);
    // "(none)" takes a field out again.
    QVERIFY(model.setData(cost, QString()));
    QVERIFY(!model.isComplete());
    QCOMPARE(model.mapping().columns.count(Field::Cost), std::size_t(0));

    // A remembered mapping is where an edit starts.
    model.setHeader(preview.headers, preview.rows.front(), customToolMapping());
    QCOMPARE(model.index(model.rowOf(Field::ResourceId), ColumnMappingModel::SourceColumn).data().toString(),
        QStringLiteral("Asset"));
    QVERIFY(model.isComplete());
}

void TestImportModels::catalogSources()
{
    const Catalog& catalog = Catalog::embedded();
    QVERIFY2(catalog.isValid(), qPrintable(catalog.errorString()));
    CatalogSourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSources(catalog.sources());
    QVERIFY(!catalog.sources().empty());
    QCOMPARE(model.rowCount(), int(catalog.sources().size()));
    QCOMPARE(model.columnCount(), 4);
    const CatalogSource& first = catalog.sources().front();
    QCOMPARE(cell(model, 0, CatalogSourcesModel::Title), first.title);
    QCOMPARE(cell(model, 0, CatalogSourcesModel::AsOf), first.asOf);
    QCOMPARE(cell(model, 0, CatalogSourcesModel::Licence), first.licence);
    QCOMPARE(cell(model, 0, CatalogSourcesModel::Upstream, Qt::ToolTipRole), first.upstream);
    QCOMPARE(model.index(0, 2).data(CatalogSourcesModel::SourceIdRole).toString(), first.id);
    QCOMPARE(
        model.headerData(CatalogSourcesModel::Licence, Qt::Horizontal).toString(), QStringLiteral("Licence"));
}

void TestImportModels::transferRate_data()
{
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<QString>("text");
    QTest::newRow("settling") << qint64 { 1'048'576 } << qint64 { 10'485'760 } << qint64 { 200 }
                              << qint64 { 0 } << qint64 { -1 }
                              << QStringLiteral("1.0 MiB of 10.0 MiB · 0 s elapsed");
    QTest::newRow("half way") << qint64 { 52'428'800 } << qint64 { 104'857'600 } << qint64 { 2'000 }
                              << qint64 { 26'214'400 } << qint64 { 2 }
                              << QStringLiteral(
                                     "50.0 MiB of 100.0 MiB · 25.0 MiB/s · 2 s elapsed · about 2 s left");
    QTest::newRow("minutes left") << qint64 { 1'000'000 } << qint64 { 1'000'000'000 } << qint64 { 1'000 }
                                  << qint64 { 1'000'000 } << qint64 { 999 }
                                  << QStringLiteral("976.6 KiB of 953.7 MiB · 976.6 KiB/s · 1 s elapsed · "
                                                    "about 16 min 39 s left");
    QTest::newRow("done") << qint64 { 4096 } << qint64 { 4096 } << qint64 { 1'000 } << qint64 { 4096 }
                          << qint64 { 0 }
                          << QStringLiteral("4.0 KiB of 4.0 KiB · 4.0 KiB/s · 1 s elapsed · about 0 s left");
}

void TestImportModels::transferRate()
{
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, rate);
    QFETCH(qint64, left);
    QFETCH(QString, text);
    QCOMPARE(TransferRate::bytesPerSecond(done, elapsed), rate);
    QCOMPARE(TransferRate::secondsLeft(done, total, elapsed), left);
    QCOMPARE(TransferRate::describe(done, total, elapsed), text);
    QCOMPARE(TransferRate::durationText(3725), QStringLiteral("1 h 02 min"));
}

CLOUDSHIFT_GUI_TEST_MAIN(TestImportModels)
#include "tst_importmodels.moc"
