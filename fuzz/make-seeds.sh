#!/bin/sh
# Builds the seed corpus of each fuzz target from the project's own fixtures (tests/data, the bundled
# demo export, fuzz/seeds) into OUTPUT/<target>/. Public samples in the shared data folder
# (CLOUDSHIFT_SHARED_DATA, default ../shared/data beside the repository) are added when present; they
# are cut to their first lines and never copied into the repository.
#
# usage: fuzz/make-seeds.sh OUTPUT
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${1:?usage: make-seeds.sh OUTPUT}
shared=${CLOUDSHIFT_SHARED_DATA:-$root/../shared/data}
data=$root/tests/data

mkdir -p "$out"
for t in fuzz_csvreader fuzz_billingimport fuzz_gzip fuzz_manifest fuzz_projectfile fuzz_pricefile; do
    rm -rf "${out:?}/$t"
    mkdir -p "$out/$t"
done

# Text exports, cut to their first 40 lines: a seed needs the header and some rows, not the volume.
csv_seeds() {
    for f in "$data"/bad/*.csv "$data"/exports/*.csv "$data"/exports/*.txt \
        "$data"/exports/partitioned/*/*.csv "$data"/exports/partitioned/*/*/*/*.csv "$root"/resources/demo/*.csv; do
        [ -f "$f" ] && echo "$f"
    done
    if [ -d "$shared/azure" ]; then
        find "$shared/azure" -type f -name '*.csv' | sort
    fi
}
n=0
csv_seeds | while read -r f; do
    n=$((n + 1))
    name=$(basename "$f" | tr -c 'A-Za-z0-9._\n-' '_')
    head -n 40 "$f" > "$out/fuzz_billingimport/$n-$name"
    # fuzz_csvreader: two leading bytes choose the chunk size and the record limit.
    { printf '\200\000'; head -n 40 "$f"; } > "$out/fuzz_csvreader/$n-$name"
    { printf '\002'; head -n 40 "$f"; } > "$out/fuzz_gzip/text-$n-$name"
done

# fuzz_gzip: an odd first byte marks a .gz file as found on disk.
for f in "$data"/bad/*.gz "$data"/exports/*.gz; do
    [ -f "$f" ] && { printf '\001'; cat "$f"; } > "$out/fuzz_gzip/gz-$(basename "$f")"
done
{ printf '\001'; head -n 40 "$root"/resources/demo/*.csv | gzip -9n; } > "$out/fuzz_gzip/gz-demo.csv.gz"

n=0
find "$data" -name '*.json' | sort | while read -r f; do
    n=$((n + 1))
    cp "$f" "$out/fuzz_manifest/$n-$(basename "$f")"
done

cp "$here"/seeds/pricefile/* "$out/fuzz_pricefile/"
cp "$root"/tests/catalog/data/*.csv "$out/fuzz_pricefile/"
if [ -d "$shared/pricing/official-samples" ]; then
    for f in "$shared"/pricing/official-samples/*.json; do
        cp "$f" "$out/fuzz_pricefile/shared-$(basename "$f")"
    done
fi

# Projects saved by `cloudshift import tests/data/exports/... --save-project`.
cp "$here"/seeds/projectfile/* "$out/fuzz_projectfile/"
echo "seed corpora written to $out"
