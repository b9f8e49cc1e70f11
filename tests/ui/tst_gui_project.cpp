// Projects from the window: save, reopen with the scenarios and figures as they were, the modified
// marker, the recovery copy; and grouping edits (rules, a resource moved by hand) as undo steps.
#include "commands/projectdocument.h"
#include "commands/scenarioset.h"
#include "commands/setgroupingcommand.h"
#include "commands/setplacementscommand.h"
#include "dialogs/groupingrulesdialog.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "models/groupingrulesmodel.h"
#include "pages/scenariopage.h"
#include "projectfileactions.h"
#include "samplescenarios.h"
#include "scenario/projectrecovery.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cloudshift;

class TestGuiProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndReopen();
    void recoveryCopy();
    void groupingRulesModel();
    void groupingDialogAndManualMove();

private:
    static void openDemo(MainWindow& window);
    static void waitForAnalysis(ProjectDocument* document, int emissions = 1);
    /// A user scenario moving one workload to AWS: two undo steps.
    static void editScenario(MainWindow& window);
};

void TestGuiProject::openDemo(MainWindow& window)
{
    QSignalSpy changed(window.document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(window.document(), &ProjectDocument::analysisFailed);
    window.openDemo();
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
}

void TestGuiProject::waitForAnalysis(ProjectDocument* document, int emissions)
{
    QSignalSpy changed(document, &ProjectDocument::analysisChanged);
    QSignalSpy failed(document, &ProjectDocument::analysisFailed);
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, emissions);
}

void TestGuiProject::editScenario(MainWindow& window)
{
    window.scenarioPage()->duplicateScenario();
    ScenarioSet* set = window.document()->scenarios();
    const QString workload = set->input().rates.front().workload;
    PlacementEdit edit;
    edit.target = Target::Aws;
    edit.pricing = PricingModel::SavingsPlan3y;
    window.document()->undoStack()->push(new SetPlacementsCommand(set, set->currentId(), { workload }, edit));
}

void TestGuiProject::saveAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cloudshift"));
    std::vector<Scenario> saved;
    QList<qint64> figures;
    {
        MainWindow window;
        window.fileActions()->setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(!window.fileActions()->saveAction()->isEnabled());
        openDemo(window);
        QVERIFY(window.fileActions()->saveAction()->isEnabled());
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — CloudShift"));
        QVERIFY(!window.isWindowModified());
        editScenario(window);
        QVERIFY(window.isWindowModified());

        QVERIFY(window.fileActions()->saveAs(path));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(window.document()->undoStack()->isClean());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("plan.cloudshift[*] — CloudShift"));
        saved = window.document()->scenarios()->userScenarios();
        figures = figuresOf(window.document()->scenarios()->result(2));
        // Undo after saving makes the document differ from the file again.
        window.document()->undoStack()->undo();
        QVERIFY(window.isWindowModified());
    }
    QCOMPARE(saved.size(), std::size_t { 1 });

    MainWindow reopened;
    QString error;
    QSignalSpy changed(reopened.document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(reopened.document(), &ProjectDocument::analysisFailed);
    QVERIFY2(reopened.fileActions()->openFile(path, false, &error), qPrintable(error));
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    QCOMPARE(reopened.document()->projectPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(reopened.document()->inputs().isEmpty()); // planned from the file alone
    ScenarioSet* set = reopened.document()->scenarios();
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->userScenarios(), saved);
    QCOMPARE(figuresOf(set->result(2)), figures);
    QVERIFY(reopened.document()->undoStack()->isClean());
    QCOMPARE(reopened.windowTitle(), QStringLiteral("plan.cloudshift[*] — CloudShift"));
}

void TestGuiProject::recoveryCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cloudshift"));
    std::vector<Scenario> unsaved;
    {
        MainWindow window;
        openDemo(window);
        QVERIFY(window.fileActions()->saveAs(path));
        QVERIFY(!window.fileActions()->writeRecoveryCopyNow()); // nothing unsaved: no copy
        QVERIFY(!findRecoveryCopy(path));
        editScenario(window);
        QVERIFY(window.fileActions()->writeRecoveryCopyNow());
        QVERIFY(findRecoveryCopy(path));
        unsaved = window.document()->scenarios()->userScenarios();
        // The window goes away without closing normally, as in a crash: the copy stays.
    }
    MainWindow recovered;
    QString error;
    QSignalSpy changed(recovered.document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(recovered.document(), &ProjectDocument::analysisFailed);
    QVERIFY2(recovered.fileActions()->openFile(path, true, &error), qPrintable(error));
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    QCOMPARE(recovered.document()->scenarios()->userScenarios(), unsaved);
    // What was recovered is not in the file yet.
    QVERIFY(!recovered.document()->undoStack()->isClean());
    QVERIFY(recovered.isWindowModified());
    QVERIFY(recovered.fileActions()->save());
    QVERIFY(!findRecoveryCopy(path));
}

void TestGuiProject::groupingRulesModel()
{
    GroupingRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules(GroupingSettings::fromTagKeys({ QStringLiteral("app"), QStringLiteral("team") }).rules);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, GroupingRulesModel::Kind).data().toString(), QStringLiteral("Tag"));
    QCOMPARE(model.index(1, GroupingRulesModel::Pattern).data().toString(), QStringLiteral("team"));
    QVERIFY(!(model.flags(model.index(0, GroupingRulesModel::Syntax)) & Qt::ItemIsEditable));
    const int added = model.addRule();
    QVERIFY(model.setData(
        model.index(added, GroupingRulesModel::Kind), static_cast<int>(GroupingRule::Kind::NamePattern)));
    QVERIFY(model.setData(model.index(added, GroupingRulesModel::Pattern), QStringLiteral(" web-* ")));
    QVERIFY(model.setData(model.index(added, GroupingRulesModel::Workload), QStringLiteral("web")));
    QCOMPARE(model.index(added, GroupingRulesModel::Syntax).data().toString(), QStringLiteral("Wildcard"));
    QVERIFY(model.moveRule(added, -1));
    QVERIFY(model.moveRule(1, -1));
    QVERIFY(!model.moveRule(0, -1));
    QCOMPARE(model.rules().front(),
        (GroupingRule { GroupingRule::Kind::NamePattern, QStringLiteral("web-*"),
            GroupingRule::Syntax::Wildcard, QStringLiteral("web") }));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    model.removeRule(0);
    QCOMPARE(model.rowCount(), 2);
}

void TestGuiProject::groupingDialogAndManualMove()
{
    MainWindow window;
    openDemo(window);
    ProjectDocument* document = window.document();
    const ResourcePlanRow resource = document->analysis().plan.resources.front();
    const int workloads = document->analysis().workloadCount;

    // A resource moved by hand into a new workload: one step, re-planned without reading the export.
    document->undoStack()->push(SetGroupingCommand::moveResource(
        document, resource.resourceId, resource.resourceName, QStringLiteral("moved")));
    QCOMPARE(document->undoStack()->undoText(),
        QStringLiteral("Move %1 to workload moved").arg(resource.resourceName));
    QVERIFY(document->isAnalysing());
    waitForAnalysis(document);
    const auto& resources = document->analysis().plan.resources;
    const auto found = std::find_if(resources.cbegin(), resources.cend(),
        [&resource](const ResourcePlanRow& r) { return r.resourceId == resource.resourceId; });
    QVERIFY(found != resources.cend());
    QCOMPARE(found->workload, QStringLiteral("moved"));
    QCOMPARE(document->analysis().workloadCount, workloads + 1);
    QCOMPARE(document->scenarios()->input().rates.size(), std::size_t(workloads + 1));

    document->undoStack()->undo();
    waitForAnalysis(document);
    QCOMPARE(document->analysis().workloadCount, workloads);
    QVERIFY(document->grouping().manualMoves.empty());

    // The dialog: a rule at the top naming everything in one workload; accepting is one step.
    GroupingRulesDialog dialog(document);
    const int row = dialog.rulesModel()->addRule();
    dialog.rulesModel()->setData(dialog.rulesModel()->index(row, GroupingRulesModel::Kind),
        static_cast<int>(GroupingRule::Kind::Subscription));
    dialog.rulesModel()->setData(
        dialog.rulesModel()->index(row, GroupingRulesModel::Workload), QStringLiteral("all"));
    for (int r = row; r > 0; --r)
        QVERIFY(dialog.rulesModel()->moveRule(r, -1));
    QCOMPARE(dialog.rulesModel()->rules().front().workload, QStringLiteral("all"));
    const int steps = document->undoStack()->index(); // the move undone above is dropped by the push
    dialog.accept();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    waitForAnalysis(document);
    QCOMPARE(document->analysis().workloadCount, 1);
    document->undoStack()->undo();
    waitForAnalysis(document);
    QCOMPARE(document->analysis().workloadCount, workloads);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestGuiProject)
#include "tst_gui_project.moc"
