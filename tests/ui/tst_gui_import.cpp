// The import page on real files, headless: the preview and column roles of the demo export, the
// column-mapping step for an unrecognised header (confirmed, remembered, undone), progress and
// cancel, and files dropped on the window.
#include "commands/projectdocument.h"
#include "dialogs/columnmappingdialog.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "models/columnmappingmodel.h"
#include "models/exportpreviewmodel.h"
#include "pages/exportpreviewpanel.h"
#include "pages/importpage.h"
#include "pages/importprogresspanel.h"
#include "pages/importsummarypanel.h"
#include "sampleplan.h"
#include "settings/columnmappingstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace cloudshift;

namespace {

const QString kCustomTool = QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/custom_tool.csv");

QString header(const QAbstractItemModel* model, int column, int role = Qt::DisplayRole)
{
    return model->headerData(column, Qt::Horizontal, role).toString();
}

// Picks a column for a field the way the user does: in the dialog's combo box for that row.
void choose(ColumnMappingDialog* dialog, Field field, const QString& column)
{
    const QModelIndex index
        = dialog->model()->index(dialog->model()->rowOf(field), ColumnMappingModel::SourceColumn);
    auto* combo = qobject_cast<QComboBox*>(dialog->view()->indexWidget(index));
    QVERIFY(combo);
    const int at = combo->findText(column);
    QVERIFY(at > 0);
    combo->setCurrentIndex(at);
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoPreviewRoles();
    void columnMappingFlow();
    void rememberedMappingImportsDirectly();
    void summaryOfAnImport();
    void progressAndCancel();
    void droppedFilesAreOpened();
};

void TestGuiImport::init()
{
    // A scratch settings file (test mode) with nothing remembered from an earlier test.
    QSettings().clear();
}

void TestGuiImport::demoPreviewRoles()
{
    MainWindow window;
    window.show();
    QSignalSpy previewed(window.importPage(), &ImportPage::previewUpdated);
    window.openDemo();
    QVERIFY(previewed.wait(30000));

    const ExportPreviewPanel* panel = window.importPage()->previewPanel();
    const QAbstractItemModel* model = panel->table()->model();
    QCOMPARE(panel->fileCombo()->currentText(), QStringLiteral("larkspur-ea-2025.csv"));
    QCOMPARE(panel->formatText(),
        QStringLiteral("EA cost details · schema 2024-08-01 · cost from CostInBillingCurrency"));
    QVERIFY(panel->mapButton()->isHidden());
    QCOMPARE(model->rowCount(), 20);
    QCOMPARE(model->columnCount(), 57);
    QStringList roles;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!header(model, column, ExportPreviewModel::FieldRole).isEmpty())
            roles << header(model, column);
    }
    QCOMPARE(roles,
        (QStringList { QStringLiteral("SubscriptionId → Subscription ID"),
            QStringLiteral("SubscriptionName → Subscription name"),
            QStringLiteral("ResourceGroup → Resource group"), QStringLiteral("ResourceLocation → Region"),
            QStringLiteral("Date → Date"), QStringLiteral("MeterCategory → Meter category"),
            QStringLiteral("MeterSubCategory → Meter subcategory"), QStringLiteral("MeterName → Meter name"),
            QStringLiteral("UnitOfMeasure → Unit of measure"), QStringLiteral("Quantity → Quantity"),
            QStringLiteral("CostInBillingCurrency → Cost"), QStringLiteral("ConsumedService → Service"),
            QStringLiteral("ResourceId → Resource ID"), QStringLiteral("Tags → Tags"),
            QStringLiteral("AdditionalInfo → Additional info (VM size)"),
            QStringLiteral("ResourceName → Resource name"), QStringLiteral("ChargeType → Charge type"),
            QStringLiteral("PricingModel → Pricing model"),
            QStringLiteral("BillingCurrencyCode → Currency") }));
    // A column the engine does not read keeps its name alone.
    QCOMPARE(header(model, 0), QStringLiteral("InvoiceSectionName"));
    QCOMPARE(model->index(0, 7).data().toString(), QStringLiteral("01/01/2025"));
}

void TestGuiImport::columnMappingFlow()
{
    MainWindow window;
    window.show();
    ProjectDocument* document = window.document();
    QSignalSpy changed(document, &ProjectDocument::analysisChanged);
    QSignalSpy failed(document, &ProjectDocument::analysisFailed);
    window.openInputs({ kCustomTool });

    // Without a mapping the engine refuses the file, and the mapping step opens by itself.
    QTRY_VERIFY_WITH_TIMEOUT(window.importPage()->mappingDialog() != nullptr, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(window.importPage()->errorText().contains(
        QStringLiteral("the header row is not an Azure cost export")));
    QCOMPARE(window.tabs()->currentWidget(), window.importPage());
    ColumnMappingDialog* dialog = window.importPage()->mappingDialog();
    QVERIFY(dialog->isVisible());
    QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->problem(), QStringLiteral("the column mapping gives no column for Date"));

    choose(dialog, Field::Date, QStringLiteral("Day"));
    choose(dialog, Field::Cost, QStringLiteral("Amount"));
    QCOMPARE(dialog->problem(), QStringLiteral("the column mapping gives no column for Resource ID"));
    choose(dialog, Field::Currency, QStringLiteral("Curr"));
    choose(dialog, Field::ResourceId, QStringLiteral("Asset"));
    QCOMPARE(dialog->problem(), QString());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1 || failed.count() > 1, 120000);
    QCOMPARE(failed.count(), 1);
    const Analysis& analysis = document->analysis();
    QCOMPARE(analysis.import.rows, qint64 { 3 });
    QCOMPARE(analysis.import.totalsByCurrency.size(), std::size_t(1));
    QCOMPARE(analysis.import.totalsByCurrency.at(QStringLiteral("USD")), Micros { 20'750'000 });
    QCOMPARE(analysis.resourceCount, 2);
    QCOMPARE(analysis.import.files.at(0).format, QStringLiteral("mapped"));
    const ImportSummaryPanel* summary = window.importPage()->summaryPanel();
    QCOMPARE(summary->rowsText(), QStringLiteral("3"));
    QCOMPARE(summary->skippedText(), QStringLiteral("0"));
    QCOMPARE(summary->totalsText(), QStringLiteral("USD 20.75"));
    QCOMPARE(summary->resourcesText(), QStringLiteral("2"));
    QCOMPARE(summary->datesText(), QStringLiteral("1/3/25 to 2/3/25"));
    QVERIFY(window.importPage()->errorText().isEmpty());

    // The confirmation is one undoable edit, and the preview now reads the columns by their roles.
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Map columns of custom_tool.csv"));
    const QAbstractItemModel* preview = window.importPage()->previewPanel()->table()->model();
    QTRY_COMPARE(header(preview, 1), QStringLiteral("Amount → Cost"));
    QCOMPARE(header(preview, 3), QStringLiteral("Asset → Resource ID"));
    QCOMPARE(
        window.importPage()->previewPanel()->mapButton()->text(), QStringLiteral("Edit Column Mapping…"));

    // Remembered in the settings by the header's signature, exactly as confirmed.
    const QString signature = window.importPage()->previewPanel()->currentPreview()->signature;
    const ColumnMappings stored = ColumnMappingStore::load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.value(signature).columns,
        (std::map<Field, QString> { { Field::Date, QStringLiteral("Day") },
            { Field::Cost, QStringLiteral("Amount") }, { Field::Currency, QStringLiteral("Curr") },
            { Field::ResourceId, QStringLiteral("Asset") } }));
    QCOMPARE(QSettings().value(QStringLiteral("columnMappings/%1/cost").arg(signature)).toString(),
        QStringLiteral("Amount"));

    // Undo forgets the mapping, and the engine refuses the file again.
    document->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
    QVERIFY(ColumnMappingStore::load().isEmpty());
    document->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 2 || failed.count() > 2, 120000);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(document->analysis().import.rows, qint64 { 3 });
    QCOMPARE(ColumnMappingStore::load().size(), 1);
}

void TestGuiImport::rememberedMappingImportsDirectly()
{
    ColumnMapping mapping;
    mapping.columns = { { Field::Date, QStringLiteral("Day") }, { Field::Cost, QStringLiteral("Amount") },
        { Field::Currency, QStringLiteral("Curr") }, { Field::ResourceId, QStringLiteral("Asset") } };
    ColumnMappingStore::store(previewExport(kCustomTool, 0).signature, mapping);

    // A new window, as after a restart: the file imports without asking.
    MainWindow window;
    window.show();
    QSignalSpy changed(window.document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(window.document(), &ProjectDocument::analysisFailed);
    QSignalSpy previewed(window.importPage(), &ImportPage::previewUpdated);
    window.openInputs({ kCustomTool });
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 30000);
    QCOMPARE(window.importPage()->mappingDialog(), nullptr);
    QCOMPARE(window.document()->analysis().import.totalsByCurrency.at(QStringLiteral("USD")),
        Micros { 20'750'000 });
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(window.importPage()->previewPanel()->formatText().startsWith(
        QStringLiteral("Cost file with columns mapped by the user")));
}

void TestGuiImport::summaryOfAnImport()
{
    Analysis analysis = sampleAnalysis();
    analysis.import.effectiveTotalsByCurrency
        = { { QStringLiteral("USD"), units(11.25) }, { QStringLiteral("GBP"), units(3) } };
    ImportSummaryPanel panel;
    panel.setAnalysis(analysis);
    QCOMPARE(panel.rowsText(), QStringLiteral("12,355"));
    QCOMPARE(panel.skippedText(), QStringLiteral("2 — the reasons are listed below"));
    QCOMPARE(panel.datesText(), QStringLiteral("1/1/25 to 3/31/25"));
    QCOMPARE(panel.resourcesText(), QStringLiteral("19"));
    // Invoiced per currency, with the FOCUS effective (amortized) cost beside it where a file has one.
    QCOMPARE(panel.totalsText(),
        QStringLiteral("EUR 1,236,668.39\nUSD 12.50 (effective, amortized: USD 11.25)\n"
                       "GBP 3.00 effective, amortized"));
    QCOMPARE(
        panel.diagnosticsTitle(), QStringLiteral("Skipped rows and other problems (2) — 5 more not listed"));
    QCOMPARE(panel.diagnosticsView()->model()->index(0, 0).data().toString(),
        QStringLiteral("costs-2025-q1.csv.gz:17:9: not a number: \"abc\""));
    QCOMPARE(panel.filesView()->model()->rowCount(), 2);
    panel.clear();
    QCOMPARE(panel.totalsText(), QStringLiteral("—"));
    QCOMPARE(panel.filesView()->model()->rowCount(), 0);
}

void TestGuiImport::progressAndCancel()
{
    ImportProgressPanel panel;
    QSignalSpy cancelRequested(&panel, &ImportProgressPanel::cancelRequested);
    panel.start();
    QVERIFY(!panel.isHidden());
    QCOMPARE(panel.bar()->maximum(), 0); // busy until the first byte count
    panel.setProgress(512 * 1024, 2 * 1024 * 1024);
    QCOMPARE(panel.bar()->value(), 250);
    QVERIFY2(panel.detailText().startsWith(QStringLiteral("512.0 KiB of 2.0 MiB")),
        qPrintable(panel.detailText()));
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancelRequested.count(), 1);
    QVERIFY(!panel.cancelButton()->isEnabled());
    panel.finish();
    QVERIFY(panel.isHidden());

    // Cancel on the page stops the running import; the page says so and shows nothing of it.
    MainWindow window;
    window.show();
    QSignalSpy cancelled(window.document(), &ProjectDocument::analysisCancelled);
    window.openDemo();
    ImportProgressPanel* progress = window.importPage()->progressPanel();
    QVERIFY(progress->isVisible());
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    QVERIFY(cancelled.wait(30000));
    QVERIFY(progress->isHidden());
    QVERIFY(!window.document()->hasAnalysis());
    QCOMPARE(window.importPage()->summaryPanel()->rowsText(), QStringLiteral("—"));
}

void TestGuiImport::droppedFilesAreOpened()
{
    MainWindow window;
    window.show();
    const QString folder = QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/partitioned");
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(kCustomTool), QUrl::fromLocalFile(folder),
        QUrl(QStringLiteral("https://example.com/not-a-file.csv")) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    // Local files and folders alike; the web address is not a local input.
    QCOMPARE(window.document()->inputs(), (QStringList { kCustomTool, folder }));
    QVERIFY(!window.isShowingStartPage());
    QTRY_VERIFY_WITH_TIMEOUT(!window.importPage()->isInspecting(), 30000);
    // The folder stands for its part files (the superseded run left out), in the engine's import order
    // (manifest parts first), each previewed on its own.
    const QComboBox* files = window.importPage()->previewPanel()->fileCombo();
    QStringList names;
    for (int i = 0; i < files->count(); ++i)
        names << files->itemText(i);
    QCOMPARE(names,
        (QStringList { QStringLiteral("part_0_0001.csv"), QStringLiteral("part_0_0002.csv"),
            QStringLiteral("custom_tool.csv"), QStringLiteral("custom.csv") }));
    // The first file that needs a column mapping is the one shown.
    QCOMPARE(files->currentText(), QStringLiteral("custom_tool.csv"));
}

CLOUDSHIFT_GUI_TEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
