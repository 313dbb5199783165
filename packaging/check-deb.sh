#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks a built Sillage .deb: its contents, its desktop entry and AppStream metadata, and, with --install, that it
# installs, that sillage-cli runs, and that removing it leaves none of its files behind.
#
#   packaging/check-deb.sh build/sillage_0.1.0_amd64.deb
#   packaging/check-deb.sh --install build/sillage_0.1.0_amd64.deb    (root, or sudo without a password prompt)
#
# Needs dpkg-deb, desktop-file-validate (package desktop-file-utils) and appstreamcli (package appstream).
set -euo pipefail

readonly APP_ID="fr.sillage.Sillage"
readonly PACKAGE="sillage"
readonly REQUIRED_FILES=(
    "usr/bin/sillage"
    "usr/bin/sillage-cli"
    "usr/share/applications/${APP_ID}.desktop"
    "usr/share/metainfo/${APP_ID}.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
)

usage() {
    echo "Usage: $0 [--install] FILE.deb" >&2
    echo "  --install   also install the package with apt-get, run 'sillage-cli --version', then remove it" >&2
}

step() { printf '\n==> %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }
fail() {
    printf '    FAILED: %s\n' "$*" >&2
    exit 1
}

install_mode=0
deb=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --install) install_mode=1 ;;
    -h | --help)
        usage
        exit 0
        ;;
    -*)
        usage
        exit 1
        ;;
    *)
        [[ -z "$deb" ]] || {
            usage
            exit 1
        }
        deb="$1"
        ;;
    esac
    shift
done
[[ -n "$deb" ]] || {
    usage
    exit 1
}
[[ -f "$deb" ]] || fail "no such file: $deb"
deb="$(realpath "$deb")"

for tool in dpkg-deb:dpkg desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
    command -v "${tool%%:*}" >/dev/null || fail "${tool%%:*} not found; install it with: apt-get install ${tool##*:}"
done

step "Reading the control fields of $deb"
name="$(dpkg-deb -f "$deb" Package)"
version="$(dpkg-deb -f "$deb" Version)"
[[ "$name" == "$PACKAGE" ]] || fail "package name is '$name', expected '$PACKAGE'"
ok "package $name, version $version, architecture $(dpkg-deb -f "$deb" Architecture)"
printf '    depends: %s\n' "$(dpkg-deb -f "$deb" Depends)"

step "Listing the contents with dpkg-deb -c"
# Paths in the listing look like "./usr/bin/sillage"; keep only the path column.
contents="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||')"
for f in "${REQUIRED_FILES[@]}"; do
    grep -qx -- "$f" <<<"$contents" || fail "missing from the package: /$f"
    ok "/$f"
done

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

step "Extracting with dpkg-deb -x into $workdir"
dpkg-deb -x "$deb" "$workdir"
for f in usr/bin/sillage usr/bin/sillage-cli; do
    [[ -x "$workdir/$f" ]] || fail "/$f is not executable"
done
ok "executables have their execute bit"

step "Validating the desktop entry with desktop-file-validate"
desktop-file-validate "$workdir/usr/share/applications/${APP_ID}.desktop" ||
    fail "desktop-file-validate reported errors"
ok "${APP_ID}.desktop"

step "Validating the AppStream metadata with appstreamcli validate --no-net"
appstreamcli validate --no-net --strict "$workdir/usr/share/metainfo/${APP_ID}.metainfo.xml" ||
    fail "appstreamcli reported errors or warnings"
ok "${APP_ID}.metainfo.xml"

if [[ $install_mode -eq 0 ]]; then
    step "Done: the package looks right (run with --install to try installing it)"
    exit 0
fi

if [[ $EUID -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    fail "--install needs root, or sudo without a password prompt"
fi

if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q 'install ok installed'; then
    fail "a '$PACKAGE' package is already installed; remove it first (this check removes the package at the end)"
fi

step "Installing with apt-get install -y --no-install-recommends $deb"
# Recommends (qt6-wayland) are left out to keep the check's footprint small; they are not needed to run.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb"
ok "installed"

step "Running sillage-cli --version"
cli_output="$(/usr/bin/sillage-cli --version)" || fail "sillage-cli --version exited with status $?"
printf '    %s\n' "$cli_output"
grep -qF -- "$version" <<<"$cli_output" || fail "the version printed does not mention the package version $version"
ok "sillage-cli runs and reports version $version"

step "Removing with apt-get remove -y $PACKAGE"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y "$PACKAGE"
for f in "${REQUIRED_FILES[@]}"; do
    [[ ! -e "/$f" ]] || fail "still present after removal: /$f"
done
ok "none of the package's files are left"
echo "    note: dependencies pulled in by the install stay; 'apt-get autoremove' clears them"

step "Done: the package installs, runs and removes cleanly"
