#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: installs the Debian 12 packages Sillage needs (only those missing), then configures
# and builds the project in the folder given as first argument, with any further CMake arguments.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
    # Compiler and build
    g++ make cmake pkg-config ccache
    # Qt 6 as Debian 12 ships it
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev fonts-dejavu-core
    # Encryption of exchange files and Excel export
    libsodium-dev libxlsxwriter-dev
    # Passphrase strength estimate (zxcvbn)
    libzxcvbn-dev
    # Checks run by the test suite: formatting, package contents, desktop and AppStream metadata
    clang-format dpkg-dev file desktop-file-utils appstream
    # Reading back the PDF documents and the Excel workbooks in tests
    poppler-utils unzip
)
# Other scripts may ask for more (scripts/bench.sh: the sqlite3 shell and SQLite's headers), as a space-separated list.
read -r -a extra_packages <<<"${SILLAGE_EXTRA_PACKAGES:-}"
packages+=("${extra_packages[@]}")

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "==> All ${#packages[@]} Debian packages are already installed."
        return
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to add: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    echo "==> Installing missing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local build_dir=$1
    shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    echo "==> Configuring in $build_dir"
    cmake -S "$repo_root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug "${launcher[@]}" "$@" >"$build_dir.configure.log" 2>&1 ||
        { cat "$build_dir.configure.log"; exit 1; }
    echo "==> Building with $(nproc) jobs"
    cmake --build "$build_dir" -j "$(nproc)"
}

install_missing_packages
# scripts/bench.sh configures and builds its own Release folder: it only needs the packages.
if [ "${1:-}" = "--packages-only" ]; then
    exit 0
fi
mkdir -p "$1"
configure_and_build "$@"
