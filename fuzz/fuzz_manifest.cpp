// The manifest and partition reader: the input is an export run's manifest.json, with two small part
// files beside it, read on its own and through the importer (which follows its blob list).

#include "billing/billingdata.h"
#include "billing/billingimporter.h"
#include "billing/exportmanifest.h"
#include "fuzzsupport.h"

using namespace cloudshift;

namespace {

constexpr char kPart[] = "Date,CostInBillingCurrency,BillingCurrencyCode,ResourceGroup,ResourceId,MeterCategory,"
                         "UnitOfMeasure,Quantity\n"
                         "03/01/2025,10,USD,rg,/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/"
                         "storageAccounts/a,Storage,1 GB/Month,1\n";

void writeParts()
{
    static const bool written = [] {
        fuzz::writeInput(QStringLiteral("part_0_0001.csv"), kPart, sizeof kPart - 1);
        fuzz::writeInput(QStringLiteral("part_0_0002.csv"), kPart, sizeof kPart - 1);
        return true;
    }();
    (void)written;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    writeParts();
    const QString path = fuzz::writeInput(QStringLiteral("manifest.json"), data, size);
    QString error;
    std::optional<ExportManifest> manifest = readExportManifest(path, &error);
    if (!manifest && error.isEmpty())
        fuzz::fail("a rejected manifest gives no reason");
    if (manifest) {
        (void)manifest->costKind();
        std::vector<ExportManifest> runs {*manifest, *manifest};
        const std::vector<ExportManifest> dropped = dropSupersededRuns(runs);
        if (runs.size() + dropped.size() != 2)
            fuzz::fail("dropping superseded runs loses or invents a run");
    }
    BillingImporter importer;
    const BillingData imported = importer.importInputs({path});
    for (const CostCell& cell : imported.cells) {
        if (cell.resource >= imported.resources.size() || cell.meter >= imported.meters.size())
            fuzz::fail("a cost cell names a resource or meter the import does not have");
    }
    return 0;
}
