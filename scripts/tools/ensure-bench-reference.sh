#!/usr/bin/env bash
# Prints a folder where the old prebuilt provider package (@cdktf/provider-google 16.12.1, google
# provider 6.50.0, with cdktf 0.21.0) is installed, for `npm run bench`'s reference measurement:
# the time Node takes to load its barrel. Installed once into the tools cache; never used by the
# library.
set -euo pipefail
source "$(dirname "$0")/cache.sh"
dir="$MLOPS_TOOLS_CACHE/bench-reference-16.12.1"
if [ ! -f "$dir/node_modules/@cdktf/provider-google/package.json" ]; then
  echo "installing the reference package into $dir (once) ..." >&2
  mkdir -p "$dir"
  npm install --no-save --no-audit --no-fund --prefix "$dir" "@cdktf/provider-google@16.12.1" "cdktf@0.21.0" "constructs@10.4.5" >&2
fi
echo "$dir"
