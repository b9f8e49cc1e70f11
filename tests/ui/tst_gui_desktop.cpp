// Desktop integration, headless: the first-run start page and its actions, the About dialog's
// content (version, Qt, catalog date, attributions), the standard shortcuts, the theme (applied and
// remembered), the window geometry kept in the settings, and the application icon at high-DPI scale
// factors.
#include "catalog/catalog.h"
#include "commands/projectdocument.h"
#include "desktop/appicon.h"
#include "desktop/theme.h"
#include "desktop/thememenu.h"
#include "dialogs/aboutdialog.h"
#include "guitestmain.h"
#include "latency/latencydata.h"
#include "mainwindow.h"
#include "models/catalogsourcesmodel.h"
#include "pages/importpage.h"
#include "pages/overviewpage.h"
#include "pages/startpage.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace cloudshift;

class TestGuiDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startPageOnFirstRun();
    void startPageSignals();
    void startPageOpensTheDemo();
    void aboutDialog();
    void standardShortcuts_data();
    void standardShortcuts();
    void themeIsAppliedAndRemembered();
    void geometryIsRemembered();
    void highDpiIcon();
};

void TestGuiDesktop::init()
{
    QSettings().clear(); // every test is a first run
}

void TestGuiDesktop::cleanup()
{
    applyTheme(Theme::System);
}

void TestGuiDesktop::startPageOnFirstRun()
{
    MainWindow window;
    window.show();
    QVERIFY(window.isShowingStartPage());
    StartPage* start = window.startPage();
    QCOMPARE(start->demoButton()->text(), QStringLiteral("Open the demo"));
    QCOMPARE(start->importButton()->text(), QStringLiteral("Import exports…"));
    QCOMPARE(start->projectButton()->text(), QStringLiteral("Open a project…"));
    QVERIFY(start->demoButton()->isEnabled());
    QVERIFY(start->importButton()->isEnabled());
    QVERIFY(start->projectButton()->isEnabled());
    QVERIFY(start->recentLabel()->isHidden()); // nothing opened before
}

void TestGuiDesktop::startPageSignals()
{
    StartPage start;
    start.show();
    QSignalSpy demo(&start, &StartPage::openDemoRequested);
    QSignalSpy import(&start, &StartPage::importRequested);
    QSignalSpy recent(&start, &StartPage::openRecentRequested);
    QSignalSpy project(&start, &StartPage::openProjectRequested);
    QTest::mouseClick(start.demoButton(), Qt::LeftButton);
    QTest::mouseClick(start.importButton(), Qt::LeftButton);
    QTest::mouseClick(start.projectButton(), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QCOMPARE(import.count(), 1);
    QCOMPARE(project.count(), 1);

    const QStringList pair { QStringLiteral("/data/a.csv"), QStringLiteral("/data/b.csv") };
    start.setRecentEntries({ { QStringLiteral("/data/costs.csv") }, pair });
    QVERIFY(start.recentLabel()->isVisible());
    QVERIFY(start.recentLabel()->text().contains(QStringLiteral(">a.csv and 1 more</a>")));
    Q_EMIT start.recentLabel()->linkActivated(QStringLiteral("1"));
    QCOMPARE(recent.count(), 1);
    QCOMPARE(recent.constFirst().constFirst().toStringList(), pair);
}

void TestGuiDesktop::startPageOpensTheDemo()
{
    MainWindow window;
    window.show();
    QSignalSpy changed(window.document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(window.document(), &ProjectDocument::analysisFailed);
    QTest::mouseClick(window.startPage()->demoButton(), Qt::LeftButton);
    QCOMPARE(window.document()->inputs(), QStringList { demoExportPath() });
    QVERIFY(!window.isShowingStartPage());
    // The import page shows the preview and progress, then the overview comes forward.
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.importPage()));
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.overviewPage()));
    // The demo is not a file the user chose, so it does not join the recent list.
    QVERIFY(window.startPage()->recentLabel()->isHidden());
}

void TestGuiDesktop::aboutDialog()
{
    const Catalog& catalog = Catalog::embedded();
    QVERIFY(!catalog.catalogDate().isEmpty());
    MainWindow window;
    window.show();
    QAction* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->versionText(), QStringLiteral("CloudShift " CLOUDSHIFT_VERSION));
    QCOMPARE(dialog->qtText(),
        QStringLiteral("Qt %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(dialog->catalogText(), QStringLiteral("Prices as of ") + catalog.catalogDate());
    // Attributions: every catalog source, then every measured latency table, with its licence.
    const QAbstractItemModel* sources = dialog->sourcesView()->model();
    const std::vector<MeasuredTable>& latencyTables = LatencyData::embedded().tables();
    QVERIFY(!latencyTables.empty());
    const int catalogRows = int(catalog.sources().size());
    QCOMPARE(sources->rowCount(), catalogRows + int(latencyTables.size()));
    QStringList titles;
    for (int row = 0; row < sources->rowCount(); ++row)
        titles << sources->index(row, CatalogSourcesModel::Title).data().toString();
    QVERIFY(titles.contains(catalog.sources().front().title));
    QCOMPARE(
        sources->index(0, CatalogSourcesModel::Licence).data().toString(), catalog.sources().front().licence);
    for (int i = 0; i < int(latencyTables.size()); ++i) {
        const MeasuredTable& table = latencyTables[std::size_t(i)];
        QCOMPARE(sources->index(catalogRows + i, CatalogSourcesModel::Title).data().toString(), table.title);
        QCOMPARE(
            sources->index(catalogRows + i, CatalogSourcesModel::Licence).data().toString(), table.licence);
        QCOMPARE(
            sources->index(catalogRows + i, CatalogSourcesModel::Upstream).data().toString(), table.upstream);
    }
    // The Azure round-trip table is CC BY 4.0, the licence that makes this list necessary.
    const QModelIndexList azure = sources->match(sources->index(0, CatalogSourcesModel::Title),
        Qt::DisplayRole, QStringLiteral("Azure inter-region round trip"), 1, Qt::MatchStartsWith);
    QCOMPARE(azure.size(), 1);
    QCOMPARE(azure.constFirst().siblingAtColumn(CatalogSourcesModel::Licence).data().toString(),
        QStringLiteral("CC-BY-4.0"));
    dialog->close();
}

void TestGuiDesktop::standardShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("open") << QStringLiteral("importAction") << QKeySequence(Qt::CTRL | Qt::Key_O) << true;
    QTest::newRow("save") << QStringLiteral("saveAction") << QKeySequence(Qt::CTRL | Qt::Key_S) << false;
    QTest::newRow("open project") << QStringLiteral("openProjectAction") << QKeySequence() << true;
    QTest::newRow("undo") << QStringLiteral("undoAction") << QKeySequence(Qt::CTRL | Qt::Key_Z) << false;
    QTest::newRow("redo") << QStringLiteral("redoAction") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)
                          << false;
    QTest::newRow("find") << QStringLiteral("findAction") << QKeySequence(Qt::CTRL | Qt::Key_F) << true;
    QTest::newRow("full screen") << QStringLiteral("fullScreenAction") << QKeySequence(Qt::Key_F11) << true;
    QTest::newRow("quit") << QStringLiteral("quitAction") << QKeySequence(Qt::CTRL | Qt::Key_Q) << true;
}

void TestGuiDesktop::standardShortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    QFETCH(bool, enabled);
    MainWindow window;
    const QAction* found = window.findChild<QAction*>(action);
    QVERIFY(found);
    if (shortcut.isEmpty())
        QVERIFY(found->shortcuts().isEmpty());
    else
        QVERIFY2(found->shortcuts().contains(shortcut), qPrintable(found->shortcut().toString()));
    // Undo and redo wait for an edit; save for something to save.
    QCOMPARE(found->isEnabled(), enabled);
}

void TestGuiDesktop::themeIsAppliedAndRemembered()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    {
        MainWindow window;
        ThemeMenu* menu = window.themeMenu();
        QCOMPARE(menu->currentTheme(), Theme::System);
        menu->action(Theme::Dark)->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window),
            themePalette(Theme::Dark).color(QPalette::Window));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 64);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    }
    // The next window starts with the remembered choice.
    MainWindow window;
    QCOMPARE(window.themeMenu()->currentTheme(), Theme::Dark);
    QVERIFY(window.themeMenu()->action(Theme::Dark)->isChecked());
    window.themeMenu()->action(Theme::Light)->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    // System gives the desktop its palette back.
    window.themeMenu()->action(Theme::System)->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(AppSettings::theme(), Theme::System);
    QCOMPARE(themeFromId(QStringLiteral("nonsense")), Theme::System);
}

void TestGuiDesktop::geometryIsRemembered()
{
    {
        MainWindow window;
        window.show();
        window.resize(900, 640);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    MainWindow window;
    QCOMPARE(window.size(), QSize(900, 640));
}

void TestGuiDesktop::highDpiIcon()
{
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    // Drawn at the device's pixel size: a 48 px icon on a 2× screen has 96 device pixels, not a blur of 48.
    const QPixmap sharp = icon.pixmap(QSize(48, 48), 2.0);
    QCOMPARE(sharp.size(), QSize(96, 96));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    QCOMPARE(icon.pixmap(QSize(16, 16), 1.0).size(), QSize(16, 16));
}

CLOUDSHIFT_GUI_TEST_MAIN(TestGuiDesktop)
#include "tst_gui_desktop.moc"
