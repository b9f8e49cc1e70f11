"""Provenance of the measured latency tables, and SOURCES.md of the compiled latency data.

Facts are taken from data/latency/SOURCES.md of the shared data set, so every value the app shows can be
traced to an upstream repository, commit, licence and date.
"""

# (id, file under data/latency, cloud prefix for bare region ids, title, licence, upstream)
TABLES = [  # newest first: the order the engine looks values up in
    ("azure-2026-07", "azure_inter_region_2026-07.csv", "azure",
     "Azure inter-region round trip, P50 over 30 days", "CC-BY-4.0",
     "MicrosoftDocs/azure-docs, articles/networking/azure-network-latency.md (ms.date 07/30/2026)"),
    ("aws-cloudping-2025-05", "aws_inter_region_cloudping_2025-05.csv", "aws",
     "AWS inter-region round trip, cloudping.co P50 over 1 year", "Apache-2.0",
     "oaustegard/oaustegard.github.io @ a6d652c87263c3b92af361c170a5c3cf72add3e9, "
     "web-utilities/aws-ping-p50-1y.json (content of fc319dc885ff80f59be93d69c23346d657a7c538)"),
    ("gcp-2023-11", "gcp_inter_region_2023-11.csv", "gcp",
     "Google Cloud inter-region round trip, Performance Dashboard median over 4 h", "Apache-2.0",
     "ubc-cirrus-lab/caribou @ 84ed945bcdc39fc3ea262764709573ec6aab8b12, "
     "multi_x_serverless/global_routing/internal/trackers/data/gcp_rtt_latency_between_regions.html"),
    ("skyplane-2022-04", "cross_cloud_skyplane_2022-04.csv", None,
     "Cross-cloud and same-cloud VM-to-VM ICMP ping (average), premium tier; two thirds of the "
     "cross-cloud pairs", "Apache-2.0",
     "skyplane-project/skyplane @ 945dca27681f406e16d88623d1a31995f02546fd, profiles/latency.csv"),
]


def sources_md(tables, full, intra, cv_rows, samples, buckets, min_pair_samples, validation_fold):
    """SOURCES.md: provenance of each table, the model's terms and its cross-validated errors."""
    lines = [
        "# Embedded latency tables: sources",
        "",
        "Compiled by `tools/compile_latency.py` from `data/latency/` of the shared data set (measured values",
        "re-tabulated; no upstream code). Region ids are written `cloud:region`. Coordinates: `regions.csv`",
        "of the same data set (city- or campus-level, +-50-300 km). Looked up newest table first.",
        "",
        "| table | data | as of | rows | licence | upstream |",
        "|---|---|---|---|---|---|",
    ]
    lines += ["| `%s` | %s | %s | %d | %s | %s |" % (t["id"], t["title"], t["asOf"], len(t["rows"]), t["licence"],
                                                     t["upstream"]) for t in tables]
    same, cross = full["classes"]["same"], full["classes"]["cross"]
    metro = [s["y"] for s in samples if s["cls"] == "cross" and s["d"] < buckets[1]]
    lines += [
        "",
        "## Model for pairs no table measures",
        "",
        "`rtt = (a + k * distance_km / 100) * f_from * f_to`: great-circle distance at 200 km/ms in fibre,",
        "a route factor `k` per continent-group pair (%d fitted; class-wide factor below %d measured pairs),"
        % (len(full["route"]), min_pair_samples),
        "a fixed cost `a` (same cloud %.1f ms, across clouds %.1f ms) and a factor per region (%d regions)."
        % (same["a"], cross["a"], len(full["region"])),
        "Same region: %.1f ms (band %.1f-%.1f ms), the median of the %d intra-region values in the tables."
        % (intra["rttMs"], intra["lowMs"], intra["highMs"], intra["pairs"]),
        "Band: 10th-90th percentile of measured/modelled in out-of-fold predictions, per class and distance",
        "bucket (%s km). Pairs across clouds less than 100 km apart are modelled at a few ms, with a band"
        % ", ".join("%d" % b for b in buckets[1:]),
        "up to %.1f times the value: the %d measured ones range from %.1f to %.1f ms." % (
            full["bands"][("cross", 0)][1], len(metro), min(metro), max(metro)),
        "",
        "## Cross-validated error (5 folds by pair; error = |model - measured| / measured)",
        "",
        "| table | pairs | plain a + k*d (median / p90) | + route factors | + region factors (shipped) "
        "| held-out fold %d only |" % validation_fold,
        "|---|---|---|---|---|---|",
    ]
    lines += ["| `%s` | %d | %.1f %% / %.1f %% | %.1f %% / %.1f %% | %.1f %% / %.1f %% | %.1f %% / %.1f %% (%d) |"
              % (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10], r[8]) for r in cv_rows]
    lines += ["", "`model.json` holds the model fitted on every pair (`fitted`) and the one fitted without fold %d"
              % validation_fold, "(`validation`), which `tst_latencymodel` evaluates on that fold with the engine's "
              "own code.", ""]
    return "\n".join(lines)
