"""Unit rates of everything that is not a VM: storage, operations, egress, transfer, databases, services.

Every rate becomes one row [cloud, kind, product, region, unit, usd, tierStart, scope, source, note]:

- kind: block, object, operation, egress, transfer, db-instance, database, service
- product: a key the mapper asks for ("gp3", "s3-standard", "standard:write", "postgres:db.m5.large")
- scope: "region" (the price of that region), "reference" (a price quoted for one reference region,
  used elsewhere as an estimate and said so) or "global" (one price everywhere)
- tierStart: for tiered prices (egress, S3 volume tiers), the first GB the price applies to
"""

import csv
import os
import sys

import catalog_json as cj

PRICING = "pricing"
HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["cloud", "kind", "product", "region", "unit", "usd", "tierStart", "scope", "source", "note"]

GCP_STORAGE_SOURCE = "gcp-cyclenerd-services"
REFERENCE_SOURCE = "reference-list-prices"
LIST_SOURCE = "cloudshift-list-prices"


def read_csv(*path):
    with open(os.path.join(*path), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def row(cloud, kind, product, region, unit, usd, source, scope="region", tier_start=0, note=""):
    return [cloud, kind, product, region, unit, cj.parse_number(str(usd)), tier_start, scope, source, note]


# ------------------------------------------------------------------------------------------- storage

_PD_PRODUCTS = {"balanced": "pd-balanced", "ssd": "pd-ssd", "hdd": "pd-standard", "extreme": "pd-extreme",
                "hyperdisk-extreme": "hyperdisk-extreme", "balanced-replicated": "pd-balanced-regional",
                "ssd-replicated": "pd-ssd-regional", "hdd-replicated": "pd-standard-regional",
                "snapshot": "snapshot", "local": "local-ssd"}


def gcp_storage(data):
    rows = []
    for r in read_csv(data, PRICING, "gcp_storage_prices.csv"):
        service, tier, region = r["service"], r["tier"], r["region"]
        if service.startswith("Persistent Disk"):
            product = _PD_PRODUCTS.get(tier)
            if product:
                rows.append(row("gcp", "block", product, region, "GB-month", r["usd"], GCP_STORAGE_SOURCE))
            continue
        # "archiv" is how the upstream spells the Archive class.
        storage_class = tier.replace("archiv", "archive")
        if service == "Cloud Storage":
            rows.append(row("gcp", "object", storage_class, region, "GB-month", r["usd"], GCP_STORAGE_SOURCE))
        elif service == "Cloud Storage retrieval":
            base = storage_class.split("-")[0]
            suffix = storage_class[len(base):]
            rows.append(row("gcp", "operation", base + suffix + ":retrieval", region, "GB", r["usd"],
                            GCP_STORAGE_SOURCE))
    return rows


# -------------------------------------------------------------------------------------------- egress

def egress(data):
    rows = []
    for r in read_csv(data, PRICING, "internet_egress_prices.csv"):
        cloud, source_text = r["cloud"], r["source"]
        start = int(float(r["tier_start_gb"]))
        if cloud == "azure":
            # Two interleaved key series carry the same prices; the 100 GB series marks the real tiers.
            if start % 100 != 0:
                continue
            product, source = "internet", "egress-coroot"
        elif cloud == "aws":
            product, source = "internet", "egress-coroot"
        elif "Standard Tier" in source_text:
            product, source = "internet-standard", "egress-coroot"
        else:
            destination = source_text.split("destination=")[1].split(",")[0]
            product = {"worldwide-excl-china-australia": "internet-premium", "china": "internet-premium-china",
                       "australia": "internet-premium-australia"}[destination]
            source = GCP_STORAGE_SOURCE
        rows.append(row(cloud, "egress", product, r["source_region"], "GB", r["usd_per_gb"], source,
                        tier_start=start))
    return rows


# --------------------------------------------------------------------------------- reference list prices

# (cloud, item as written in reference_list_prices.csv) -> (kind, product, tier start GB)
_REFERENCE_ITEMS = {
    ("aws", "Standard, first 50 TB"): ("object", "s3-standard", 0),
    ("aws", "Standard, next 450 TB"): ("object", "s3-standard", 51200),
    ("aws", "Standard, over 500 TB"): ("object", "s3-standard", 512000),
    ("aws", "Standard-Infrequent Access (cool)"): ("object", "s3-standard-ia", 0),
    ("aws", "One Zone-IA"): ("object", "s3-one-zone-ia", 0),
    ("aws", "Glacier Instant Retrieval (cold)"): ("object", "s3-glacier-ir", 0),
    ("aws", "Glacier Flexible Retrieval (archive)"): ("object", "s3-glacier-flexible", 0),
    ("aws", "Glacier Deep Archive (archive)"): ("object", "s3-deep-archive", 0),
    ("aws", "gp3 storage (3000 IOPS + 125 MB/s included)"): ("block", "gp3", 0),
    ("aws", "gp3 extra IOPS above 3000"): ("block", "gp3-iops", 0),
    ("aws", "gp3 extra throughput above 125 MB/s"): ("block", "gp3-throughput", 0),
    ("aws", "gp2"): ("block", "gp2", 0),
    ("aws", "io2 storage"): ("block", "io2", 0),
    ("aws", "io2 provisioned IOPS (first 32k)"): ("block", "io2-iops", 0),
    ("aws", "st1 throughput HDD"): ("block", "st1", 0),
    ("aws", "sc1 cold HDD"): ("block", "sc1", 0),
    ("aws", "snapshot (standard tier)"): ("block", "snapshot", 0),
    ("aws", "Standard"): ("service", "file-storage", 0),
    ("aws", "inter-region (US to US, most pairs)"): ("transfer", "inter-region", 0),
    ("aws", "cross-AZ within region (each direction)"): ("transfer", "cross-zone", 0),
    ("aws", "gp3/gp2 storage Single-AZ (Multi-AZ = 2x)"): ("database", "rds-storage", 0),
    ("gcp", "Enterprise edition vCPU (dedicated core)"): ("database", "cloudsql-vcpu", 0),
    ("gcp", "Enterprise edition memory"): ("database", "cloudsql-memory", 0),
    ("gcp", "SSD storage"): ("database", "cloudsql-storage", 0),
    ("gcp", "HA (regional) multiplier on compute+storage"): ("database", "cloudsql-ha-factor", 0),
    ("azure", "Hot LRS, first 50 TB"): ("object", "blob-hot", 0),
    ("azure", "Cool LRS (30-day min)"): ("object", "blob-cool", 0),
    ("azure", "Cold LRS (90-day min)"): ("object", "blob-cold", 0),
    ("azure", "Archive LRS (180-day min)"): ("object", "blob-archive", 0),
    ("azure", "Premium SSD P10 128 GiB"): ("block", "P10", 0),
    ("azure", "Premium SSD P30 1 TiB"): ("block", "P30", 0),
    ("azure", "Standard SSD E10 128 GiB (+transactions)"): ("block", "E10", 0),
    ("azure", "Standard SSD E30 1 TiB (+transactions)"): ("block", "E30", 0),
    ("azure", "Standard HDD S10 128 GiB (+transactions)"): ("block", "S10", 0),
    ("azure", "Premium SSD v2 capacity (3000 IOPS/125 MBps free)"): ("block", "premium-ssd-v2", 0),
    ("azure", "inter-region within North America"): ("transfer", "inter-region", 0),
}


def reference_prices(data):
    rows, used = [], set()
    for r in read_csv(data, PRICING, "reference_list_prices.csv"):
        key = (r["cloud"], r["item"])
        if key not in _REFERENCE_ITEMS:
            continue
        used.add(key)
        kind, product, start = _REFERENCE_ITEMS[key]
        note = "%s; %s" % (r["verification"], r["source"])
        rows.append(row(r["cloud"], kind, product, r["region"], r["unit"], r["usd"], REFERENCE_SOURCE,
                        scope="reference", tier_start=start, note=note))
    missing = set(_REFERENCE_ITEMS) - used
    if missing:
        sys.exit("reference_list_prices.csv lacks %s" % sorted(missing)[0])
    return rows


def list_prices():
    rows = []
    for r in read_csv(HERE, "data", "list_prices.csv"):
        scope = "global" if r["region"] == "global" else "reference"
        rows.append(row(r["cloud"], r["kind"], r["product"], r["region"], r["unit"], r["usd"], LIST_SOURCE,
                        scope=scope, note="%s; %s" % (r["verification"], r["source"])))
    return rows


# ----------------------------------------------------------------------------- network (cyclenerd yml)

def _yaml_subtree(path, wanted):
    """The nested mapping under the dotted key `wanted` of a block-style YAML file.

    Enough YAML for cyclenerd's pricing.yml: "key:" opens a mapping, "key: value" is a scalar, block
    scalars ("|") are skipped. The standard library has no YAML reader, and the tool uses nothing else.
    """
    stack, root, skip_indent = [(-1, None)], {}, None
    stack[0] = (-1, root)
    keys = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(line) - len(line.lstrip(" "))
            if skip_indent is not None:
                if indent > skip_indent:
                    continue
                skip_indent = None
            while indent <= stack[-1][0]:
                stack.pop()
                keys.pop()
            key, _, value = stripped.partition(":")
            value = value.strip()
            prefix = ".".join(keys + [key])
            inside = prefix.startswith(wanted) or wanted.startswith(prefix)
            if value.startswith("|"):
                skip_indent = indent
                continue
            if not inside:
                skip_indent = indent
                continue
            if value:
                stack[-1][1][key] = value
            else:
                child = {}
                stack[-1][1][key] = child
                stack.append((indent, child))
                keys.append(key)
    node = root
    for part in wanted.split("."):
        node = node[part]
    return node


def gcp_network(data):
    tree = _yaml_subtree(os.path.join(data, PRICING, "upstream", "cyclenerd_pricing.yml"), "compute.network")
    rows = []
    for product, path, field, unit in (("public-ipv4", ("ip", "vm"), "hour", "hour"),
                                       ("vpn-connection", ("vpn", "tunnel"), "hour", "hour"),
                                       ("nat-gateway-hour", ("nat", "gateway"), "hour", "hour"),
                                       ("nat-gateway-data", ("nat", "data"), "month", "GB")):
        node = tree
        for part in path:
            node = node[part]
        for region, prices in sorted(node["cost"].items()):
            rows.append(row("gcp", "service", product, region, unit, prices[field], GCP_STORAGE_SOURCE))
    return rows


# ------------------------------------------------------------------------------------------ databases

def rds(data):
    rows = []
    for r in read_csv(data, PRICING, "aws_rds_prices.csv"):
        engine, klass = r["engine"], r["instance_class"]
        # A few classes have only a Multi-AZ price upstream.
        if r["single_az_usd_hour"]:
            rows.append(row("aws", "db-instance", "%s:%s" % (engine, klass), r["region"], "hour",
                            r["single_az_usd_hour"], "aws-rds-coroot"))
        if r["multi_az_usd_hour"]:
            rows.append(row("aws", "db-instance", "%s-multi-az:%s" % (engine, klass), r["region"], "hour",
                            r["multi_az_usd_hour"], "aws-rds-coroot"))
    return rows


def sql_server_licences(data):
    """SQL Server licence-included surcharges per vCPU-hour on AWS, from one full EC2 price record."""
    import json
    path = os.path.join(data, PRICING, "official-samples", "vantage_ec2_single_instance.json")
    with open(path, encoding="utf-8") as f:
        record = json.load(f)
    vcpu = float(record["vCPU"])
    prices = record["pricing"]["us-east-1"]
    linux = float(prices["linux"]["ondemand"])
    rows = []
    for edition, key in (("standard", "linuxSQL"), ("enterprise", "linuxSQLEnterprise"), ("web", "linuxSQLWeb")):
        per_vcpu = round((float(prices[key]["ondemand"]) - linux) / vcpu, 6)
        rows.append(row("aws", "database", "sqlserver-%s-license" % edition, "global", "vCPU-hour", per_vcpu,
                        "aws-vantage-sample", scope="global",
                        note="(%s - linux) / %g vCPU, %s us-east-1" % (key, vcpu, record["instance_type"])))
    return rows


def build_rates(data):
    rows = (gcp_storage(data) + egress(data) + reference_prices(data) + list_prices() + gcp_network(data)
            + rds(data) + sql_server_licences(data))
    seen = set()
    for r in rows:
        key = (r[0], r[1], r[2], r[3], r[6])
        if key in seen:
            sys.exit("duplicate rate %s" % (key,))
        seen.add(key)
        if r[5] is None:
            sys.exit("rate without a price: %s" % (key,))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[6]))
    return cj.table(COLUMNS, rows)
