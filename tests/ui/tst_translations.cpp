// The user interface's language: the German translation embedded in the binary, chosen from the
// system's preferred languages or from --lang, the main window built with it, Qt's own German for
// standard buttons, and English whenever no translation is installed.
#include "desktop/translations.h"
#include "dialogs/aboutdialog.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "pages/chartspage.h"
#include "pages/comparepage.h"
#include "pages/importpage.h"
#include "pages/mappingpage.h"
#include "pages/overviewpage.h"
#include "pages/resourcespage.h"
#include "pages/scenariopage.h"
#include "pages/startpage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace cloudshift;
using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

// The main pages' tab titles, found by page so that a tab added elsewhere does not matter.
QStringList tabTitles(const MainWindow& window)
{
    QStringList titles;
    const QList<QWidget*> pages { window.overviewPage(), window.resourcesPage(),
        window.findChild<MappingPage*>(), window.scenarioPage(), window.comparePage(), window.chartsPage(),
        window.importPage() };
    for (QWidget* page : pages)
        titles << window.tabs()->tabText(window.tabs()->indexOf(page));
    return titles;
}

const QStringList kEnglishMenus { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
    QStringLiteral("&Help") };
const QStringList kEnglishTabs { QStringLiteral("&Overview"), QStringLiteral("&Resources"),
    QStringLiteral("&Mapping"), QStringLiteral("&Scenarios"), QStringLiteral("&Compare"),
    QStringLiteral("C&harts"), QStringLiteral("&Import") };

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsEmbedded();
    void languageChoice_data();
    void languageChoice();
    void englishByDefault();
    void mainWindowInGerman();
    void unfinishedStringsStayEnglish();
    void translatorLeavesWithTheObject();
    void qtStandardButtonsInGerman();
    void languageOption_data();
    void languageOption();
};

void TestTranslations::germanIsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/cloudshift_de.qm")));
    QCOMPARE(Translations::embeddedLanguages(), QStringList { QStringLiteral("de") });
}

void TestTranslations::languageChoice_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("language");

    QTest::newRow("German (Germany)")
        << QStringList { QStringLiteral("de-DE"), QStringLiteral("de") } << u"de"_s;
    QTest::newRow("German (Austria) alone") << QStringList { QStringLiteral("de-AT") } << u"de"_s;
    QTest::newRow("French first, then Swiss German")
        << QStringList { QStringLiteral("fr-FR"), QStringLiteral("de-CH") } << u"de"_s;
    QTest::newRow("English before German")
        << QStringList { QStringLiteral("en-US"), QStringLiteral("de-DE") } << u"en"_s;
    QTest::newRow("British English, then German")
        << QStringList { QStringLiteral("en-GB"), QStringLiteral("de") } << u"en"_s;
    QTest::newRow("French only") << QStringList { QStringLiteral("fr-FR"), QStringLiteral("fr") } << u"en"_s;
    QTest::newRow("none") << QStringList {} << u"en"_s;
}

void TestTranslations::languageChoice()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, language);
    const Translations translations(uiLanguages);
    QCOMPARE(translations.language(), language);
    // English is the source language: nothing is installed for it, Qt's catalogue included.
    if (language == u"en")
        QVERIFY(!translations.hasQtTranslation());
}

void TestTranslations::englishByDefault()
{
    MainWindow window;
    QCOMPARE(menuTitles(window), kEnglishMenus);
    QCOMPARE(tabTitles(window), kEnglishTabs);
    QCOMPARE(window.startPage()->demoButton()->text(), QStringLiteral("Open the demo"));
}

void TestTranslations::mainWindowInGerman()
{
    const Translations translations({ QStringLiteral("de-DE"), QStringLiteral("de") });
    QCOMPARE(translations.language(), QStringLiteral("de"));
    MainWindow window;
    window.show();
    QCOMPARE(menuTitles(window),
        (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
            QStringLiteral("&Hilfe") }));
    QCOMPARE(tabTitles(window),
        (QStringList { QStringLiteral("&Übersicht"), QStringLiteral("&Ressourcen"),
            QStringLiteral("&Zuordnung"), QStringLiteral("&Szenarien"), QStringLiteral("&Vergleich"),
            QStringLiteral("Dia&gramme"), QStringLiteral("&Import") }));
    QMenu* file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QCOMPARE(file->actions().constFirst()->text(), QStringLiteral("Exporte &importieren…"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("quitAction"))->text(), QStringLiteral("&Beenden"));
    QCOMPARE(window.startPage()->demoButton()->text(), QStringLiteral("Demo öffnen"));
    QCOMPARE(window.startPage()->importButton()->text(), QStringLiteral("Exporte importieren…"));
    QCOMPARE(window.startPage()->projectButton()->text(), QStringLiteral("Projekt öffnen…"));

    AboutDialog* about = window.showAbout();
    QCOMPARE(about->windowTitle(), QStringLiteral("Über CloudShift"));
    QVERIFY(about->catalogText().startsWith(QStringLiteral("Preisstand ")));
    about->close();
}

void TestTranslations::unfinishedStringsStayEnglish()
{
    // lrelease leaves out what the .ts marks unfinished: such texts show in English, not empty.
    const Translations translations({ QStringLiteral("de") });
    QCOMPARE(QCoreApplication::translate("PdfPages", "%1 · page %2").arg(u"Report"_s, u"3"_s),
        QStringLiteral("Report · page 3"));
    QCOMPARE(QCoreApplication::translate("cloudshift::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestTranslations::translatorLeavesWithTheObject()
{
    {
        const Translations translations({ QStringLiteral("de") });
        QCOMPARE(QCoreApplication::translate("cloudshift::MainWindow", "&Help"), QStringLiteral("&Hilfe"));
    }
    QCOMPARE(QCoreApplication::translate("cloudshift::MainWindow", "&Help"), QStringLiteral("&Help"));
    MainWindow window;
    QCOMPARE(menuTitles(window), kEnglishMenus);
}

void TestTranslations::qtStandardButtonsInGerman()
{
    const QString qtCatalogue
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtCatalogue))
        QSKIP("Qt's German catalogue is not installed (Debian: qt6-translations-l10n)");
    const Translations translations({ QStringLiteral("de") });
    QVERIFY(translations.hasQtTranslation());
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
}

void TestTranslations::languageOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("rest");

    const QString program = QStringLiteral("cloudshift");
    QTest::newRow("separate value") << QStringList { program, u"--lang"_s, u"de"_s } << u"de"_s
                                    << QStringList { program };
    QTest::newRow("joined value, then a file") << QStringList { program, u"--lang=de"_s, u"open"_s,
        u":demo"_s } << u"de"_s << QStringList { program, u"open"_s, u":demo"_s };
    QTest::newRow("after the files") << QStringList { program, u"a.cloudshift"_s, u"--lang"_s, u"en"_s }
                                     << u"en"_s << QStringList { program, u"a.cloudshift"_s };
    QTest::newRow("without a value") << QStringList { program, u"--lang"_s } << QString()
                                     << QStringList { program };
    QTest::newRow("absent") << QStringList { program, u"report"_s, u":demo"_s } << QString()
                            << QStringList { program, u"report"_s, u":demo"_s };
}

void TestTranslations::languageOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QStringList, rest);
    QCOMPARE(Translations::takeLanguageOption(arguments), language);
    QCOMPARE(arguments, rest);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
