# Sourced by the tool scripts: where built and downloaded tools live, outside the repository.
# Override with MLOPS_TOOLS_CACHE. Everything under it can be deleted; the scripts rebuild it.
MLOPS_TOOLS_CACHE="${MLOPS_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gcp-mlops-constructs}"
mkdir -p "$MLOPS_TOOLS_CACHE"
export MLOPS_TOOLS_CACHE
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# One reader of provider/version.json for every script.
pin() { node -e 'const v=require(process.argv[1]);const k=process.argv[2].split(".");let x=v;for(const p of k)x=x[p];process.stdout.write(String(x))' "$ROOT/provider/version.json" "$1"; }
