#include "billing/jsoncells.h"

#include <QTest>

using namespace cloudshift;

using Tags = std::vector<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(Tags)

namespace {

Tags tagsOf(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    Tags tags;
    for (const auto& [key, value] : pairs)
        tags.emplace_back(QString::fromUtf8(key), QString::fromUtf8(value));
    return tags;
}

Tags kept(const char* text) { return Tags{{QString(), QString::fromUtf8(text)}}; }

struct Case
{
    const char* name;
    const char* cell;
    Tags expected;
};

// Plain ASCII pairs are read directly, everything else by the JSON parser: both give a JSON object's
// view of the cell (keys in order, the last of a repeated key wins, keys trimmed), and a cell that is
// no JSON object at all is kept whole under an empty key.
std::vector<Case> cases()
{
    return {
        {"ea, no braces", R"("env": "prod","app": "shop")", tagsOf({{"app", "shop"}, {"env", "prod"}})},
        {"braces, spaces", "  {\"b\":\"2\" , \"a\" :\"1\"}\t", tagsOf({{"a", "1"}, {"b", "2"}})},
        {"repeated key", R"("b":"1","a":"2","b":"3","A":"4")", tagsOf({{"A", "4"}, {"a", "2"}, {"b", "3"}})},
        {"key trimmed", R"(" cost center ":"42")", tagsOf({{"cost center", "42"}})},
        {"empty value", R"("owner":"")", tagsOf({{"owner", ""}})},
        {"empty braces spaced", "{ }", Tags{}},
        {"newlines between", "\"a\":\"1\",\n\"b\":\"2\"", tagsOf({{"a", "1"}, {"b", "2"}})},
        {"escaped quote", R"("note":"say \"hi\"")", tagsOf({{"note", "say \"hi\""}})},
        {"utf-8", R"("Kostenstelle":"Büro")", tagsOf({{"Kostenstelle", "Büro"}})},
        {"integer", R"("n":5,"m":"6")", tagsOf({{"m", "6"}, {"n", "5"}})},
        {"number and null", R"("n":5,"z":null)", tagsOf({{"n", "5"}, {"z", ""}})},
        {"fraction and sign", R"("a":-1,"b":2.50)", tagsOf({{"a", "-1"}, {"b", "2.5"}})},
        {"trailing comma", R"("a":"1",)", kept(R"("a":"1",)")},
        {"unclosed brace", R"({"a":"1")", kept(R"({"a":"1")")},
        {"missing colon", R"("a" "1")", kept(R"("a" "1")")},
        {"not json", "env=prod", kept("env=prod")},
        {"null", "NULL", Tags{}},
    };
}

struct VmCase
{
    const char* name;
    const char* cell;
    const char* vmSize;
    int vcpus;
    bool hybridBenefit;
    bool windowsImage;
};

// AdditionalInfo: the first VM size by key order, the last vCPU count, AHB and image type.
std::vector<VmCase> vmCases()
{
    return {
        {"ea vm", R"({"ServiceType":"Standard_D2as_v5","VMName":"vm-1","VCPUs":2,"UsageType":"ComputeHR","ImageType":"Canonical"})",
            "Standard_D2as_v5", 2, false, false},
        {"strings, windows, ahb", R"({"ServiceType":" Standard_D4s_v5 ","vCores":"4","AHB":"True","ImageType":"Windows Server 2019"})",
            "Standard_D4s_v5", 4, true, true},
        {"two spellings", R"({"VCPUs":2,"vcpus":8})", "", 8, false, false},
        {"sku before type", R"({"ServiceType":"Standard_E2","ServerSku":"GP_Gen5"})", "GP_Gen5", 0, false, false},
        {"fraction", R"({"VCPUs":2.5,"ServiceType":"Standard_B1s"})", "Standard_B1s", 0, false, false},
        {"not a number", R"({"VCPUs":"many"})", "", 0, false, false},
        {"boolean", R"({"AHB":true})", "", 0, true, false},
        {"leading zero", R"({"VCPUs":007})", "", 0, false, false},
        {"utf-8", R"({"ServiceType":"Standard_D2s_v5","Note":"für"})", "Standard_D2s_v5", 0, false, false},
    };
}

} // namespace

class TestJsonCells : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<Tags>("expected");
        for (const Case& c : cases())
            QTest::newRow(c.name) << QByteArray(c.cell) << c.expected;
    }

    void tags()
    {
        QFETCH(QByteArray, cell);
        QFETCH(Tags, expected);
        QCOMPARE(parseTagsCell(std::string_view(cell.constData(), static_cast<std::size_t>(cell.size()))), expected);
    }

    void vmInfo_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("vmSize");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<bool>("hybridBenefit");
        QTest::addColumn<bool>("windowsImage");
        for (const VmCase& c : vmCases())
            QTest::newRow(c.name) << QByteArray(c.cell) << QString::fromUtf8(c.vmSize) << c.vcpus << c.hybridBenefit
                                  << c.windowsImage;
    }

    void vmInfo()
    {
        QFETCH(QByteArray, cell);
        const VmCellInfo info = parseVmInfoCell(std::string_view(cell.constData(), static_cast<std::size_t>(cell.size())));
        QTEST(info.vmSize, "vmSize");
        QTEST(info.vcpus, "vcpus");
        QTEST(info.hybridBenefit, "hybridBenefit");
        QTEST(info.windowsImage, "windowsImage");
        QVERIFY(!info.tooDeep);
    }
};

QTEST_APPLESS_MAIN(TestJsonCells)
#include "tst_jsoncells.moc"
