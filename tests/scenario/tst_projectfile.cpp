#include "projecttestdata.h"

#include "scenario/projectfile.h"
#include "scenario/projectrecovery.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

QByteArray projectBytes(const Project& project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeProject(project, buffer);
    return buffer.data();
}

// A version 1 file: what the first project files held — one "scenario", tag keys only, no overrides.
QByteArray asVersion1(const QByteArray& version2)
{
    nlohmann::json json = nlohmann::json::parse(version2.constBegin(), version2.constEnd());
    json["schema_version"] = 1;
    json["scenario"] = json["scenarios"][0];
    json.erase("scenarios");
    json.erase("mapping_overrides");
    json["grouping"] = {{"tag_keys", {"app", "workload", "application"}}};
    const std::string text = json.dump(1);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // save → load → save gives the same bytes, and what was loaded is what was saved.
    void roundTripIsByteStable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.cloudshift"));
        const Project& original = demoProject();
        QString error;
        QVERIFY2(saveProject(original, path, &error), qPrintable(error));
        const QByteArray first = readAll(path);
        QVERIFY(first.startsWith("{\n\"format\": \"cloudshift-project\",\n\"schema_version\": 2,\n"));

        const std::optional<Project> loaded = loadProject(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->scenarios, original.scenarios);
        QCOMPARE(loaded->grouping, original.grouping);
        QCOMPARE(loaded->mappingOverrides, original.mappingOverrides);
        QCOMPARE(loaded->assumptions, original.assumptions);
        QCOMPARE(loaded->import.totalsByCurrency, original.import.totalsByCurrency);
        QCOMPARE(loaded->import.lastDate, QDate(2025, 12, 1)); // the demo is dated monthly
        QCOMPARE(loaded->import.files.size(), std::size_t(1));
        QCOMPARE(loaded->inventory->resources.size(), std::size_t(320));
        QCOMPARE(loaded->inventory->monthCount, 12);
        QCOMPARE(loaded->inventory->resources[7].totalCost, original.inventory->resources[7].totalCost);
        QCOMPARE(loaded->inventory->resources[7].meters.size(), original.inventory->resources[7].meters.size());

        const QString again = dir.filePath(QStringLiteral("again.cloudshift"));
        QVERIFY2(saveProject(*loaded, again, &error), qPrintable(error));
        QCOMPARE(readAll(again), first);
    }

    // A version 1 file opens as version 2: its one scenario becomes the list, its tag keys the rules.
    void loadsVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cloudshift"));
        QVERIFY(writeAll(path, asVersion1(projectBytes(demoProject()))));
        QString error;
        const std::optional<Project> loaded = loadProject(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->scenarios.size(), std::size_t(1));
        QCOMPARE(loaded->scenarios.front(), demoProject().scenarios.front());
        QCOMPARE(loaded->grouping,
            GroupingSettings::fromTagKeys({QStringLiteral("app"), QStringLiteral("workload"), QStringLiteral("application")}));
        QVERIFY(loaded->mappingOverrides.empty());
        QCOMPARE(loaded->inventory->resources.size(), std::size_t(320));
        // Saved again it is a version 2 file.
        QVERIFY(projectBytes(*loaded).contains("\n\"schema_version\": 2,\n"));
    }

    // A save stopped midway (a failing writer) leaves the old file as it was and no partial file.
    void interruptedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.cloudshift"));
        Project small = demoProject();
        small.scenarios.clear();
        QString error;
        QVERIFY2(saveProject(small, path, &error), qPrintable(error));
        const QByteArray before = readAll(path);

        int polls = 0;
        QVERIFY(!saveProject(demoProject(), path, &error, [&polls](qint64 written) {
            ++polls;
            return written < 20'000;
        }));
        QCOMPARE(error, path + QStringLiteral(": saving was cancelled"));
        QVERIFY(polls >= 1);
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("demo.cloudshift")});
    }

    // The same guarantee when the process dies before committing: what QSaveFile wrote never replaces
    // the project.
    void uncommittedWriteLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.cloudshift"));
        QString error;
        QVERIFY(saveProject(demoProject(), path, &error));
        const QByteArray before = readAll(path);
        {
            QSaveFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\n\"format\": \"cloudshift-project\",\n\"schema_ver");
            file.cancelWriting();
            QVERIFY(!file.commit());
        }
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("demo.cloudshift")});
    }

    void unwritablePlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/demo.cloudshift"));
        QString error;
        QVERIFY(!saveProject(demoProject(), path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot save the project: ")), qPrintable(error));
    }

    void damagedOrForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("not a CloudShift project: the file is empty");
        QTest::newRow("not json") << QByteArray("{\n\"format\": \"cloudshift-project\",\n  oops\n}")
                                  << QStringLiteral("not a CloudShift project: invalid JSON at line 3, column 3 (byte 37)");
        QTest::newRow("truncated") << QByteArray("{\n\"format\": \"cloudshift-project\",\n\"schema_version\": 2,\n\"import\": {\"fi")
                                   << QStringLiteral("not a CloudShift project: invalid JSON at line 4, column 15 (byte 70)");
        QTest::newRow("csv") << QByteArray("InvoiceSectionName,AccountName\n")
                             << QStringLiteral("not a CloudShift project: invalid JSON at line 1, column 1 (byte 1)");
        // Found by fuzz_projectfile: the parser's overflow exception escaped the loader.
        QTest::newRow("number overflow") << QByteArray("{\"format\": \"cloudshift-project\", \"schema_version\": 1e999}")
                                         << QStringLiteral("not a CloudShift project: a number in the file is out of range");
        QTest::newRow("other json") << QByteArray("{\"name\": \"Move the web tier\", \"placements\": []}")
                                    << QStringLiteral("not a CloudShift project (no \"format\": \"cloudshift-project\" marker)");
        QTest::newRow("other format") << QByteArray("{\"format\": \"drawio\"}")
                                      << QStringLiteral("not a CloudShift project (format 'drawio', expected 'cloudshift-project')");
        QTest::newRow("newer") << QByteArray("{\"format\": \"cloudshift-project\", \"schema_version\": 3}")
                               << QStringLiteral("made by a newer CloudShift (project schema version 3; this version reads up to 2)");
        QTest::newRow("no version") << QByteArray("{\"format\": \"cloudshift-project\"}")
                                    << QStringLiteral("damaged project: schema_version: missing");
        QTest::newRow("no inventory") << QByteArray("{\"format\": \"cloudshift-project\", \"schema_version\": 2, \"import\": {"
                                                    "\"files\": [], \"totals_micros\": {}, \"effective_totals_micros\": {}, "
                                                    "\"rows\": 0, \"skipped_rows\": 0, \"first_date\": \"\", \"last_date\": \"\", "
                                                    "\"issues\": [], \"issues_not_listed\": 0}}")
                                      << QStringLiteral("damaged project: inventory: missing");

        nlohmann::json json = nlohmann::json::parse(projectBytes(demoProject()).toStdString());
        json["resources"][3].erase("id");
        QTest::newRow("resource without id") << QByteArray::fromStdString(json.dump())
                                             << QStringLiteral("damaged project: resources[3].id: missing");
        json = nlohmann::json::parse(projectBytes(demoProject()).toStdString());
        json["resources"][5]["meters"][0]["cost"].erase(0);
        QTest::newRow("short series") << QByteArray::fromStdString(json.dump())
                                      << QStringLiteral("damaged project: resources[5].meters[0].cost: expected 12 whole numbers, found 11");
        json = nlohmann::json::parse(projectBytes(demoProject()).toStdString());
        json["scenarios"][1]["name"] = json["scenarios"][0]["name"];
        QTest::newRow("duplicate scenario") << QByteArray::fromStdString(json.dump())
                                            << QStringLiteral("damaged project: scenarios[1].name: 'Move the web tier' is used twice");
        json = nlohmann::json::parse(projectBytes(demoProject()).toStdString());
        json["scenarios"][0]["placements"][0]["target"] = "mars";
        QTest::newRow("bad placement") << QByteArray::fromStdString(json.dump())
                                       << QStringLiteral("damaged project: scenarios[0]: placements[0].target: 'mars' is not a "
                                                         "target (azure, aws, gcp, retire)");
    }

    // A file that is not a project, or a damaged one, opens nothing and says which file and what is wrong.
    void damagedOrForeignFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.cloudshift"));
        QVERIFY(writeAll(path, bytes));
        QString error;
        QVERIFY(!loadProject(path, &error));
        QCOMPARE(error, path + QStringLiteral(": ") + message);
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!loadProject(QStringLiteral("/nonexistent/plan.cloudshift"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/plan.cloudshift: cannot open the project: ")), qPrintable(error));
    }

    // The recovery copy sits beside the project, is found while it is newer, and goes after a save.
    void recoveryCopyBesideTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.cloudshift"));
        QString error;
        Project saved = demoProject();
        saved.scenarios.pop_back();
        QVERIFY(saveProject(saved, path, &error));
        QVERIFY(!findRecoveryCopy(path));

        QVERIFY2(writeRecoveryCopy(demoProject(), path, &error), qPrintable(error));
        QCOMPARE(recoveryPath(path), dir.filePath(QStringLiteral(".plan.cloudshift.recovery")));
        QCOMPARE(findRecoveryCopy(path), std::optional<QString>(recoveryPath(path)));
        const std::optional<Project> recovered = loadRecoveryCopy(path, &error);
        QVERIFY2(recovered, qPrintable(error));
        QCOMPARE(recovered->scenarios, demoProject().scenarios);

        QVERIFY(discardRecoveryCopy(path));
        QVERIFY(!QFileInfo::exists(recoveryPath(path)));
        QVERIFY(!loadRecoveryCopy(path, &error));
        QCOMPARE(error, path + QStringLiteral(": no recovery copy"));
    }

    // A project never saved keeps its recovery copy in the directory the GUI gives.
    void recoveryCopyOfAnUntitledProject()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(writeRecoveryCopy(demoProject(), QString(), &error, dir.path()));
        QCOMPARE(findRecoveryCopy(QString(), dir.path()),
            std::optional<QString>(dir.filePath(QStringLiteral("untitled.cloudshift.recovery"))));
        QVERIFY(loadRecoveryCopy(QString(), &error, dir.path()));
        QVERIFY(discardRecoveryCopy(QString(), dir.path()));
        QVERIFY(!findRecoveryCopy(QString(), dir.path()));
    }

    // An old recovery copy (older than the project saved since) is not offered.
    void staleRecoveryCopyIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.cloudshift"));
        QString error;
        QVERIFY(writeRecoveryCopy(demoProject(), path, &error));
        QVERIFY(saveProject(demoProject(), path, &error));
        QFile recovery(recoveryPath(path));
        QVERIFY(recovery.open(QIODevice::ReadWrite));
        QVERIFY(recovery.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        recovery.close();
        QVERIFY(!findRecoveryCopy(path));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
