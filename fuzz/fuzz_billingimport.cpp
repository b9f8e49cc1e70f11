// Format detection and row reading of every Azure export format: the input is imported as a CSV
// export, and whatever the importer keeps must be consistent (each cost cell names a resource and a
// meter that exist).

#include "billing/billingdata.h"
#include "billing/billingimporter.h"
#include "fuzzsupport.h"

using namespace cloudshift;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInput(QStringLiteral("export.csv"), data, size);
    BillingImporter importer;
    const BillingData imported = importer.importInputs({path});
    for (const CostCell& cell : imported.cells) {
        if (cell.resource >= imported.resources.size() || cell.meter >= imported.meters.size())
            fuzz::fail("a cost cell names a resource or meter the import does not have");
    }
    if (!imported.cells.empty() && (imported.firstMonth > imported.lastMonth))
        fuzz::fail("the month range is empty although there are cost cells");
    return 0;
}
