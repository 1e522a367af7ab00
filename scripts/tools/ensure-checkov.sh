#!/usr/bin/env bash
# Prints the path of a Checkov CLI of the pinned version, installed from PyPI into a virtual
# environment in the tools cache (once; later runs reuse it). Idempotent.
set -euo pipefail
source "$(dirname "$0")/cache.sh"
version="3.3.30"
venv="$MLOPS_TOOLS_CACHE/checkov-$version"
if [ ! -x "$venv/bin/checkov" ]; then
  command -v python3 >/dev/null 2>&1 || { echo "unavailable: no python3 to install Checkov" >&2; exit 3; }
  echo "installing checkov $version from PyPI into $venv (once) ..." >&2
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet "checkov==$version" >&2
fi
echo "$venv/bin/checkov"
