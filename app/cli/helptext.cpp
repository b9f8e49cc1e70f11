#include "helptext.h"

namespace cloudshift {

namespace {

    const char kHelp[] = R"(CloudShift — plan moving Azure workloads to AWS or Google Cloud, offline.

Usage:
  cloudshift                              open the GUI
  cloudshift open FILE...                 open the GUI on exports (":demo" = the bundled demo)
  cloudshift --lang LANG [open FILE...]   the GUI in LANG (de, en) instead of the system's language
  cloudshift import EXPORT... [--json] [--save-project FILE.cloudshift [--redact]] [--dependencies FILE.csv]
                                          read exports; print format, rows, skipped rows, totals per
                                          currency, resources and date range; save them as a project
  cloudshift plan EXPORT...|PROJECT [--scenario NAME|FILE] [--json] [--details] [--dependencies FILE.csv]
                          [--redact]
                                          the scenario over the horizon (cash flow, break-even, TCO) and
                                          the bill's months re-priced all-to-AWS and all-to-GCP; NAME is
                                          a scenario of the PROJECT (a .cloudshift file), optimised
                                          (default), stay-on-azure, all-aws or all-gcp; --dependencies
                                          reads flows between workloads (columns from, to, gb_per_month,
                                          calls_per_second) in place of the project's
  cloudshift report EXPORT... [--scenario NAME|FILE] --out FILE.pdf|.png|.svg|.csv [--chart NAME]
                          [--size WxH] [--dpi N] [--redact]
                                          the report pack (PDF), one chart (PNG, SVG; NAME is monthly-cost,
                                          cash-flow, categories, top-savings, risk-savings, latency, waves
                                          or bill-history) or the scenario's horizon as FOCUS rows (CSV)
  cloudshift latency FROM TO [--json]     round trip between two regions written cloud:region (e.g.
                                          azure:westeurope aws:eu-central-1): measured where a table has
                                          it, else modelled with its 80 % band
  cloudshift latency --pairs FILE.csv [--json]
                                          the same for each row of a CSV with columns from,to, in order
  cloudshift price --cloud aws|gcp|azure --region R --sku S [--os linux|windows] [--json]
                                          one VM price from the catalog, with its source and date
  cloudshift map --azure-sku S --region R [--os linux|windows] [--json]
                                          an Azure size's AWS and Google Cloud equivalents: price,
                                          confidence, reason and alternatives
  cloudshift map EXPORT... [--json] [--details]
                                          share of the cost mapped at each confidence, and what is not
  cloudshift catalog import FILE... [--as-of YYYY-MM-DD] [--json]
                                          lay official price files (AWS Price List JSON/CSV, Google Cloud
                                          Billing Catalog SKUs, Azure Retail Prices) over the catalog
  cloudshift catalog sources [--json] | catalog reset
                                          the catalog's sources with dates; forget imported prices
  cloudshift --version | --help

EXPORT is an Azure cost export (.csv or .csv.gz: EA, MCA, pay-as-you-go, FOCUS), a folder of them, or
":demo". Options for import, plan and report:
  --group-by KEYS   comma-separated tag keys naming workloads (default app,workload,application);
                    resources without them are grouped by resource group

  --redact          replace subscription ids and names, resource names and ids, resource groups, tag
                    values, workload and file names by aliases (subscription-1, resource-17) in the
                    saved project, the plan or the report, to share them outside the organisation

Exit codes: 0 success, 1 bad input (file:line:column: message on stderr), 2 usage error.
)";

} // namespace

QString helpText()
{
    return QString::fromUtf8(kHelp);
}

} // namespace cloudshift
