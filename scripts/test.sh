#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Sillage with warnings as errors and runs the whole test suite headless, then
# checks the formatting and the Debian package, and fuzzes the file readers briefly when clang is installed.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo_root/build-test"

bash "$repo_root/scripts/setup.sh" "$build_dir" -DSILLAGE_WERROR=ON

echo "==> Checking the formatting (clang-format)"
cd "$repo_root"
mapfile -t sources < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null ||
    find app core ui tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"

echo "==> Running the tests (offscreen)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" -LE bench

echo "==> Building and checking the Debian package"
(cd "$build_dir" && cpack -G DEB >/dev/null)
bash "$repo_root/packaging/check-deb.sh" "$(ls -t "$build_dir"/sillage_*.deb | head -n 1)"

# A short run of each fuzz target catches a reader that crashes on the seeds or on what a few seconds of mutation
# find; longer runs are for scripts/fuzz.sh by hand. Optional: clang is not among the packages setup.sh installs.
if reason=$(bash "$repo_root/scripts/fuzz.sh" --check); then
    bash "$repo_root/scripts/fuzz.sh" 20
else
    echo "==> Skipped the fuzz targets: $reason."
fi
echo "==> All checks passed."
