#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The long crash campaign: kills the writing commands of sillage-cli (CSV import of 50 000 rows, exchange import,
# retention applied, migration from schema 1) 1 000 times at random moments, and checks after each kill that the
# base holds exactly the state before or after the command, passes `check` and takes the command again.
#   scripts/stress.sh [--kills N] [--rows N] [--seed S]
# The normal test run (scripts/test.sh) does the same with 50 kills on a 2 000-row file.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo_root/build-stress"
kills=1000
rows=50000
seed=$(date +%s)
while [ $# -gt 0 ]; do
    case "$1" in
    --kills) kills=$2 ;;
    --rows) rows=$2 ;;
    --seed) seed=$2 ;;
    *)
        echo "usage: scripts/stress.sh [--kills N] [--rows N] [--seed S]" >&2
        exit 1
        ;;
    esac
    shift 2
done

bash "$repo_root/scripts/setup.sh" "$build_dir" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" --target tst_crashcampaign sillage-cli -j "$(nproc)"

echo "==> Crash campaign: $kills kills, $rows rows, seed $seed (give the seed again to replay a failure)"
export QT_QPA_PLATFORM=offscreen SILLAGE_CLI="$build_dir/app/sillage-cli"
export SILLAGE_CRASH_KILLS=$kills SILLAGE_CRASH_ROWS=$rows SILLAGE_CRASH_SEED=$seed
"$build_dir/tests/cli/tst_crashcampaign" -maxwarnings 0
