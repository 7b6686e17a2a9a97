#!/usr/bin/env bash
# Makes the pictures in docs/screenshots from the real app on a fixed demo shop, offscreen.
# usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LC_ALL=en_GB.UTF-8 LANG=en_GB.UTF-8
"$build/bin/comptoir-cli" demo --database "$work/demo.db" --quiet
mkdir -p docs/screenshots
for page in orders products stock:reorder stock:purchase-orders stock:stock-takes stock:dead-stock settings settings:documents; do
    "$build/bin/comptoir" --database "$work/demo.db" --page "$page" --screenshot "docs/screenshots/${page/:/-}.png"
done
# An order, a new order and the packing station half-way through an order.
order=$(sqlite3 "$work/demo.db" "SELECT number FROM orders WHERE status = 'preparing' ORDER BY id DESC LIMIT 1" 2>/dev/null || true)
if [ -n "$order" ]; then
    "$build/bin/comptoir" --database "$work/demo.db" --order "$order" --screenshot docs/screenshots/order.png
    "$build/bin/comptoir" --database "$work/demo.db" --page packing --order "$order" --screenshot docs/screenshots/packing.png
fi
"$build/bin/comptoir" --database "$work/demo.db" --order new --screenshot docs/screenshots/new-order.png
ls -l docs/screenshots
