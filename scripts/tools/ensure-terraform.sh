#!/usr/bin/env bash
# Prints the path of a Terraform CLI (>= the minimum in provider/version.json). Uses the one on
# PATH when it is new enough; otherwise builds the pinned version from its Go module into the
# tools cache (once; later runs reuse it). Idempotent. With MLOPS_TOOLS_NO_BUILD=1 it builds
# nothing and exits 3 when no Terraform is at hand (tests that use one when there is one).
set -euo pipefail
source "$(dirname "$0")/cache.sh"
min="$(pin terraform.minimum)"
want="$(pin terraform.goModuleVersion)"
newer_or_equal() { [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n1)" = "$2" ]; }
if command -v terraform >/dev/null 2>&1; then
  have="$(TF_CLI_CONFIG_FILE=/dev/null terraform version -json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{process.stdout.write(JSON.parse(s).terraform_version)}catch{}})')"
  if [ -n "$have" ] && newer_or_equal "$have" "$min"; then command -v terraform; exit 0; fi
fi
bin="$MLOPS_TOOLS_CACHE/bin/terraform-${want#v}"
if [ ! -x "$bin" ]; then
  [ "${MLOPS_TOOLS_NO_BUILD:-}" = 1 ] && { echo "unavailable: no terraform >= $min on PATH or in $MLOPS_TOOLS_CACHE/bin (not built: MLOPS_TOOLS_NO_BUILD=1)" >&2; exit 3; }
  command -v go >/dev/null 2>&1 || { echo "error: no terraform >= $min on PATH and no Go toolchain to build it" >&2; exit 1; }
  echo "building terraform $want from its Go module (once) ..." >&2
  tmp="$(mktemp -d)"
  GOBIN="$tmp" GOFLAGS=-mod=mod go install "github.com/hashicorp/terraform@$want" >&2
  mkdir -p "$(dirname "$bin")" && mv "$tmp/terraform" "$bin" && rmdir "$tmp"
fi
echo "$bin"
