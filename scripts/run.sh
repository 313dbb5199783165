#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Sillage and starts it on the demonstration database (created the first time).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo_root/build"

bash "$repo_root/scripts/setup.sh" "$build_dir"

demo_db="${XDG_DATA_HOME:-$HOME/.local/share}/Sillage/sillage-demo.db"
if [ ! -f "$demo_db" ]; then
    echo "==> Creating the demonstration database $demo_db"
    "$build_dir/app/sillage-cli" --db "$demo_db" demo --size 300 --seed 1
fi
echo "==> Starting Sillage on $demo_db"
exec "$build_dir/app/sillage" --db "$demo_db" "$@"
