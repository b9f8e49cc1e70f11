#!/usr/bin/env python3
"""Compile the measured inter-region latency tables and fit the latency model embedded in CloudShift.

    python3 tools/compile_latency.py --data ../shared/data --out resources/latency

Reads DATA/latency/*.csv and writes into OUT: the measured tables (measured_*.json, region ids written
as cloud:region), regions.json (coordinates and continent group), model.json (the fitted model, the
model fitted without fold 0 that the tests evaluate on fold 0, and the cross-validated errors),
manifest.json and SOURCES.md. Python 3 standard library only; the output depends only on the inputs.

Model (described in resources/latency/SOURCES.md, written by latency_sources.py):
rtt = (a[class] + k[class, group pair] * km / 100) * f[from] * f[to], each parameter minimising the sum
of relative errors; band = 10th..90th percentile of measured/modelled out of fold. Folds: FNV-1a 32-bit
of "a|b" (a < b, UTF-8) modulo 5, so both directions of a pair, and the same pair in several tables,
fall in the same fold.
"""

import argparse
import csv
import math
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import catalog_json as cj  # noqa: E402
from latency_sources import TABLES, sources_md  # noqa: E402

FORMAT = 1
FOLDS = 5
VALIDATION_FOLD = 0
EARTH_RADIUS_KM = 6371.0  # the same constant as GeoCoordinate::distanceKmTo
INTERCEPTS = [i * 0.5 for i in range(17)]  # 0..8 ms
MIN_PAIR_SAMPLES = 8  # fewer measured pairs than this: the class-wide route factor is used
REGION_SHRINK = 10.0  # a region factor counts n / (n + 10) of its median residual
REGION_ITERATIONS = 2
# Band buckets by distance (km). Same-metro pairs across clouds get their own: most measure 2-5 ms, but one
# in ten takes a detour of tens of ms. A bucket with fewer than MIN_BAND_SAMPLES joins the next one.
BUCKETS = [0.0, 100.0, 500.0, 3000.0]
MIN_BAND_SAMPLES = 20
BAND = (0.10, 0.90)

# Continent groups. North America is split at 100 degrees west: coast-to-coast routes differ from
# routes within the east, and the split lowers the cross-validated error by about one point.
GROUPS = [("af", "Africa"), ("eas", "East Asia"), ("eu", "Europe"), ("me", "Middle East"),
          ("nae", "North America (east)"), ("naw", "North America (west)"), ("oc", "Oceania"),
          ("sa", "South America"), ("sas", "South Asia"), ("sea", "Southeast Asia")]
COUNTRY_GROUP = {"South Africa": "af", "China": "eas", "Hong Kong": "eas", "Japan": "eas", "South Korea": "eas",
    "Taiwan": "eas", "Bahrain": "me", "Israel": "me", "Qatar": "me", "Saudi Arabia": "me",
    "United Arab Emirates": "me", "Australia": "oc", "New Zealand": "oc", "Brazil": "sa", "Chile": "sa",
    "India": "sas", "Indonesia": "sea", "Malaysia": "sea", "Singapore": "sea", "Thailand": "sea",
    "Canada": "na", "Mexico": "na", "United States": "na"}
EUROPE = {"Austria", "Belgium", "Denmark", "Finland", "France", "Germany", "Greece", "Ireland", "Italy",
          "Netherlands", "Norway", "Poland", "Spain", "Sweden", "Switzerland", "United Kingdom"}


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def region_group(country, lon):
    group = COUNTRY_GROUP.get(country) or ("eu" if country in EUROPE else None)
    if group is None:
        sys.exit("regions.csv: no continent group for country %r" % country)
    return ("naw" if lon < -100.0 else "nae") if group == "na" else group


def distance_km(a, b):
    radians = math.pi / 180.0
    dlat = (b[0] - a[0]) * radians
    dlon = (b[1] - a[1]) * radians
    h = (math.sin(dlat / 2) * math.sin(dlat / 2)
         + math.cos(a[0] * radians) * math.cos(b[0] * radians) * math.sin(dlon / 2) * math.sin(dlon / 2))
    return 2.0 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def fold_of(a, b):
    h = 0x811C9DC5
    for byte in ("|".join(sorted((a, b)))).encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h % FOLDS


def weighted_median(pairs):
    pairs = sorted(pairs)
    half, acc = sum(w for _, w in pairs) / 2.0, 0.0
    for value, weight in pairs:
        acc += weight
        if acc >= half:
            return value
    return pairs[-1][0]


def quantile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def group_pair(a, b):
    return tuple(sorted((a, b)))


def read_inputs(data):
    regions = {}
    for r in read_csv(os.path.join(data, "regions.csv")):
        lat, lon = float(r["lat"]), float(r["lon"])
        regions[r["cloud"] + ":" + r["region_id"]] = (lat, lon, region_group(r["country"], lon))
    tables = []
    for table_id, name, cloud, title, licence, upstream in TABLES:
        rows, dates = [], set()
        for r in read_csv(os.path.join(data, name)):
            a, b = r["from_region"], r["to_region"]
            if cloud:
                a, b = cloud + ":" + a, cloud + ":" + b
            rows.append((a, b, float(r["rtt_ms"])))
            dates.add(r["date"])
        if len(dates) != 1:
            sys.exit("%s: expected one measurement date, found %s" % (name, sorted(dates)))
        rows.sort()
        tables.append({"id": table_id, "file": name, "title": title, "licence": licence, "upstream": upstream,
                       "asOf": dates.pop(), "rows": rows})
    return regions, tables


def samples_of(tables, regions):
    """Every measured pair between two distinct regions with coordinates, as a fitting sample."""
    out = []
    for t in tables:
        for a, b, rtt in t["rows"]:
            if a == b or a not in regions or b not in regions:
                continue
            cls = "same" if a.split(":")[0] == b.split(":")[0] else "cross"
            out.append({"table": t["id"], "a": a, "b": b, "y": rtt, "cls": cls, "fold": fold_of(a, b),
                        "d": distance_km(regions[a], regions[b]),
                        "gp": group_pair(regions[a][2], regions[b][2])})
    return out


def base_rtt(model, s):
    cls = model["classes"][s["cls"]]
    k = model["route"].get((s["cls"],) + s["gp"], cls["k"])
    return cls["a"] + k * s["d"] / 100.0


def predict(model, s):
    f = model["region"]
    return base_rtt(model, s) * f.get(s["a"], (1.0, 0))[0] * f.get(s["b"], (1.0, 0))[0]


def fit(train, route_factors=True, region_factors=True):
    """Fits one model on the training samples; parameters are rounded as written, then used as such."""
    model = {"classes": {}, "route": {}, "region": {}}
    for cls in ("same", "cross"):
        rows = [s for s in train if s["cls"] == cls and s["d"] > 0]
        best = None
        for a in INTERCEPTS:
            ratio = [((s["y"] - a) * 100.0 / s["d"], s["d"] / s["y"]) for s in rows]
            k = round(weighted_median(ratio), 4)
            route = {}
            if route_factors:
                by_pair = {}
                for s, r in zip(rows, ratio):
                    by_pair.setdefault(s["gp"], []).append(r)
                route = {(cls,) + gp: (round(weighted_median(v), 4), len(v))
                         for gp, v in sorted(by_pair.items()) if len(v) >= MIN_PAIR_SAMPLES}
            cost = sum(abs(a + route.get((cls,) + s["gp"], (k,))[0] * s["d"] / 100.0 - s["y"]) / s["y"]
                       for s in rows)
            if best is None or cost < best[0]:
                best = (cost, a, k, route, len(rows))
        model["classes"][cls] = {"a": best[1], "k": best[2], "n": best[4]}
        model["route"].update({key: v[0] for key, v in best[3].items()})
        model.setdefault("routeSamples", {}).update({key: v[1] for key, v in best[3].items()})
    for _ in range(REGION_ITERATIONS if region_factors else 0):
        residuals = {}
        for s in train:
            r = math.log(s["y"] / predict(model, s))
            residuals.setdefault(s["a"], []).append(r)
            residuals.setdefault(s["b"], []).append(r)
        for region, values in sorted(residuals.items()):
            n = len(values)
            old = model["region"].get(region, (1.0, 0))[0]
            model["region"][region] = (round(old * math.exp(quantile(values, 0.5) * n / (n + REGION_SHRINK)), 4), n)
    return model


def bucket_of(d):
    return max(i for i, edge in enumerate(BUCKETS) if d >= edge)


def out_of_fold(samples, folds, **options):
    """(sample, prediction) for every sample, each predicted by a model fitted without its fold."""
    result = []
    for k in folds:
        model = fit([s for s in samples if s["fold"] in folds and s["fold"] != k], **options)
        result += [(s, predict(model, s)) for s in samples if s["fold"] == k]
    return result


def add_bands(model, predictions):
    ratios = {}
    for s, p in predictions:
        ratios.setdefault((s["cls"], bucket_of(s["d"])), []).append(s["y"] / p)
    model["bands"] = {}
    for cls in sorted({c for c, _ in ratios}):
        start, pool = None, []
        for b in range(len(BUCKETS)):
            start = b if start is None else start
            pool += ratios.get((cls, b), [])
            if len(pool) >= MIN_BAND_SAMPLES or (b == len(BUCKETS) - 1 and pool):
                model["bands"][(cls, start)] = (round(quantile(pool, BAND[0]), 3), round(quantile(pool, BAND[1]), 3),
                                                len(pool))
                start, pool = None, []


def errors_by_table(predictions):
    errors = {}
    for s, p in predictions:
        errors.setdefault(s["table"], []).append(abs(p - s["y"]) / s["y"])
    return {t: {"pairs": len(e), "medianPct": round(100 * quantile(e, 0.5), 2),
                "p90Pct": round(100 * quantile(e, 0.9), 2)} for t, e in errors.items()}


def intra_region(tables):
    values = [rtt for t in tables for a, b, rtt in t["rows"] if a == b]
    return {"rttMs": round(quantile(values, 0.5), 3), "lowMs": round(quantile(values, BAND[0]), 3),
            "highMs": round(quantile(values, BAND[1]), 3), "pairs": len(values)}


def model_document(model, intra):
    classes = [[c, m["a"], m["k"], m["n"]] for c, m in sorted(model["classes"].items())]
    route = [[key[0], key[1], key[2], k, model["routeSamples"][key]] for key, k in sorted(model["route"].items())]
    region = [[r, f, n] for r, (f, n) in sorted(model["region"].items())]
    bands = [[c, BUCKETS[b], lo, hi, n] for (c, b), (lo, hi, n) in sorted(model["bands"].items())]
    return {"classes": cj.table(["class", "interceptMs", "routeFactor", "samples"], classes),
            "routeFactors": cj.table(["class", "groupA", "groupB", "routeFactor", "samples"], route),
            "regionFactors": cj.table(["region", "factor", "samples"], region),
            "bands": cj.table(["class", "fromKm", "low", "high", "samples"], bands),
            "intraRegion": intra}


def compile_latency(data, out):
    regions, tables = read_inputs(os.path.join(data, "latency"))
    samples = samples_of(tables, regions)
    every_fold = list(range(FOLDS))
    intra = intra_region(tables)
    cross_validated = out_of_fold(samples, every_fold)
    full = fit(samples)
    add_bands(full, cross_validated)
    train = [s for s in samples if s["fold"] != VALIDATION_FOLD]
    validation = fit(train)
    add_bands(validation, out_of_fold(train, [k for k in every_fold if k != VALIDATION_FOLD]))
    held_out = errors_by_table([(s, predict(validation, s)) for s in samples if s["fold"] == VALIDATION_FOLD])
    plain = errors_by_table(out_of_fold(samples, every_fold, route_factors=False, region_factors=False))
    route_only = errors_by_table(out_of_fold(samples, every_fold, region_factors=False))
    full_cv = errors_by_table(cross_validated)

    as_of = max(t["asOf"] for t in tables)
    pct = ("medianPct", "p90Pct")
    cv_rows = [[t, full_cv[t]["pairs"]] + [e[t][k] for e in (plain, route_only, full_cv) for k in pct]
               + [held_out[t][k] for k in ("pairs",) + pct] for t in (t["id"] for t in tables)]
    documents = {}
    for t in tables:
        documents["measured_%s.json" % t["id"]] = {
            "format": FORMAT, "id": t["id"], "asOf": t["asOf"],
            "measured": cj.table(["from", "to", "rttMs"], [[a, b, cj.number(r)] for a, b, r in t["rows"]])}
    documents["regions.json"] = {
        "format": FORMAT,
        "groups": cj.table(["id", "name"], [list(g) for g in GROUPS]),
        "regions": cj.table(["region", "lat", "lon", "group"],
                            [[r, cj.number(v[0]), cj.number(v[1]), v[2]] for r, v in sorted(regions.items())])}
    documents["model.json"] = {
        "format": FORMAT, "asOf": as_of, "kmPerMsRoundTrip": 100, "folds": FOLDS,
        "foldRule": "FNV-1a 32-bit of 'a|b' (a < b, UTF-8) modulo folds",
        "fitted": model_document(full, intra),
        "validation": dict(model_document(validation, intra), heldOutFold=VALIDATION_FOLD),
        "crossValidation": cj.table(
            ["table", "pairs", "plainMedianPct", "plainP90Pct", "routeMedianPct", "routeP90Pct", "medianPct",
             "p90Pct", "heldOutPairs", "heldOutMedianPct", "heldOutP90Pct"], cv_rows)}
    documents["manifest.json"] = {
        "format": FORMAT, "asOf": as_of, "generator": "tools/compile_latency.py",
        "tables": cj.table(["id", "file", "title", "asOf", "licence", "upstream", "rows"],
                           [[t["id"], "measured_%s.json" % t["id"], t["title"], t["asOf"], t["licence"],
                             t["upstream"], len(t["rows"])] for t in tables]),
        "files": sorted(documents) + ["manifest.json"]}
    os.makedirs(out, exist_ok=True)
    for name, doc in sorted(documents.items()):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(cj.dumps(doc))
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(sources_md(tables, full, intra, cv_rows, samples, BUCKETS, MIN_PAIR_SAMPLES, VALIDATION_FOLD))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the shared data folder (holds latency/)")
    parser.add_argument("--out", required=True, help="output folder, normally resources/latency")
    args = parser.parse_args()
    compile_latency(args.data, args.out)


if __name__ == "__main__":
    main()
