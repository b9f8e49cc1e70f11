#!/usr/bin/env bash
# Regenerates every raster icon from the two SVG sources in this folder:
#   hicolor/<N>x<N>/apps/io.cloudshift.CloudShift.png                  (application icon)
#   hicolor/<N>x<N>/mimetypes/io.cloudshift.CloudShift-project.png     (project file icon)
#   ../windows/*.ico and ../macos/*.icns                                (packed from those PNGs)
# The outputs are committed, so a build never needs these tools; run this after editing an SVG.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="io.cloudshift.CloudShift"
sizes=(16 32 48 64 128 256)

command -v rsvg-convert >/dev/null || { echo "render.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "render.sh: python3 not found" >&2; exit 1; }

render() { # render SVG SIZE OUT
    mkdir -p "$(dirname "$3")"
    rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio --format png --output "$3" "$1"
}

for size in "${sizes[@]}"; do
    dir="$here/hicolor/${size}x${size}"
    render "$here/$app_id.svg" "$size" "$dir/apps/$app_id.png"
    render "$here/$app_id-project.svg" "$size" "$dir/mimetypes/$app_id-project.png"
done

# Windows and macOS want one container file; 512 px is only needed for the macOS Retina slot.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
render "$here/$app_id.svg" 512 "$tmp/512.png"
render "$here/$app_id-project.svg" 512 "$tmp/project-512.png"

python3 "$here/pack_icons.py" ico "$here/../windows/cloudshift.ico" \
    "$here/hicolor/16x16/apps/$app_id.png" "$here/hicolor/32x32/apps/$app_id.png" \
    "$here/hicolor/48x48/apps/$app_id.png" "$here/hicolor/64x64/apps/$app_id.png" \
    "$here/hicolor/256x256/apps/$app_id.png"
python3 "$here/pack_icons.py" ico "$here/../windows/cloudshift-project.ico" \
    "$here/hicolor/16x16/mimetypes/$app_id-project.png" "$here/hicolor/32x32/mimetypes/$app_id-project.png" \
    "$here/hicolor/48x48/mimetypes/$app_id-project.png" "$here/hicolor/256x256/mimetypes/$app_id-project.png"
python3 "$here/pack_icons.py" icns "$here/../macos/cloudshift.icns" \
    "$here/hicolor/16x16/apps/$app_id.png" "$here/hicolor/32x32/apps/$app_id.png" \
    "$here/hicolor/64x64/apps/$app_id.png" "$here/hicolor/128x128/apps/$app_id.png" \
    "$here/hicolor/256x256/apps/$app_id.png" "$tmp/512.png"
python3 "$here/pack_icons.py" icns "$here/../macos/cloudshift-project.icns" \
    "$here/hicolor/16x16/mimetypes/$app_id-project.png" "$here/hicolor/32x32/mimetypes/$app_id-project.png" \
    "$here/hicolor/64x64/mimetypes/$app_id-project.png" "$here/hicolor/128x128/mimetypes/$app_id-project.png" \
    "$here/hicolor/256x256/mimetypes/$app_id-project.png" "$tmp/project-512.png"

echo "render.sh: icons regenerated under $here/hicolor, windows/ and macos/"
