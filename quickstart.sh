#!/usr/bin/env bash
# CloudShift quick start on Debian 12: installs missing build packages, builds, and then
#   ./quickstart.sh run    starts the GUI on the bundled demo export (or, without a display,
#                          writes the demo report and says where)
#   ./quickstart.sh test   runs the whole test suite (unit, model, GUI, CLI, sanitizer and package tests)
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
          libqt6opengl6-dev libgl-dev nlohmann-json3-dev zlib1g-dev libisal-dev
          xvfb xauth poppler-utils appstream desktop-file-utils dpkg-dev file python3)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    say "Building ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

run_demo() {
    build release
    local exe=build/release/bin/cloudshift
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "Starting CloudShift on the bundled demo export"
        exec "$exe" open :demo
    fi
    say "No display: writing the demo report instead"
    "$exe" report :demo --out build/release/cloudshift-demo-report.pdf
    "$exe" report :demo --out build/release/cloudshift-demo-chart.png
    echo "Open build/release/cloudshift-demo-report.pdf (report) and build/release/cloudshift-demo-chart.png (chart)."
}

run_tests() {
    build dev
    say "Running the test suite (dev)"
    ctest --preset dev
    build asan
    say "Running the test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
    ctest --preset asan
    build release
    say "Packaging test: build the .deb, install it, run it, remove it"
    packaging/test-install.sh build/release
    say "All tests passed"
}

case "${1:-}" in
    run) install_packages; run_demo ;;
    test) install_packages; run_tests ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
