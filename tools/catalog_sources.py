"""Provenance of every data set the embedded catalog is compiled from.

Facts here are taken from the SOURCES.md files that accompany the public data (data/pricing/SOURCES.md,
data/azure/SOURCES.md, data/latency/SOURCES.md). Each catalog row refers to one of these ids, so a price
shown in the app can always be traced back to an upstream repository, commit, licence and date.
"""

# as_of: the date the upstream captured the values (ISO 8601; a year alone where the table carries no
# finer date). The catalog date is the newest full date among the price sources.
SOURCES = [
    {
        "id": "aws-karpenter",
        "title": "AWS EC2 Linux on-demand prices, us-east-1",
        "asOf": "2026-07-20",
        "licence": "Apache-2.0",
        "upstream": "aws/karpenter-provider-aws @ 1d927085dd81a9df9301e613f371dac5b4d16bfe, "
                    "pkg/providers/pricing/zz_generated.pricing_aws.go "
                    "(generated 2026-07-20, last changed in 6fc13b5236fd04fd16ff3f9dc7490d0813994099)",
        "via": "data/pricing/aws_ec2_prices.csv",
        "notes": "Windows prices are derived: Linux + 0.046 USD per vCPU-hour for x86 families other than T.",
    },
    {
        "id": "aws-coroot",
        "title": "AWS EC2 Linux on-demand prices outside us-east-1, and spot prices",
        "asOf": "2024-08-09",
        "licence": "Apache-2.0",
        "upstream": "coroot/cloud-pricing, branch gh-pages @ af03eada15b25d80863f2547ba281e71af9d5c91, "
                    "data/cloud-pricing.json.gz (from Infracost's dump of the official price lists)",
        "via": "data/pricing/aws_ec2_prices.csv",
        "notes": "On-demand is the minimum over 207 daily snapshots 2023-02-20..2024-08-09 (single snapshots "
                 "carry Dedicated-tenancy prices for ~40 % of rows); spot is the 2024-08-09 snapshot. "
                 "Windows prices derived as for aws-karpenter.",
    },
    {
        "id": "aws-instance-types",
        "title": "AWS EC2 instance types: vCPU, memory, GPU, architecture",
        "asOf": "2026-01-22",
        "licence": "Apache-2.0",
        "upstream": "kubernetes/autoscaler @ 55c37cd5eb550756c5ccc5a89e9068d77797e575, "
                    "cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go "
                    "(last changed in e964265b7440c0faa751f28f77b18166584d001d)",
        "via": "data/pricing/aws_ec2_instance_types.csv",
        "notes": "",
    },
    {
        "id": "azure-karpenter",
        "title": "Azure VM Linux pay-as-you-go prices",
        "asOf": "2026-06-18",
        "licence": "Apache-2.0",
        "upstream": "Azure/karpenter-provider-azure @ 352646f599290c3a6d2f9710fb535a7b288f88ed, "
                    "pkg/providers/pricing/zz_generated.pricing.go "
                    "(generated 2026-06-18, last changed in 2b431da153a6a92b705c18046512c60b1631b682)",
        "via": "data/pricing/azure_vm_prices.csv",
        "notes": "Minimum over the 8 committed versions (2023-11..2026-07), because the newest one mixes in "
                 "some Windows meters. Windows prices are derived (Linux + 0.046 USD per vCPU-hour) and "
                 "given only for the 91 families where that rule was validated.",
    },
    {
        "id": "azure-vm-sizes",
        "title": "Azure VM sizes: vCPU, memory, GPU, architecture",
        "asOf": "2026-03-17",
        "licence": "Apache-2.0",
        "upstream": "kubernetes/autoscaler, cluster-autoscaler/cloudprovider/azure/azure_instance_types.go "
                    "(last changed in 03e49d9cb822bfdbc769cde771124f695f3f5619)",
        "via": "data/pricing/azure_vm_sizes.csv",
        "notes": "",
    },
    {
        "id": "gcp-cyclenerd",
        "title": "Google Compute Engine machine prices: on-demand, spot, sustained-use month, 1y/3y CUD, "
                 "Windows licence",
        "asOf": "2026-07-30",
        "licence": "Apache-2.0",
        "upstream": "Cyclenerd/google-cloud-pricing-cost-calculator @ fd66b26ff84fee5cdd94f341ea89206e76c06b99, "
                    "pricing.yml (generated 2026-07-30 from the Cloud Billing Catalog API)",
        "via": "data/pricing/gcp_machine_prices.csv",
        "notes": "Monthly figures are 730 hours; the month column has the sustained-use discount applied.",
    },
    {
        "id": "azure-regions",
        "title": "Azure region spellings seen in billing data, mapped to ARM region ids",
        "asOf": "2025-05-03",
        "licence": "MIT",
        "upstream": "microsoft/finops-toolkit @ 04d370f322f6052b02893ba567c3b75195a19f99, src/open-data/Regions.csv "
                    "(last changed in bc5c18c5f992e5e360175679fcbd83414bf2074e)",
        "via": "data/azure/finops-toolkit/open-data/Regions.csv",
        "notes": "Spellings are matched as listed first; folded spellings (spaces removed) that would name two "
                 "regions (\"chnorth\" China North vs \"ch north\" Switzerland North) are not folded.",
    },
    {
        "id": "azure-pricing-units",
        "title": "Azure UnitOfMeasure strings: pricing block size and distinct unit",
        "asOf": "2025-05-28",
        "licence": "MIT",
        "upstream": "microsoft/finops-toolkit @ 04d370f322f6052b02893ba567c3b75195a19f99, "
                    "src/open-data/PricingUnits.csv (last changed in 236c8c2edf4fa7c659d7f147b01bdc41362cbbc6)",
        "via": "data/azure/finops-toolkit/open-data/PricingUnits.csv",
        "notes": "",
    },
    {
        "id": "azure-region-coordinates",
        "title": "Azure region coordinates (used to find the nearest region with a known equivalent)",
        "asOf": "2025-01-05",
        "licence": "facts from Microsoft's ARM locations API and TeleGeography (no licence file upstream)",
        "upstream": "agonza05/cloudregioncodes @ fc98afb9d3f139b9e9cc69965f06fb1302cf9bbd, "
                    "data/data/azure.cue and data/data/regions.cue",
        "via": "data/latency/regions.csv",
        "notes": "City- or campus-level; treat as +-50-300 km.",
    },
    {
        "id": "region-equivalence",
        "title": "Azure region to nearest AWS and Google Cloud region by metro",
        "asOf": "2026",
        "licence": "compiled from public region city lists",
        "upstream": "compiled by hand for the shared data set from public region city lists (no upstream file)",
        "via": "data/pricing/region_equivalence.csv",
        "notes": "",
    },
    {
        "id": "vm-family-equivalence",
        "title": "Azure VM series to AWS family and Google Cloud series",
        "asOf": "2026",
        "licence": "CC-BY-4.0 (Microsoft Learn comparison tables) + compiled",
        "upstream": "MicrosoftDocs/architecture-center docs/aws-professional/services.md "
                    "(@0020133f11bb1d7aaa891290589bf53e28446bfa) and docs/gcp-professional/services.md "
                    "(@002d585bf1cb09ca45efa54b4237684d70dac94b); families matched on vCPU:memory ratio, "
                    "CPU vendor and generation",
        "via": "data/pricing/vm_family_equivalence.csv",
        "notes": "",
    },
    {
        "id": "target-region-coordinates",
        "title": "AWS and Google Cloud region coordinates (nearest target region for each Azure region)",
        "asOf": "2026-07",
        "licence": "MPL-2.0 (coordinate values only) / Apache-2.0",
        "upstream": "SpareCores/sc-crawler @ 4bcc0b18071228470757043ea20b823be2fca0bd, src/sc_crawler/vendors/_aws.py "
                    "and _gcp.py (coordinate, city and country values); oaustegard/oaustegard.github.io @ "
                    "a6d652c87263c3b92af361c170a5c3cf72add3e9, web-utilities/aws-ping.html (ap-southeast-5, -7)",
        "via": "data/latency/regions.csv",
        "notes": "City-level coordinates.",
    },
    {
        "id": "gcp-cyclenerd-services",
        "title": "Google Cloud disk, Cloud Storage, retrieval, Premium Tier egress, external IP, Cloud VPN and "
                 "Cloud NAT prices per region",
        "asOf": "2026-07-30",
        "licence": "Apache-2.0",
        "upstream": "Cyclenerd/google-cloud-pricing-cost-calculator @ fd66b26ff84fee5cdd94f341ea89206e76c06b99, "
                    "pricing.yml (compute.storage, compute.network, storage.bucket, storage.retrieval)",
        "via": "data/pricing/gcp_storage_prices.csv, data/pricing/internet_egress_prices.csv, "
               "data/pricing/upstream/cyclenerd_pricing.yml",
        "notes": "",
    },
    {
        "id": "egress-coroot",
        "title": "Internet egress tiers: AWS Data Transfer Out, Azure routing preference Internet, Google Cloud "
                 "Standard Tier",
        "asOf": "2024-08-09",
        "licence": "Apache-2.0",
        "upstream": "coroot/cloud-pricing, branch gh-pages @ af03eada15b25d80863f2547ba281e71af9d5c91, "
                    "data/cloud-pricing.json.gz (internet_egress)",
        "via": "data/pricing/internet_egress_prices.csv",
        "notes": "Azure publishes two interleaved tier series with the same prices; the catalog keeps the "
                 "100 GB series.",
    },
    {
        "id": "aws-rds-coroot",
        "title": "AWS RDS instance-hour prices: MySQL, PostgreSQL, Aurora; Single-AZ and Multi-AZ",
        "asOf": "2024-08-09",
        "licence": "Apache-2.0",
        "upstream": "coroot/cloud-pricing, branch gh-pages @ af03eada15b25d80863f2547ba281e71af9d5c91, "
                    "data/cloud-pricing.json.gz (managed_db)",
        "via": "data/pricing/aws_rds_prices.csv",
        "notes": "No SQL Server, Oracle or MariaDB rows.",
    },
    {
        "id": "reference-list-prices",
        "title": "List prices of S3, EBS, EFS, Cloud SQL, Blob Storage and Managed Disks in US reference regions",
        "asOf": "2026",
        "licence": "facts from the vendors' public pricing pages",
        "upstream": "compiled for the shared data set from stored public pages and list prices (no upstream file)",
        "via": "data/pricing/reference_list_prices.csv",
        "notes": "Each row keeps its verification mark; rows marked \"known-list (verify)\" were not confirmed "
                 "against a stored copy of the pricing page. Used elsewhere as reference-region estimates.",
    },
    {
        "id": "cloudshift-list-prices",
        "title": "List prices of services the shared data does not price (S3 and Cloud Storage operations, "
                 "CloudWatch Logs, Cloud Logging, EKS, GKE, load balancers, VPN, KMS, DynamoDB, Route 53, "
                 "Cloud DNS, Lambda, AWS Backup)",
        "asOf": "2026",
        "licence": "facts from the vendors' public pricing pages",
        "upstream": "recorded for CloudShift in tools/data/list_prices.csv from the pricing pages each row names",
        "via": "tools/data/list_prices.csv",
        "notes": "Rows marked \"page\" were checked against a stored copy of a page quoting the price; rows "
                 "marked \"list (verify)\" were not. Reference-region prices are used elsewhere as estimates.",
    },
    {
        "id": "aws-vantage-sample",
        "title": "One full AWS price record (x2iedn.32xlarge, 25 regions): reserved-instance discounts and "
                 "SQL Server licence surcharges",
        "asOf": "2026-07-20",
        "licence": "MIT",
        "upstream": "vantage-sh/ec2instances.info @ 8e64e6eaefe16999bf209650f4d2ab4ec8845c6a, "
                    "next/utils/mocks/ec2_single_instance.json",
        "via": "data/pricing/official-samples/vantage_ec2_single_instance.json",
        "notes": "Discount ratios of one instance type in us-east-1, applied to all types as published ratios.",
    },
    {
        "id": "azure-retail-sample",
        "title": "Azure Retail Prices API records: reservation discounts (E96 v5, northeurope)",
        "asOf": "2022-04-19",
        "licence": "facts (10 API records)",
        "upstream": "buildverse/cloud-pricing @ 16afd7205f73ab55cd385c468d08487be883ff4f, "
                    ".history/dist/price-scraper/services/azuredata/az-retail-page-1_20220419151719.json",
        "via": "data/pricing/official-samples/azure_retail_prices_sample.json",
        "notes": "",
    },
    {
        "id": "service-equivalence",
        "title": "Azure service to AWS and Google Cloud service (61 services)",
        "asOf": "2026",
        "licence": "CC-BY-4.0 (Microsoft Learn comparison tables) + compiled",
        "upstream": "MicrosoftDocs/architecture-center docs/aws-professional/services.md "
                    "(@0020133f11bb1d7aaa891290589bf53e28446bfa) + includes/aws/{compute,storage,databases}.md, "
                    "docs/gcp-professional/services.md (@002d585bf1cb09ca45efa54b4237684d70dac94b)",
        "via": "data/pricing/service_equivalence.csv",
        "notes": "",
    },
    {
        "id": "azure-service-specs",
        "title": "Azure managed disk tiers (size, IOPS, MB/s), App Service plan shapes (vCPU, memory) and SQL "
                 "Database DTU service objectives",
        "asOf": "2026",
        "licence": "facts from Microsoft's public product documentation",
        "upstream": "recorded for CloudShift in tools/data/azure_disk_tiers.csv, app_service_plans.csv and "
                    "azure_sql_dtu_tiers.csv from learn.microsoft.com (managed disk types; App Service plans; DTU "
                    "service tiers) and the Azure pricing pages",
        "via": "tools/data/",
        "notes": "",
    },
]

PRICE_SOURCE_IDS = ("aws-karpenter", "aws-coroot", "azure-karpenter", "gcp-cyclenerd")


def catalog_date():
    """Newest as-of date among the price sources: what the app shows as "catalog date"."""
    return max(s["asOf"] for s in SOURCES if s["id"] in PRICE_SOURCE_IDS)


def render_sources_md(files):
    """SOURCES.md shipped next to the catalog: attribution for each data set and what each file holds."""
    out = [
        "# Embedded catalog: sources",
        "",
        "Compiled by `tools/compile_catalog.py` from public data sets (facts extracted and re-tabulated; no",
        "upstream code). Prices are public list prices in USD per hour. Catalog date: %s." % catalog_date(),
        "",
        "Every price row in `vm_*.json` and `rates.json` names its source id (a `source` column, or the `sources`",
        "list of its table when there is only one); `manifest.json` gives each id's date and licence.",
        "",
        "| id | data | as of | licence | upstream | via |",
        "|---|---|---|---|---|---|",
    ]
    for s in SOURCES:
        out.append("| `%s` | %s | %s | %s | %s | `%s` |" % (
            s["id"], s["title"], s["asOf"], s["licence"], s["upstream"], s["via"]))
    out += ["", "## Notes", ""]
    for s in SOURCES:
        if s["notes"]:
            out.append("- `%s`: %s" % (s["id"], s["notes"]))
    out += [
        "- Prices are integer micro-USD (`priceScale` 1000000): every upstream price has at most 6 decimals.",
        "- Windows prices: AWS and Azure Windows prices are Linux + 0.046 USD per vCPU-hour; the upstream",
        "  tables give them only for types where that licence rule was validated, and the catalog stores",
        "  that as a per-type `windowsRule` flag (the compiler checks every row follows the rule). Google",
        "  Cloud rows carry the machine type's own Windows price and licence SKU.",
        "- GPU counts of Google Cloud machine types come from the machine type names (`a2-highgpu-4g` = 4)",
        "  and Google's published G2/G4 shapes; categories are assigned by `tools/catalog_vms.py` from the",
        "  family names.",
        "",
        "## Files",
        "",
        "| file | holds |",
        "|---|---|",
    ]
    for name, what in files:
        out.append("| `%s` | %s |" % (name, what))
    out.append("")
    return "\n".join(out)
