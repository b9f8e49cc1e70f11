#include "billing/costaggregator.h"
#include "billing/freedmemory.h"
#include "billing/textindex.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cstdint>

using namespace cloudshift;

namespace {

// The VmFlags of the mapping that holds `address`, from /proc/self/smaps; empty when not found.
QString mappingFlags(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    for (QByteArray line = smaps.readLine(); !line.isEmpty(); line = smaps.readLine()) {
        // A mapping starts with "begin-end perms ..."; its attributes follow as "Name: value" lines.
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {
            const std::uintptr_t begin = line.left(dash).toULongLong(nullptr, 16);
            const std::uintptr_t end = line.mid(dash + 1, space - dash - 1).toULongLong(nullptr, 16);
            inside = begin <= at && at < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return QString::fromLatin1(line.trimmed()) + QLatin1Char(' ');
        }
    }
    return {};
}

constexpr std::string_view kVm = "/subscriptions/s1/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm1";
constexpr std::string_view kVmDrift = "/subscriptions/s1/resourcegroups/RG-APP/providers/microsoft.compute/virtualmachines/VM1";
constexpr std::string_view kWin = "/subscriptions/s1/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/win1";
constexpr std::string_view kAhb = "/subscriptions/s1/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/ahb1";
constexpr std::string_view kDb = "/subscriptions/s2/resourceGroups/rg-data/providers/Microsoft.Sql/servers/s/databases/db1";

struct Line
{
    std::string_view id;
    std::string_view subCategory = "Dsv5 Series";
    std::string_view tags;
    std::string_view info;
    int month = 300;
    Micros cost = 1'000'000;
    double quantity = 0.5;
    std::string_view category = "Virtual Machines";
};

CostRow rowOf(const Line& line)
{
    CostRow row;
    row.resourceId = line.id;
    row.resourceGroup = "rg-app";
    row.subscriptionId = "s1";
    row.subscriptionName = "prod";
    row.location = line.id.empty() ? "" : "westeurope";
    row.currency = "USD";
    row.meterCategory = line.category;
    row.meterSubCategory = line.subCategory;
    row.meterName = "D2s v5";
    row.unit = "1 Hour ";
    row.chargeType = "Usage";
    row.pricingModel = "OnDemand";
    row.tags = line.tags;
    row.additionalInfo = line.info;
    row.month = line.month;
    row.cost = line.cost;
    row.quantity = line.quantity;
    return row;
}

// Rows whose order matters: case drift in ids, tags edited and blanked, VM facts late, Windows meters
// before and after the VM facts, lines without a resource.
const std::vector<Line> kLines = {
    {kVm, "Dsv5 Series", R"("app": "shop")", "", 300},
    {kWin, "Dsv5 Series Windows", "", "", 300},
    {kVmDrift, "Dsv5 Series", "", R"({"ServiceType":"Standard_D2s_v5","VCPUs":2})", 301},
    {kWin, "Dsv5 Series", "NULL", R"({"ServiceType":"Standard_D4s_v5","VCPUs":4,"ImageType":"Canonical"})", 301},
    {"", "", "", "", 302, 250'000, 1.0, "Marketplace"},
    {kDb, "SQL Database", R"("app": "data")", "", 299, 2'000'000, 0.25, "SQL Database"},
    {kVm, "Dsv5 Series", R"("app": "shop", "env": "prod")", "", 302},
    {kAhb, "Dsv5 Series", "", R"({"ServiceType":"Standard_D2s_v5","VCPUs":2,"AHB":"True"})", 302},
    {kWin, "Dsv5 Series Windows", "", "", 303},
    {kVmDrift, "Dsv5 Series Windows", "", "", 303},
    {kDb, "SQL Database", "", "", 299, 3'000'000, 0.25, "SQL Database"},
    {"", "", "", "", 303, -50'000, 0.0, "Marketplace"},
};

// Everything take() returns, as text, so two results compare field by field.
QStringList dump(BillingData data)
{
    QStringList out;
    for (const BilledResource& r : data.resources) {
        QStringList tags;
        for (const auto& [key, value] : r.tags)
            tags << key + u'=' + value;
        out << QStringList{r.id, r.name, r.resourceGroup, r.subscriptionId, r.subscriptionName, r.location, r.resourceType,
                   r.provider, r.currency, r.vmSize, QString::number(r.vcpus), QString::number(r.windows),
                   QString::number(r.hybridBenefit), tags.join(u';')}
                   .join(u'|');
    }
    for (const BilledMeter& m : data.meters)
        out << QStringList{m.category, m.subCategory, m.name, m.unit, m.chargeType, m.pricingModel}.join(u'|');
    for (const CostCell& c : data.cells)
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(c.resource).arg(c.meter).arg(c.month).arg(c.cost).arg(c.quantity);
    out << QStringLiteral("months %1-%2").arg(data.firstMonth).arg(data.lastMonth);
    return out;
}

QStringList aggregate(std::size_t from, std::size_t to)
{
    CostAggregator aggregator;
    for (std::size_t i = from; i < to; ++i)
        aggregator.add(rowOf(kLines[i]));
    return dump(aggregator.take());
}

} // namespace

class TestCostAggregator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributes()
    {
        CostAggregator aggregator;
        for (const Line& line : kLines)
            aggregator.add(rowOf(line));
        QCOMPARE(aggregator.resourceCount(), std::size_t(5));
        const BillingData data = aggregator.take();
        QCOMPARE(aggregator.resourceCount(), std::size_t(0));
        QCOMPARE(data.resources.size(), std::size_t(5));

        const BilledResource& vm = data.resources[0];
        QCOMPARE(vm.id, QString::fromUtf8(kVm.data(), qsizetype(kVm.size()))); // the first spelling
        QCOMPARE(vm.name, QStringLiteral("vm1"));
        QCOMPARE(vm.resourceType, QStringLiteral("microsoft.compute/virtualmachines"));
        QCOMPARE(vm.vmSize, QStringLiteral("Standard_D2s_v5"));
        QCOMPARE(vm.vcpus, 2);
        QVERIFY(vm.windows); // a Windows meter after the VM facts
        QCOMPARE(vm.tags.size(), std::size_t(2)); // the newest tags; blank and NULL cells keep them

        const BilledResource& win = data.resources[1];
        QCOMPARE(win.vmSize, QStringLiteral("Standard_D4s_v5"));
        QVERIFY(win.windows); // the Windows meter of month 303 comes after the Linux-image facts
        QVERIFY(data.resources[4].hybridBenefit);
        QVERIFY(data.resources[4].windows);
        QCOMPARE(data.resources[2].id, QStringLiteral("(unattributed) Marketplace"));

        // Repeated attributes share one string.
        QCOMPARE(vm.location.constData(), win.location.constData());
        QCOMPARE(vm.currency.constData(), data.resources[4].currency.constData());

        QCOMPARE(data.meters.size(), std::size_t(4));
        QCOMPARE(data.meters[0].unit, QStringLiteral("1 Hour"));
        QCOMPARE(data.firstMonth, 299);
        QCOMPARE(data.lastMonth, 303);
        Micros total = 0;
        for (const CostCell& cell : data.cells)
            total += cell.cost;
        QCOMPARE(total, Micros(13'200'000));
    }

    // The facts read before a Windows meter are overwritten by a later VM-facts row only once: the
    // Windows flag counts the meters from the facts row on.
    void windowsBeforeFacts()
    {
        CostAggregator aggregator;
        aggregator.add(rowOf({kWin, "Dsv5 Series Windows", "", ""}));
        aggregator.add(rowOf({kWin, "Dsv5 Series", "", R"({"ServiceType":"Standard_D4s_v5","ImageType":"Canonical"})"}));
        QVERIFY(!aggregator.take().resources[0].windows);
    }

    // Aggregating consecutive parts and merging them in order gives what one aggregator gives, for
    // every place the rows can be cut, and for three parts.
    void mergeEqualsOnePass()
    {
        const QStringList whole = aggregate(0, kLines.size());
        for (std::size_t cut = 0; cut <= kLines.size(); ++cut) {
            for (std::size_t second = cut; second <= kLines.size(); ++second) {
                CostAggregator first, middle, last;
                for (std::size_t i = 0; i < kLines.size(); ++i)
                    (i < cut ? first : i < second ? middle : last).add(rowOf(kLines[i]));
                first.merge(std::move(middle));
                first.merge(std::move(last));
                QCOMPARE(middle.resourceCount(), std::size_t(0));
                const QStringList merged = dump(first.take());
                QVERIFY2(merged == whole, qPrintable(QStringLiteral("cut %1 and %2").arg(cut).arg(second)));
            }
        }
    }

    // Cells are kept in blocks of 32768: sums and order hold across block boundaries, through a merge
    // that frees the later part's blocks as it reads them, and in the vector take() hands out.
    void cellsAcrossBlocks()
    {
        constexpr int kMonths = 70'000; // two resources: 140,000 cells, three blocks
        constexpr int kLaterOnly = 5'000;
        CostAggregator first, later;
        for (int month = 0; month < kMonths; ++month) {
            for (CostAggregator* part : {&first, &later}) {
                part->add(rowOf(Line{kVm, "Dsv5 Series", "", "", month, month, 0.5}));
                part->add(rowOf(Line{kDb, "SQL Database", "", "", month, 7, 0.25, "SQL Database"}));
            }
        }
        for (int month = kMonths; month < kMonths + kLaterOnly; ++month)
            later.add(rowOf(Line{kDb, "SQL Database", "", "", month, 11, 1.0, "SQL Database"}));
        first.merge(std::move(later));
        const BillingData data = first.take();

        QCOMPARE(data.cells.size(), std::size_t(2 * kMonths + kLaterOnly));
        for (int month = 0; month < kMonths; ++month) {
            const CostCell& vm = data.cells[static_cast<std::size_t>(2 * month)];
            const CostCell& db = data.cells[static_cast<std::size_t>(2 * month + 1)];
            QCOMPARE(vm.resource, 0u);
            QCOMPARE(vm.month, month);
            QCOMPARE(vm.cost, Micros(2 * month));
            QCOMPARE(vm.quantity, 1.0);
            QCOMPARE(db.resource, 1u);
            QCOMPARE(db.month, month);
            QCOMPARE(db.cost, Micros(14));
        }
        for (int i = 0; i < kLaterOnly; ++i) {
            const CostCell& db = data.cells[static_cast<std::size_t>(2 * kMonths + i)];
            QCOMPARE(db.resource, 1u);
            QCOMPARE(db.month, kMonths + i);
            QCOMPARE(db.cost, Micros(11));
        }
        QCOMPARE(data.firstMonth, 0);
        QCOMPARE(data.lastMonth, kMonths + kLaterOnly - 1);
    }

    // Thousands of resources grow the index many times over; ids that differ only in case still find the
    // resource first seen, in one aggregator and across a merge, and first-seen order is kept.
    void resourcesAcrossIndexGrowth()
    {
        constexpr int kResources = 5'000;
        std::vector<std::string> ids;
        for (int i = 0; i < kResources; ++i)
            ids.push_back("/subscriptions/s1/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm" + std::to_string(i));
        const auto upper = [](std::string text) {
            for (char& c : text)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return text;
        };
        CostAggregator whole;
        for (const std::string& id : ids)
            whole.add(rowOf(Line{id}));
        for (const std::string& id : ids) {
            const std::string shouted = upper(id);
            whole.add(rowOf(Line{shouted, "Dsv5 Series", "", "", 301}));
        }
        QCOMPARE(whole.resourceCount(), std::size_t(kResources));

        CostAggregator first;
        CostAggregator later;
        for (int i = 0; i < 3'000; ++i)
            first.add(rowOf(Line{ids[static_cast<std::size_t>(i)]}));
        for (int i = 0; i < kResources; ++i)
            first.add(rowOf(Line{upper(ids[static_cast<std::size_t>(i)]), "Dsv5 Series", "", "", 301}));
        for (int i = 2'000; i < kResources; ++i)
            later.add(rowOf(Line{ids[static_cast<std::size_t>(i)], "Dsv5 Series", "", "", 302}));
        first.merge(std::move(later));
        QCOMPARE(first.resourceCount(), std::size_t(kResources));

        const BillingData data = first.take();
        QCOMPARE(data.resources.size(), std::size_t(kResources));
        QCOMPARE(data.resources[0].id, QString::fromStdString(ids[0]));
        QCOMPARE(data.resources[2'999].id, QString::fromStdString(ids[2'999]));
        QCOMPARE(data.resources[3'000].id, QString::fromStdString(upper(ids[3'000]))); // first seen shouted
        QCOMPARE(data.resources[4'999].id, QString::fromStdString(upper(ids[4'999])));
        // Months 300 (first 3,000), 301 (all) and 302 (the later 3,000): one cell each.
        QCOMPARE(data.cells.size(), std::size_t(3'000 + kResources + 3'000));
        for (const CostCell& cell : data.cells)
            QCOMPARE(cell.cost, Micros(1'000'000));
        QCOMPARE(data.cells.back().resource, std::uint32_t(kResources - 1));
        QCOMPARE(data.cells.back().month, 302);
    }

    // Entries whose hashes share the slot-picking bits are told apart by the caller's comparison.
    void textIndexSharedHash()
    {
        TextIndex index;
        const std::vector<std::string> texts = {"alpha", "beta", "gamma"};
        constexpr std::uint64_t kSameHash = 0xABCD'EF01'0000'0001ULL;
        for (std::uint32_t i = 0; i < texts.size(); ++i)
            index.insert(kSameHash, i);
        for (std::uint32_t i = 0; i < 2'000; ++i)
            index.insert(std::uint64_t{i} << 40, 100 + i); // grows past the shared entries
        QCOMPARE(index.size(), std::size_t(2'003));
        for (std::uint32_t i = 0; i < texts.size(); ++i)
            QCOMPARE(index.find(kSameHash, [&](std::uint32_t position) { return position < texts.size() && texts[position] == texts[i]; }), i);
        QCOMPARE(index.find(kSameHash, [](std::uint32_t) { return false; }), TextIndex::kNone);
        QCOMPARE(index.find(std::uint64_t{1'999} << 40, [](std::uint32_t position) { return position == 2'099; }), 2'099u);
        index.clear();
        QCOMPARE(index.find(kSameHash, [](std::uint32_t) { return true; }), TextIndex::kNone);
    }

    // Each block of cells is one whole huge page (2 MiB, aligned), so the system can back it with one.
    void cellBlocksAreHugePages()
    {
        QCOMPARE(CellStore::kBlockCells * sizeof(CostCell), kHugePageBytes);
        CellStore store;
        for (std::size_t i = 0; i <= CellStore::kBlockCells; ++i)
            store.push_back(CostCell{0, 0, static_cast<int>(i), 1, 0.0});
#if defined(__unix__)
        const auto offset = [](const CostCell& cell) {
            return reinterpret_cast<std::uintptr_t>(&cell) % kHugePageBytes;
        };
        QCOMPARE(offset(store[0]), std::uintptr_t(0));
        QCOMPARE(offset(store[CellStore::kBlockCells]), std::uintptr_t(0));
#endif
        // Where the kernel has transparent huge pages, the block's mapping carries the advice ("hg").
        if (QFileInfo::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            QCOMPARE(mappingFlags(&store[0]).contains(QStringLiteral(" hg ")), true);
        QCOMPARE(store[CellStore::kBlockCells - 1].month, static_cast<int>(CellStore::kBlockCells - 1));
        QCOMPARE(store[CellStore::kBlockCells].month, static_cast<int>(CellStore::kBlockCells));
    }

    // A cell store moved away from is empty, size included, and takes cells again from its start.
    void movedFromCellStoreStartsAgain()
    {
        CellStore first;
        for (int month = 0; month < 40'000; ++month)
            first.push_back(CostCell{0, 0, month, 5, 0.5});
        CellStore moved = std::move(first);
        QCOMPARE(first.size(), std::size_t(0));
        first.push_back(CostCell{1, 2, 7, 3, 0.25});
        const std::vector<CostCell> cells = first.takeVector();
        QCOMPARE(cells.size(), std::size_t(1));
        QCOMPARE(cells[0].meter, 2u);
        QCOMPARE(cells[0].cost, Micros(3));
        QCOMPARE(moved.size(), std::size_t(40'000));
        QCOMPARE(moved[39'999].month, 39'999);
    }
};

QTEST_APPLESS_MAIN(TestCostAggregator)
#include "tst_costaggregator.moc"
