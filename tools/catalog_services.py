"""Service-level tables: the Azure → AWS → Google Cloud service equivalence, the shapes of Azure
products billed per instance (managed disk tiers, App Service plans), and the published discounts of
reserved terms where the catalog has no price row for them.
"""

import json
import os
import re
import sys

import catalog_json as cj
from catalog_rates import HERE, PRICING, read_csv

HOURS_PER_YEAR = 8760


def equivalence(data):
    rows = [[r["category"], r["azure_service"], r["azure_meter_category_typical"], r["aws_service"],
             r["aws_product_code_typical"], r["gcp_service"], r["gcp_billing_service_typical"],
             r["billing_dimension"], r["source"]]
            for r in read_csv(data, PRICING, "service_equivalence.csv")]
    return cj.table(["category", "azureService", "azureMeterCategory", "awsService", "awsProductCode", "gcpService",
                     "gcpBillingService", "billingDimension", "reference"], rows, source="service-equivalence")


def disk_tiers():
    rows = [[r["tier"], r["kind"], cj.parse_number(r["size_gib"]), cj.parse_number(r["iops"]),
             cj.parse_number(r["mbps"])] for r in read_csv(HERE, "data", "azure_disk_tiers.csv")]
    return cj.table(["tier", "kind", "sizeGiB", "iops", "mbps"], rows, source="azure-service-specs")


def app_service_plans():
    rows = [[r["sku"], r["tier"], cj.parse_number(r["vcpu"]), cj.parse_number(r["memory_gib"])]
            for r in read_csv(HERE, "data", "app_service_plans.csv")]
    return cj.table(["sku", "tier", "vcpu", "memoryGiB"], rows, source="azure-service-specs")


def sql_dtu_tiers():
    """Azure SQL Database DTU service objectives: bills name the objective ("S2 DTUs"), not its size."""
    rows = [[r["tier"], r["edition"], cj.parse_number(r["dtus"])] for r in read_csv(HERE, "data", "azure_sql_dtu_tiers.csv")]
    return cj.table(["tier", "edition", "dtus"], rows, source="azure-service-specs")


def _aws_reserved(data):
    """Reserved-instance discounts off on-demand, from one instance type's full AWS price record."""
    path = os.path.join(data, PRICING, "official-samples", "vantage_ec2_single_instance.json")
    with open(path, encoding="utf-8") as f:
        record = json.load(f)
    linux = record["pricing"]["us-east-1"]["linux"]
    on_demand = float(linux["ondemand"])
    rows = []
    for key, price in sorted(linux["reserved"].items()):
        term, upfront = key.split(".")
        years = 1 if term.startswith("yrTerm1") else 3
        offering = "convertible" if term.endswith("Convertible") else "standard"
        upfront = {"noUpfront": "none", "partialUpfront": "partial", "allUpfront": "all"}[upfront]
        discount = round(1.0 - float(price) / on_demand, 4)
        rows.append(["aws", "vm", years, offering, upfront, discount, "aws-vantage-sample",
                     "%s us-east-1 Linux: %s effective vs %s on-demand" % (record["instance_type"], price, linux["ondemand"])])
    return rows


def _azure_reserved(data):
    """Reservation discounts off pay-as-you-go, from the Retail Prices API rows of one meter."""
    path = os.path.join(data, PRICING, "official-samples", "azure_retail_prices_sample.json")
    with open(path, encoding="utf-8") as f:
        items = json.load(f)["Items"]
    payg = {(i["meterId"], i["armRegionName"]): i for i in items if i["type"] == "Consumption"}
    rows = []
    for item in items:
        if item["type"] != "Reservation":
            continue
        base = payg.get((item["meterId"], item["armRegionName"]))
        if not base:
            continue
        years = 1 if item["reservationTerm"].startswith("1") else 3
        hourly = item["retailPrice"] / (HOURS_PER_YEAR * years)
        discount = round(1.0 - hourly / base["retailPrice"], 4)
        rows.append(["azure", "vm", years, "standard", "all", discount, "azure-retail-sample",
                     "%s %s: %s for %d year(s) = %.4f/h vs %s pay-as-you-go" % (
                         item["armSkuName"], item["armRegionName"], item["retailPrice"], years, hourly,
                         base["retailPrice"])])
    return sorted(rows)


def _cloud_sql_commitments(data):
    """The reference row holds the 1-year discount; its source text quotes both terms ("25% 1y, 52% 3y")."""
    for r in read_csv(data, PRICING, "reference_list_prices.csv"):
        if r["cloud"] == "gcp" and r["item"].startswith("CUD 1y / 3y"):
            terms = {int(years): int(percent) / 100.0 for percent, years in re.findall(r"(\d+)% (\d)y", r["source"])}
            if terms.get(1) != cj.parse_number(r["usd"]):
                sys.exit("Cloud SQL CUD row: the 1-year discount and its source text disagree")
            return [["gcp", "database", years, "committed use", "none", discount, "reference-list-prices", r["source"]]
                    for years, discount in sorted(terms.items())]
    return []


def commitments(data):
    rows = _aws_reserved(data) + _azure_reserved(data) + _cloud_sql_commitments(data)
    return cj.table(["cloud", "service", "termYears", "offering", "upfront", "discount", "source", "note"], rows)


def build_services(data):
    return {"format": 1, "equivalence": equivalence(data), "diskTiers": disk_tiers(),
            "appServicePlans": app_service_plans(), "sqlDtuTiers": sql_dtu_tiers(), "commitments": commitments(data)}
