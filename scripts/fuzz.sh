#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets of the file readers with clang, libFuzzer and the sanitizers (in build-fuzz), then runs
# each one for SECONDS (60 by default) over a working copy of its seed corpus (tests/data/fuzz/<target>/).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   e.g. scripts/fuzz.sh 300 fuzz_csv_reader
#   scripts/fuzz.sh --check                 says whether clang++ and the libFuzzer runtime are installed
#
# Inputs the fuzzer finds go to build-fuzz/fuzz-corpus/<target>/, never into tests/data. A crash, a sanitizer report
# or a timeout fails the script and leaves the input in build-fuzz/fuzz-crashes/<target>/, with the command to replay it.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo_root/build-fuzz"
all_targets=(fuzz_exchange_reader fuzz_csv_reader fuzz_rome_importer)

fuzzer_available() {
    if ! command -v clang++ >/dev/null; then
        echo "clang++ is not installed (Debian: clang)"
        return 1
    fi
    local runtime
    runtime="$(clang++ -print-runtime-dir)/libclang_rt.fuzzer-$(uname -m).a"
    if [ ! -f "$runtime" ]; then
        echo "the libFuzzer runtime $runtime is missing (Debian: libclang-rt-$(clang++ -dumpversion | cut -d. -f1)-dev)"
        return 1
    fi
}

if [ "${1:-}" = "--check" ]; then
    if reason=$(fuzzer_available); then
        exit 0
    fi
    echo "$reason"
    exit 1
fi

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 1; }
shift $(($# > 0 ? 1 : 0))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    [ -d "$repo_root/tests/data/fuzz/$target" ] || { echo "Unknown fuzz target: $target (${all_targets[*]})" >&2; exit 1; }
done
if ! reason=$(fuzzer_available); then
    echo "Cannot fuzz: $reason." >&2
    exit 1
fi

# The longest input each target may build. An exchange file must fit whole, or the sealed seed would be cut and refused
# at once; the CSV and ROME readers show their problems on inputs of a few kilobytes.
max_len_for() {
    local target=$1 largest
    largest=$(find "$repo_root/tests/data/fuzz/$target" -type f -printf '%s\n' | sort -n | tail -n 1)
    case $target in
        fuzz_exchange_reader) echo $((largest > 65536 ? largest : 65536)) ;;
        *) echo $((largest > 8192 ? largest : 8192)) ;;
    esac
}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
mkdir -p "$build_dir"
echo "==> Configuring the fuzz build in $build_dir"
CC=clang CXX=clang++ cmake -S "$repo_root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DSILLAGE_FUZZ=ON \
    "${launcher[@]}" >"$build_dir/configure.log" 2>&1 || { cat "$build_dir/configure.log"; exit 1; }
echo "==> Building ${targets[*]} with $(nproc) jobs"
started=$SECONDS
cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]}"
echo "==> Built in $((SECONDS - started)) s"

# Leaks are reported; an UBSan finding stops the run like a crash instead of scrolling by.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LC_ALL=C.UTF-8 LANG=C.UTF-8

failed=()
for target in "${targets[@]}"; do
    corpus="$build_dir/fuzz-corpus/$target"
    crashes="$build_dir/fuzz-crashes/$target"
    log="$build_dir/fuzz-logs/$target.log"
    # The readers write their temporary files here, so that a run stopped by a crash leaves nothing in /tmp.
    scratch="$build_dir/fuzz-tmp/$target"
    rm -rf "$scratch"
    mkdir -p "$corpus" "$crashes" "$scratch" "$(dirname "$log")"
    cp -r "$repo_root/tests/data/fuzz/$target/." "$corpus/"
    max_len=$(max_len_for "$target")
    echo "==> Fuzzing $target for $seconds s (max_len $max_len, corpus $(find "$corpus" -type f | wc -l) files)"
    if TMPDIR="$scratch" "$build_dir/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        coverage=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
        echo "    ${runs:-?} runs, ${speed:-?} exec/s, coverage ${coverage:-?} edges, no crash"
    else
        tail -n 60 "$log"
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        echo "==> $target FAILED; full log: $log"
        if [ -n "$artifact" ]; then
            echo "    input: $artifact"
            echo "    replay: $build_dir/tests/fuzz/$target $artifact"
        fi
        failed+=("$target")
    fi
    rm -rf "$scratch"
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "==> Fuzzing failed: ${failed[*]}"
    exit 1
fi
echo "==> No crash in ${targets[*]}."
