#!/usr/bin/env python3
"""Compile the public price and region data into the catalog embedded in CloudShift.

    python3 tools/compile_catalog.py --data ../shared/data --out resources/catalog

Reads the CSV tables under DATA (see tools/README.md for the list) and writes compact JSON tables,
manifest.json and SOURCES.md into OUT. The output depends only on the input files: running the tool
twice gives identical bytes, which the catalog test checks against the committed copy.
"""

import argparse
import csv
import os
import sys

# Keep tools/ free of __pycache__ folders: the tool runs once per data refresh and in a test.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import catalog_json as cj  # noqa: E402
import catalog_vms as vms  # noqa: E402
from catalog_rates import build_rates  # noqa: E402
from catalog_services import build_services  # noqa: E402
from catalog_sources import SOURCES, catalog_date, render_sources_md  # noqa: E402

FORMAT = 1
# Prices are stored as integer micro-USD: every upstream price has at most 6 decimals, so this is exact,
# and integers read back several times faster than decimal fractions.
PRICE_SCALE = 1000000
SOURCE_COLUMNS = ["id", "title", "asOf", "licence", "upstream"]
PRICING = "pricing"
FINOPS = os.path.join("azure", "finops-toolkit", "open-data")


def read_csv(data, *path):
    with open(os.path.join(data, *path), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def check_as_of(row_date, source_id):
    """Each price row must carry the date of the source it is attributed to."""
    expected = next(s["asOf"] for s in SOURCES if s["id"] == source_id)
    if row_date.split("..")[-1] != expected:
        sys.exit("price row dated %s does not match source %s (%s)" % (row_date, source_id, expected))


def build_regions(data):
    raw = read_csv(data, FINOPS, "Regions.csv")
    names = {}
    for r in raw:
        names.setdefault(r["RegionId"], r["RegionName"])
    ids = sorted(names)
    index = {rid: i for i, rid in enumerate(ids)}
    targets = {}
    for r in raw:
        targets.setdefault(r["OriginalValue"].strip().lower(), set()).add(r["RegionId"])
    aliases = [[alias, index[next(iter(t))]] for alias, t in sorted(targets.items()) if len(t) == 1]

    coordinates = sorted(
        [r["region_id"], cj.parse_number(r["lat"]), cj.parse_number(r["lon"])]
        for r in read_csv(data, "latency", "regions.csv") if r["cloud"] == "azure")

    targets = sorted(
        [r["cloud"], r["region_id"], cj.parse_number(r["lat"]), cj.parse_number(r["lon"])]
        for r in read_csv(data, "latency", "regions.csv") if r["cloud"] in ("aws", "gcp") and r["lat"])

    equivalence = [[r["azure_region"], r["aws_region"], r["gcp_region"], r["azure_location"],
                    r["aws_location"], r["gcp_location"], r["note"]]
                   for r in read_csv(data, PRICING, "region_equivalence.csv")]
    return {
        "format": FORMAT,
        "azureRegions": cj.table(["id", "name"], [[rid, names[rid]] for rid in ids], source="azure-regions"),
        "azureAliases": cj.table(["alias", "region"], aliases, source="azure-regions"),
        "azureCoordinates": cj.table(["region", "lat", "lon"], coordinates, source="azure-region-coordinates"),
        "targetCoordinates": cj.table(["cloud", "region", "lat", "lon"], targets, source="target-region-coordinates"),
        "equivalence": cj.table(["azure", "aws", "gcp", "azureLocation", "awsLocation", "gcpLocation", "note"],
                                equivalence, source="region-equivalence"),
    }


def build_pricing_units(data):
    rows = [[r["UnitOfMeasure"], cj.parse_number(r["PricingBlockSize"]), r["DistinctUnits"]]
            for r in read_csv(data, FINOPS, "PricingUnits.csv")]
    return {"format": FORMAT,
            "units": cj.table(["unitOfMeasure", "blockSize", "distinctUnits"], rows, source="azure-pricing-units")}


def build_family_equivalence(data):
    """The equivalence table plus the series keys that select each of its rows."""
    rows, keys = [], {}
    for r in read_csv(data, PRICING, "vm_family_equivalence.csv"):
        row_index = len(rows)
        rows.append([r["category"], r["azure_series"], r["azure_size"], vms.aws_family(r["aws_type"]), r["aws_type"],
                     vms.gcp_family(r["gcp_type"]), r["gcp_type"], r["note"]])
        candidates = [vms.azure_series_key(t.split("(")[0]) for t in r["azure_series"].split("/")]
        representative = vms.azure_series(r["azure_size"])
        candidates.append(representative[1] if representative else None)
        for key in candidates:
            if key:
                keys.setdefault(key, row_index)
    for alias, key in vms.AZURE_SERIES_ALIASES.items():
        if key in keys:
            keys.setdefault(alias, keys[key])
    doc = {"format": FORMAT,
           "families": cj.table(["category", "azureSeries", "azureSize", "awsFamily", "awsType", "gcpFamily",
                                 "gcpType", "note"], rows, source="vm-family-equivalence")}
    return doc, keys


def micro_usd(text):
    value = cj.parse_number(text)
    if value is None:
        return None
    scaled = round(value * PRICE_SCALE)
    if abs(scaled - value * PRICE_SCALE) > 1e-6 * max(1.0, abs(value)):
        sys.exit("price %s has more than 6 decimals" % text)
    return scaled


WINDOWS_RULE_MICRO_USD_PER_VCPU = 46000
# Price-table header of the clouds whose Windows prices follow the rule: Windows = linux + windowsPerVcpu x vCPU
# (in price units) for the types flagged in the types table's windowsRule column.
WINDOWS_RULE = {"windowsMethod": "linux+0.046*vCPU", "windowsPerVcpu": WINDOWS_RULE_MICRO_USD_PER_VCPU}


def windows_rule_types(prices, linux, windows, sku):
    """Types whose Windows price is Linux + 0.046 USD per vCPU-hour in every row.

    The AWS and Azure Windows columns are derived by that rule, so the catalog stores one flag per type
    instead of a second price per row; the check keeps the compaction lossless.
    """
    flagged, plain = set(), set()
    for p in prices:
        if not p[windows]:
            plain.add(p[sku])
            continue
        expected = micro_usd(p[linux]) + WINDOWS_RULE_MICRO_USD_PER_VCPU * int(p["vcpu"])
        if micro_usd(p[windows]) != expected:
            sys.exit("%s %s: Windows price does not follow the per-vCPU rule" % (p["region"], p[sku]))
        flagged.add(p[sku])
    if flagged & plain:
        sys.exit("Windows prices are given for only some regions of %s" % sorted(flagged & plain)[0])
    return flagged


def price_table(rows, columns, sources, **extra):
    """The prices of one cloud: rows (region, sku, values...) become [type index, values...] grouped by region.

    Rows are sorted by region and then SKU; regionRows[i] says how many rows belong to regions[i], which
    saves a region index on every row. Returns the table and a finish() that resolves SKUs once the type
    table is known.
    """
    seen = set()
    for row in rows:
        if (row[0], row[1]) in seen:
            sys.exit("duplicate price row %s %s" % (row[0], row[1]))
        seen.add((row[0], row[1]))
    rows.sort(key=lambda r: (r[0], r[1]))
    regions = sorted({r[0] for r in rows})
    counts = {name: 0 for name in regions}
    for row in rows:
        counts[row[0]] += 1
    extra["priceScale"] = PRICE_SCALE
    table = cj.table(["type"] + columns, rows, sources=sources, regions=regions,
                     regionRows=[counts[name] for name in regions], **extra)

    def finish(type_index):
        table["rows"] = [[type_index[r[1]]] + r[2:] for r in rows]
    return table, finish


def build_aws(data):
    spec = {r["instance_type"]: r for r in read_csv(data, PRICING, "aws_ec2_instance_types.csv")}
    prices = read_csv(data, PRICING, "aws_ec2_prices.csv")
    source_of = {"karpenter-provider-aws": 0, "coroot min over 207 snapshots": 1}
    sources = ["aws-karpenter", "aws-coroot"]
    rows = []
    for p in prices:
        source = source_of[p["linux_price_source"]]
        check_as_of(p["linux_price_as_of"], sources[source])
        if p["spot_as_of"]:
            check_as_of(p["spot_as_of"], "aws-coroot")
        rows.append([p["region"], p["instance_type"], source, micro_usd(p["linux_ondemand_usd_hour"]),
                     micro_usd(p["spot_usd_hour"])])
    windows = windows_rule_types(prices, "linux_ondemand_usd_hour", "windows_ondemand_usd_hour", "instance_type")
    skus = sorted(set(spec) | {p["instance_type"] for p in prices})
    types = []
    for sku in skus:
        s, family = spec.get(sku), vms.aws_family(sku)
        if s:
            types.append([sku, family, cj.parse_number(s["vcpu"]), cj.parse_number(s["memory_gib"]),
                          cj.parse_number(s["gpu"]), s["arch"], vms.aws_category(family)])
        else:
            types.append([sku, family, None, None, None, vms.aws_arch(family), vms.aws_category(family)])
        types[-1].append(1 if sku in windows else 0)
    table, finish = price_table(rows, ["source", "linux", "spot"], sources, spotSource="aws-coroot", **WINDOWS_RULE)
    finish({sku: i for i, sku in enumerate(skus)})
    return {"format": FORMAT, "cloud": "aws",
            "types": cj.table(["sku", "family", "vcpu", "memoryGiB", "gpu", "arch", "category", "windowsRule"], types,
                              source="aws-instance-types"),
            "prices": table}


def build_azure(data, equivalence_keys):
    spec = {r["vm_size"]: r for r in read_csv(data, PRICING, "azure_vm_sizes.csv")}
    # Not a size: a placeholder row of the upstream generator.
    prices = [p for p in read_csv(data, PRICING, "azure_vm_prices.csv") if p["vm_size"] != "ARM_SKU_NAME_PLACEHOLDER"]
    rows = []
    for p in prices:
        check_as_of(p["as_of"], "azure-karpenter")
        rows.append([p["region"], p["vm_size"], micro_usd(p["linux_payg_usd_hour"])])
    windows = windows_rule_types(prices, "linux_payg_usd_hour", "windows_payg_usd_hour", "vm_size")
    skus = sorted(set(spec) | {p["vm_size"] for p in prices})
    types = []
    for sku in skus:
        s, series = spec.get(sku), vms.azure_series(sku)
        gpu = cj.parse_number(s["gpu"]) if s else None
        row = [sku, series[0] if series else None]
        if s:
            row += [cj.parse_number(s["vcpu"]), cj.parse_number(s["memory_gib"]), gpu, s["arch"]]
        else:
            row += [None, None, None, vms.azure_arch(sku)]
        row += [vms.azure_category(sku, gpu), equivalence_keys.get(series[1]) if series else None,
                1 if sku in windows else 0]
        types.append(row)
    table, finish = price_table(rows, ["linux"], ["azure-karpenter"], **WINDOWS_RULE)
    finish({sku: i for i, sku in enumerate(skus)})
    return {"format": FORMAT, "cloud": "azure",
            "types": cj.table(["sku", "family", "vcpu", "memoryGiB", "gpu", "arch", "category", "equivalence",
                               "windowsRule"], types, source="azure-vm-sizes"),
            "prices": table}


def build_gcp(data):
    prices = read_csv(data, PRICING, "gcp_machine_prices.csv")
    rows, spec = [], {}
    for p in prices:
        check_as_of(p["as_of"], "gcp-cyclenerd")
        spec.setdefault(p["machine_type"], (cj.parse_number(p["vcpu"]), cj.parse_number(p["memory_gib"])))
        rows.append([p["region"], p["machine_type"]] + [micro_usd(p[c]) for c in (
            "ondemand_usd_hour", "windows_ondemand_usd_hour", "spot_usd_hour", "month_usd_with_sud",
            "month_usd_1y_cud", "month_usd_3y_cud", "windows_license_usd_hour")])
    skus = sorted(spec)
    types = [[sku, vms.gcp_family(sku), spec[sku][0], spec[sku][1], cj.number(vms.gcp_gpus(sku, spec[sku][0])),
              vms.gcp_arch(sku), vms.gcp_category(sku)] for sku in skus]
    table, finish = price_table(
        rows, ["linux", "windows", "spot", "sudMonth", "cud1yMonth", "cud3yMonth", "windowsLicense"],
        ["gcp-cyclenerd"], spotSource="gcp-cyclenerd", windowsMethod="machine type Windows licence SKU",
        hoursPerMonth=730)
    finish({sku: i for i, sku in enumerate(skus)})
    return {"format": FORMAT, "cloud": "gcp",
            "types": cj.table(["sku", "family", "vcpu", "memoryGiB", "gpu", "arch", "category"], types,
                              source="gcp-cyclenerd"),
            "prices": table}


FILES = [
    ("manifest.json", "format version, catalog date, sources (id, title, as-of date, licence)"),
    ("regions.json", "Azure region ids and names, billing spellings, coordinates of Azure, AWS and Google Cloud "
                     "regions; region equivalence"),
    ("pricing_units.json", "Azure UnitOfMeasure -> block size and distinct unit"),
    ("vm_families.json", "Azure VM series -> AWS family and Google Cloud series"),
    ("vm_aws.json", "EC2 instance types and per-region prices (Linux, Windows, spot)"),
    ("vm_azure.json", "Azure VM sizes and per-region pay-as-you-go prices (Linux, Windows)"),
    ("vm_gcp.json", "Compute Engine machine types and per-region prices (on-demand, Windows, spot, SUD, CUD)"),
    ("rates.json", "unit rates of disks, object storage and its operations, egress and transfer, databases "
                   "(RDS instance-hours, Cloud SQL) and services priced by the service equivalence"),
    ("services.json", "service equivalence (61 services), Azure managed disk tiers, App Service plan shapes, "
                      "SQL Database DTU tiers, reserved-term discounts"),
]


def compile_catalog(data, out):
    families, keys = build_family_equivalence(data)
    documents = {
        "regions.json": build_regions(data),
        "pricing_units.json": build_pricing_units(data),
        "vm_families.json": families,
        "vm_aws.json": build_aws(data),
        "vm_azure.json": build_azure(data, keys),
        "vm_gcp.json": build_gcp(data),
        "rates.json": {"format": FORMAT, "rates": build_rates(data)},
        "services.json": build_services(data),
    }
    documents["manifest.json"] = {
        "format": FORMAT,
        "catalogDate": catalog_date(),
        "generator": "tools/compile_catalog.py",
        "sources": cj.table(SOURCE_COLUMNS, [[s[k] for k in SOURCE_COLUMNS] for s in SOURCES]),
        "files": [name for name, _ in FILES],
    }
    os.makedirs(out, exist_ok=True)
    for name, doc in documents.items():
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(cj.dumps(doc))
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render_sources_md(FILES + [("SOURCES.md", "this file")]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the shared data folder (holds pricing/, azure/, latency/)")
    parser.add_argument("--out", required=True, help="output folder, normally resources/catalog")
    args = parser.parse_args()
    compile_catalog(args.data, args.out)


if __name__ == "__main__":
    main()
