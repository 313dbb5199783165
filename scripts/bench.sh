#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks Sillage on a generated base of dossiers (100 000 by default): installs what is missing, builds a Release
# folder with the harness, generates the base once per size, seed and version of the generator, then runs
# sillage-bench, which compares each figure with a floor measured in the same run and prints a table.
#
#   scripts/bench.sh [--size N] [--seed S] [--runs N] [--json FILE] [--only LIST] [--micro]
#
# --only 1,2,5 runs some items only; --runs N repeats every item N times; --micro also runs the QBENCHMARK tests
# (ctest label "bench"). Set SILLAGE_BENCH_JOBS to build with fewer parallel jobs on a shared machine.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo_root/build-bench"

size=100000
seed=1
runs=""
json="$build_dir/bench-results.json"
only=""
micro=0

usage() {
    sed -n '3,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
    --size | --seed | --runs | --json | --only)
        [ $# -ge 2 ] || { echo "$1 needs a value." >&2; exit 1; }
        case "$1" in
        --size) size=$2 ;;
        --seed) seed=$2 ;;
        --runs) runs=$2 ;;
        --json) json=$2 ;;
        --only) only=$2 ;;
        esac
        shift 2
        ;;
    --micro)
        micro=1
        shift
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        echo "Unknown argument $1." >&2
        usage >&2
        exit 1
        ;;
    esac
done
[[ "$size" =~ ^[0-9]+$ && "$size" -gt 0 ]] || { echo "--size takes a number of dossiers." >&2; exit 1; }
[[ "$seed" =~ ^[0-9]+$ ]] || { echo "--seed takes a whole number." >&2; exit 1; }
case "$json" in /*) ;; *) json="$PWD/$json" ;; esac

# The packages of run.sh and test.sh, plus the sqlite3 shell (floors of the import), SQLite's headers (the harness
# calls its C API) and GNU time.
SILLAGE_EXTRA_PACKAGES="sqlite3 libsqlite3-dev time" bash "$repo_root/scripts/setup.sh" --packages-only

jobs=${SILLAGE_BENCH_JOBS:-$(nproc)}
mkdir -p "$build_dir"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
echo "==> Configuring a Release build in $build_dir"
cmake -S "$repo_root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSILLAGE_BENCH=ON -DSILLAGE_BUILD_TESTS=ON \
    "${launcher[@]}" >"$build_dir/configure.log" 2>&1 || { cat "$build_dir/configure.log"; exit 1; }
echo "==> Building with $jobs jobs"
if [ "$micro" -eq 1 ]; then
    # The micro-benchmarks are test executables among the others: building everything builds them.
    nice cmake --build "$build_dir" --parallel "$jobs"
else
    nice cmake --build "$build_dir" --parallel "$jobs" --target sillage sillage-cli sillage-bench bench-bare-window
fi

# The base depends on the size, the seed and the code that generates and stores it: a change there makes a new one.
data_dir="$build_dir/data"
data="$data_dir/dossiers-$size-$seed.db"
key_file="$data.key"
key=$(cd "$repo_root" && find core/demo core/storage -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum |
    cut -c1-16)
key="size=$size seed=$seed sources=$key"
if [ -f "$data" ] && [ -f "$key_file" ] && [ "$(cat "$key_file")" = "$key" ]; then
    echo "==> Reusing the base $data"
else
    mkdir -p "$data_dir"
    rm -rf "$data" "$data-wal" "$data-shm" "$data.lock" "$data.backups" "$key_file"
    echo "==> Generating $size dossiers (seed $seed) in $data; 100 000 take a few minutes"
    started=$SECONDS
    "$build_dir/app/sillage-cli" --db "$data" demo --size "$size" --seed "$seed"
    # Written last: an interrupted generation is never taken for a finished base.
    echo "$key" >"$key_file"
    echo "==> Generated in $((SECONDS - started)) s"
fi

arguments=(--data "$data" --cli "$build_dir/app/sillage-cli" --gui "$build_dir/app/sillage"
    --bare "$build_dir/bench/bench-bare-window" --seed "$seed" --json "$json" --work "$build_dir/bench-work")
[ -n "$runs" ] && arguments+=(--runs "$runs")
[ -n "$only" ] && arguments+=(--only "$only")
echo "==> Running the benchmark (offscreen)"
rm -f "$json"
status=0
QT_QPA_PLATFORM=offscreen "$build_dir/bench/sillage-bench" "${arguments[@]}" || status=$?

if [ "$micro" -eq 1 ]; then
    echo "==> Running the micro-benchmarks (ctest -L bench)"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" -L bench --output-on-failure || status=$?
fi
if [ -f "$json" ]; then
    echo "==> Figures in $json"
fi
exit "$status"
