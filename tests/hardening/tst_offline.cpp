// CloudShift never talks to the network: the executable links no networking library and the import,
// plan and report verbs work the same inside a network namespace that has no network at all.
#include "elfdynamic.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& command)
{
    QProcess process;
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(300'000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

// Where the dynamic loader would find a library: Qt's own folder first, then the system's.
QString resolveLibrary(const QString& name)
{
    const QStringList folders{QLibraryInfo::path(QLibraryInfo::LibrariesPath), QStringLiteral("/lib/x86_64-linux-gnu"),
        QStringLiteral("/usr/lib/x86_64-linux-gnu"), QStringLiteral("/lib64"), QStringLiteral("/usr/lib64"),
        QStringLiteral("/lib"), QStringLiteral("/usr/lib")};
    for (const QString& folder : folders) {
        const QString path = QDir(folder).filePath(name);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every library the executable loads, directly or through another library, and none is Qt Network.
    void linksNoNetworkLibrary()
    {
        const ElfDynamic exe = readElfDynamic(QStringLiteral(CLOUDSHIFT_EXE));
        QVERIFY2(exe.ok, CLOUDSHIFT_EXE " is not a readable 64-bit ELF file");
        QVERIFY2(exe.needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(exe.needed.join(u' ')));
        QVERIFY2(exe.needed.contains(QStringLiteral("libQt6Widgets.so.6")), qPrintable(exe.needed.join(u' ')));

        QSet<QString> seen;
        QStringList pending = exe.needed;
        int resolved = 0;
        while (!pending.isEmpty()) {
            const QString name = pending.takeFirst();
            if (seen.contains(name))
                continue;
            seen.insert(name);
            QVERIFY2(!name.startsWith(QStringLiteral("libQt6Network")), qPrintable(name + QStringLiteral(" is loaded")));
            const QString path = resolveLibrary(name);
            if (path.isEmpty())
                continue;
            const ElfDynamic library = readElfDynamic(path);
            QVERIFY2(library.ok, qPrintable(path));
            ++resolved;
            pending += library.needed;
        }
        // The walk really went through Qt's libraries (Widgets needs Gui, Gui needs Core).
        QVERIFY2(seen.contains(QStringLiteral("libQt6Gui.so.6")), qPrintable(QStringList(seen.values()).join(u' ')));
        QVERIFY(resolved >= 3);
    }

    // The executable's own code calls no socket function: any network access would have to come through
    // one of these imports.
    void importsNoSocketFunction()
    {
        const ElfDynamic exe = readElfDynamic(QStringLiteral(CLOUDSHIFT_EXE));
        QVERIFY(exe.ok);
        QVERIFY2(exe.importedSymbols.size() > 100, "the dynamic symbol table was not read");
        for (const char* name : {"socket", "connect", "bind", "listen", "sendto", "getaddrinfo", "gethostbyname"})
            QVERIFY2(!exe.importedSymbols.contains(QLatin1String(name)), name);
    }

    // import, plan and report on the bundled demo inside a network namespace with no interface but a
    // loopback that is down: the same output as with a network.
    void worksWithoutNetwork()
    {
        QStringList prefix;
        if (geteuid() == 0)
            prefix = {QStringLiteral("unshare"), QStringLiteral("-n")};
        else if (run({QStringLiteral("unshare"), QStringLiteral("-rn"), QStringLiteral("true")}).exitCode == 0)
            prefix = {QStringLiteral("unshare"), QStringLiteral("-rn")};
        else
            QSKIP("cannot make a network namespace: not root and unprivileged user namespaces are off "
                  "(kernel.unprivileged_userns_clone=0); run as root to test offline use");
        const Run probe = run(prefix + QStringList{QStringLiteral("cat"), QStringLiteral("/proc/self/net/dev")});
        QVERIFY2(probe.exitCode == 0, probe.err.constData());
        QStringList interfaces;
        for (const QByteArray& line : probe.out.split('\n').mid(2)) {
            if (const qsizetype colon = line.indexOf(':'); colon > 0)
                interfaces << QString::fromLatin1(line.left(colon).trimmed());
        }
        QCOMPARE(interfaces, QStringList{QStringLiteral("lo")});

        const QString exe = QStringLiteral(CLOUDSHIFT_EXE);
        for (const QStringList& verb : {QStringList{QStringLiteral("import"), QStringLiteral(":demo")},
                 QStringList{QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--json")},
                 QStringList{QStringLiteral("plan"), QStringLiteral(":demo")},
                 QStringList{QStringLiteral("plan"), QStringLiteral(":demo"), QStringLiteral("--json")}}) {
            const Run online = run(QStringList{exe} + verb);
            const Run offline = run(prefix + QStringList{exe} + verb);
            QCOMPARE(offline.exitCode, 0);
            QCOMPARE(offline.out, online.out);
            QCOMPARE(offline.err, online.err);
        }
        const Run imported = run(prefix + QStringList{exe, QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--json")});
        const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(summary[QStringLiteral("resources")].toInt(), 320);
        QCOMPARE(summary[QStringLiteral("rows")].toInt(), 5095);

        QTemporaryDir dir;
        for (const QString& name : {QStringLiteral("demo.pdf"), QStringLiteral("demo.csv")}) {
            const QString path = dir.filePath(name);
            const Run report = run(prefix + QStringList{exe, QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--out"), path});
            QVERIFY2(report.exitCode == 0, report.err.constData());
            QCOMPARE(report.out, QByteArray("wrote ") + QFileInfo(path).absoluteFilePath().toUtf8() + '\n');
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(64);
            QVERIFY2(head.startsWith(name.endsWith(u".pdf") ? "%PDF-" : "BilledCost,EffectiveCost,BillingCurrency"),
                head.constData());
        }
    }
};

QTEST_APPLESS_MAIN(TestOffline)
#include "tst_offline.moc"
