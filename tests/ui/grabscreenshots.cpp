// Writes the documentation screenshots from the real window, headless: the overview on the bundled demo
// (main-window.png), the import page with the demo's preview (import-page.png), the Charts page in the
// light and the dark theme (charts-page.png, charts-page-dark.png), the presentation mode
// (presentation.png) and every chart as exported (chart-<id>.png).
//   cloudshift_screenshots <output folder>
#include "charts/chartset.h"
#include "commands/projectdocument.h"
#include "desktop/theme.h"
#include "mainwindow.h"
#include "models/exportpreviewmodel.h"
#include "pages/chartspage.h"
#include "pages/exportpreviewpanel.h"
#include "pages/importpage.h"
#include "pages/overviewpage.h"
#include "pages/presentationwindow.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace cloudshift;

namespace {

// Runs the event loop until `signal` of `sender` fires, or fails after two minutes.
template <typename Sender, typename Signal> bool waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

bool save(QWidget* widget, const QString& path)
{
    QApplication::processEvents(); // let layouts and the chart settle before grabbing
    const bool saved = widget->grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true); // the user's settings are neither read nor written
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CloudShiftScreenshots"));
    const QStringList arguments = QApplication::arguments();
    const QDir out(arguments.size() > 1 ? arguments.at(1) : QStringLiteral("."));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openDemo();
    if (!waitFor(window.document(), &ProjectDocument::analysisChanged)) {
        std::fprintf(stderr, "the demo analysis did not finish\n");
        return 1;
    }
    if (window.importPage()->isInspecting())
        waitFor(window.importPage(), &ImportPage::previewUpdated);
    window.tabs()->setCurrentWidget(window.overviewPage());
    bool ok = save(&window, out.filePath(QStringLiteral("main-window.png")));
    window.tabs()->setCurrentWidget(window.importPage());
    // Bring the columns CloudShift reads the figures from into view, with their roles in the headers.
    QTableView* preview = window.importPage()->previewPanel()->table();
    for (int column = 0; column < preview->model()->columnCount(); ++column) {
        if (preview->model()->headerData(column, Qt::Horizontal, ExportPreviewModel::FieldRole).toString()
            == u"unit") {
            preview->horizontalScrollBar()->setValue(preview->horizontalHeader()->sectionPosition(column));
            break;
        }
    }
    ok = save(&window, out.filePath(QStringLiteral("import-page.png"))) && ok;

    window.tabs()->setCurrentWidget(window.chartsPage());
    window.chartsPage()->setCurrentChart(ChartSet::Chart::MonthlyCost);
    ok = save(&window, out.filePath(QStringLiteral("charts-page.png"))) && ok;
    PresentationWindow* presentation = window.chartsPage()->present();
    presentation->showNormal(); // the offscreen screen is small; a fixed size makes a stable picture
    presentation->resize(1600, 900);
    presentation->showPage(static_cast<int>(ChartSet::all().indexOf(ChartSet::Chart::CashFlow)));
    ok = save(presentation, out.filePath(QStringLiteral("presentation.png"))) && ok;
    presentation->close();
    applyTheme(Theme::Dark);
    window.chartsPage()->setCurrentChart(ChartSet::Chart::RiskSavings);
    ok = save(&window, out.filePath(QStringLiteral("charts-page-dark.png"))) && ok;
    applyTheme(Theme::System);

    for (const QString& id : ChartSet::ids()) {
        const QString path = out.filePath(QStringLiteral("chart-%1.png").arg(id));
        QString error;
        const bool written = writeReport(window.document()->analysis(), path, &error, QSize(1400, 800), id);
        std::fprintf(
            written ? stdout : stderr, "%s %s\n", written ? "wrote" : qPrintable(error), qPrintable(path));
        ok = written && ok;
    }
    return ok ? 0 : 1;
}
