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
        {"number and null", R"("n":5,"z":null)", tagsOf({{"n", "5"}, {"z", ""}})},
        {"trailing comma", R"("a":"1",)", kept(R"("a":"1",)")},
        {"unclosed brace", R"({"a":"1")", kept(R"({"a":"1")")},
        {"missing colon", R"("a" "1")", kept(R"("a" "1")")},
        {"not json", "env=prod", kept("env=prod")},
        {"null", "NULL", Tags{}},
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
};

QTEST_APPLESS_MAIN(TestJsonCells)
#include "tst_jsoncells.moc"
