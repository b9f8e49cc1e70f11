#!/usr/bin/env bash
# Install test for the Debian package: build the .deb from a release build directory, install it
# with apt, run the installed binary headless (version, PDF and PNG reports of the bundled demo),
# check the desktop integration files, then remove the package and check it is gone.
#
#   usage: packaging/test-install.sh BUILD_DIR
#   BUILD_DIR: a configured and built release tree, e.g. build/release from
#              cmake --preset release && cmake --build --preset release
#
# Building and listing the package works as any user; installing needs root, and without it the
# script stops after the listing with "skipped: needs root" and exit 0. Any failed check exits 1.
# Tools: cpack, dpkg-deb, apt-get; desktop-file-validate (desktop-file-utils) and appstreamcli
# (appstream) to validate the installed files; pdfinfo (poppler-utils) is used when present.
set -euo pipefail

readonly package=cloudshift
readonly app_id=io.cloudshift.CloudShift
readonly binary=/usr/bin/cloudshift

passed=0
installed_by_us=0
tmp=""

say() { printf 'test-install: %s\n' "$*"; }

summary() { printf 'test-install: %d passed, %d failed\n' "$passed" "$1"; }

fail() {
    printf 'test-install: FAIL: %s\n' "$*" >&2
    summary 1
    exit 1
}

pass() {
    passed=$((passed + 1))
    printf 'test-install: ok: %s\n' "$*"
}

cleanup() {
    local status=$?
    # Leave the machine as it was: a failed run must not keep the package installed.
    if [[ $installed_by_us -eq 1 ]] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        say "cleanup: removing $package after an incomplete run"
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$package" >/dev/null 2>&1 || true
    fi
    [[ -n $tmp ]] && rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT

need_tool() { # need_tool TOOL DEBIAN_PACKAGE
    command -v "$1" >/dev/null 2>&1 || fail "$1 not found (apt-get install $2)"
}

# file_magic FILE BYTES: the first BYTES bytes of FILE as lower-case hex without spaces.
file_magic() { head -c "$2" "$1" | od -An -tx1 | tr -d ' \n'; }

# ---- arguments --------------------------------------------------------------------------------
if [[ $# -ne 1 ]]; then
    echo "usage: $0 BUILD_DIR   (a configured and built release build directory)" >&2
    exit 2
fi
build_dir="$(cd "$1" 2>/dev/null && pwd)" || { echo "test-install: no such directory: $1" >&2; exit 2; }
[[ -f $build_dir/CPackConfig.cmake ]] ||
    { echo "test-install: $build_dir is not a configured build directory (no CPackConfig.cmake)" >&2; exit 2; }

need_tool cmake cmake
need_tool cpack cmake
need_tool dpkg-deb dpkg
tmp="$(mktemp -d)"

# ---- build the package ------------------------------------------------------------------------
say "building $package in $build_dir"
cmake --build "$build_dir" --target cloudshift ||
    fail "the cloudshift target does not build in $build_dir"
rm -f "$build_dir"/"$package"_*.deb "$build_dir"/"$package"-dbgsym_*.ddeb
(cd "$build_dir" && cpack -G DEB) || fail "cpack -G DEB failed in $build_dir"

shopt -s nullglob
debs=("$build_dir"/"$package"_*.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || fail "expected one ${package}_*.deb in $build_dir, found ${#debs[@]}"
deb="${debs[0]}"
pass "built $(basename "$deb")"

# ---- inspect it -------------------------------------------------------------------------------
echo
say "package contents:"
dpkg-deb -c "$deb"
echo
say "control fields:"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Installed-Size
echo
size_bytes="$(stat -c %s "$deb")"
say "package size: $size_bytes bytes ($(du -h "$deb" | cut -f1)), installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB"

[[ "$(dpkg-deb -f "$deb" Package)" == "$package" ]] || fail "package name is not $package"
deb_version="$(dpkg-deb -f "$deb" Version)"
upstream_version="${deb_version%-*}" # 0.1.0-1 -> 0.1.0
contents="$(dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|')"
for path in \
    "$binary" \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/mime/packages/$app_id.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    "/usr/share/icons/hicolor/scalable/mimetypes/$app_id-project.svg"; do
    grep -qxF "$path" <<<"$contents" || fail "the package does not contain $path"
done
pass "the package contains the binary, desktop entry, metainfo, MIME type and icons"
grep -q 'libqt6' <<<"$(dpkg-deb -f "$deb" Depends)" ||
    fail "Depends has no Qt library: was dpkg-shlibdeps run? ($(dpkg-deb -f "$deb" Depends))"
pass "Depends lists the Qt libraries found by dpkg-shlibdeps"

# ---- install ----------------------------------------------------------------------------------
if [[ $(id -u) -ne 0 ]]; then
    say "skipped: needs root to install the package (the build and listing above passed)"
    summary 0
    exit 0
fi
need_tool apt-get apt
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
export DEBIAN_FRONTEND=noninteractive

if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    say "$package is already installed; removing it first so the new package is installed fresh"
    apt-get remove -y "$package"
fi
[[ ! -e $binary ]] || fail "$binary exists although $package is not installed; refusing to overwrite it"

say "installing $deb"
installed_by_us=1
apt-get install -y --no-install-recommends "$deb" || fail "apt-get install $deb failed"
[[ -x $binary ]] || fail "$binary is not installed"
pass "apt-get installed $package $deb_version"

# ---- run the installed binary -----------------------------------------------------------------
version_output="$(timeout 60 "$binary" --version 2>&1)" || fail "$binary --version failed: $version_output"
say "$binary --version: $version_output"
grep -qF "$upstream_version" <<<"$version_output" ||
    fail "--version does not print the package version $upstream_version"
pass "--version prints $upstream_version"

report() { # report OUTPUT_FILE
    QT_QPA_PLATFORM=offscreen timeout 300 "$binary" report :demo --out "$1" ||
        fail "$binary report :demo --out $1 failed (exit $?)"
    [[ -s $1 ]] || fail "report :demo did not write $1"
}

report "$tmp/demo.pdf"
[[ "$(head -c 5 "$tmp/demo.pdf")" == "%PDF-" ]] || fail "$tmp/demo.pdf does not start with %PDF-"
if command -v pdfinfo >/dev/null 2>&1; then
    pages="$(pdfinfo "$tmp/demo.pdf" | awk '/^Pages:/ { print $2 }')"
    [[ ${pages:-0} -ge 1 ]] || fail "pdfinfo finds no page in demo.pdf"
    say "demo.pdf: $pages page(s), $(stat -c %s "$tmp/demo.pdf") bytes"
fi
pass "report :demo writes a PDF"

report "$tmp/demo.png"
[[ "$(file_magic "$tmp/demo.png" 8)" == "89504e470d0a1a0a" ]] || fail "$tmp/demo.png is not a PNG file"
width=$((16#$(head -c 20 "$tmp/demo.png" | tail -c 4 | od -An -tx1 | tr -d ' \n')))
height=$((16#$(head -c 24 "$tmp/demo.png" | tail -c 4 | od -An -tx1 | tr -d ' \n')))
[[ $width -gt 0 && $height -gt 0 ]] || fail "demo.png has an empty image (${width}x${height})"
say "demo.png: ${width}x${height}, $(stat -c %s "$tmp/demo.png") bytes"
pass "report :demo writes a PNG"

# ---- desktop integration ----------------------------------------------------------------------
desktop_file="/usr/share/applications/$app_id.desktop"
metainfo_file="/usr/share/metainfo/$app_id.metainfo.xml"
[[ -f $desktop_file ]] || fail "$desktop_file is not installed"
desktop-file-validate "$desktop_file" || fail "desktop-file-validate rejects $desktop_file"
pass "$desktop_file is installed and valid"
[[ -f $metainfo_file ]] || fail "$metainfo_file is not installed"
appstreamcli validate --no-net "$metainfo_file" || fail "appstreamcli rejects $metainfo_file"
pass "$metainfo_file is installed and valid"
if command -v update-mime-database >/dev/null 2>&1; then
    # The shared-mime-info dpkg trigger compiles the package into the system database.
    [[ -f /usr/share/mime/application/x-cloudshift-project.xml ]] ||
        fail "application/x-cloudshift-project is not in the system MIME database after install"
    pass "the MIME type application/x-cloudshift-project is registered"
fi

# ---- remove -----------------------------------------------------------------------------------
say "removing $package"
apt-get remove -y "$package" || fail "apt-get remove $package failed"
installed_by_us=0
[[ ! -e $binary ]] || fail "$binary is still there after apt-get remove"
[[ ! -e $desktop_file ]] || fail "$desktop_file is still there after apt-get remove"
pass "apt-get remove deletes $binary and the desktop entry"

summary 0
