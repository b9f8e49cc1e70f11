#!/usr/bin/env bash
# Writes the documentation screenshots into docs/screenshots from the real window on the bundled demo,
# headless (offscreen platform): the main window, the import page, the Charts page (light and dark), the
# presentation mode and every chart as exported.
#   tools/screenshots.sh [BUILD_DIR]      (default build/dev, configured with the dev preset if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset dev >/dev/null
fi
cmake --build "$build" --target cloudshift_screenshots
mkdir -p docs/screenshots
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bin/cloudshift_screenshots" docs/screenshots
