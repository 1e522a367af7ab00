#!/usr/bin/env bash
# Makes the pinned Google provider and the pinned time provider (provider/version.json) available
# to Terraform through a filesystem mirror in the tools cache, and prints the mirror's path.
# Idempotent.
#
# Where the binary comes from, in order:
#   1. already in the mirror (an earlier run, or a binary put there by hand);
#   2. MLOPS_GOOGLE_PROVIDER_BIN: a terraform-provider-google binary of the pinned version;
#   3. built from its Go module at the release tag's commit (the module has no /v7 suffix, so the
#      tag is addressed as a pseudo-version).
# Exits 3 (and says why) when none works, so callers can tell "unavailable" from "failed".
set -euo pipefail
source "$(dirname "$0")/cache.sh"
mirror="$MLOPS_TOOLS_CACHE/provider-mirror"
platform="$(go env GOOS 2>/dev/null || echo linux)_$(go env GOARCH 2>/dev/null || echo amd64)"

# go_build <name> <version> <module@version> <binary path>: `go install` into a temporary folder,
# then into the mirror; exit 3 with Go's own message when the toolchain or the module is missing.
go_build() {
  command -v go >/dev/null 2>&1 || { echo "unavailable: no Go toolchain to build the $1 provider $2" >&2; exit 3; }
  echo "building the $1 provider $2 ($3) from the Go module proxy (once) ..." >&2
  local tmp
  tmp="$(mktemp -d)"
  if ! GOBIN="$tmp" GOFLAGS=-mod=mod go install -trimpath -ldflags="-s -w" "$3" 2>"$tmp/err"; then
    echo "unavailable: 'go install $3' failed:" >&2
    sed 's/^/  /' "$tmp/err" | tail -n 5 >&2
    rm -rf "$tmp"; exit 3
  fi
  mv "$tmp/terraform-provider-$1" "$4"; rm -rf "$tmp"
}

version="$(pin version)"
dir="$mirror/registry.terraform.io/hashicorp/google/$version/$platform"
bin="$dir/terraform-provider-google_v$version"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  if [ -n "${MLOPS_GOOGLE_PROVIDER_BIN:-}" ]; then
    cp "$MLOPS_GOOGLE_PROVIDER_BIN" "$bin"
  else
    go_build google "$version" "$(pin goModule)@$(pin goPseudoVersion)" "$bin"
  fi
  chmod +x "$bin"
fi
# hashicorp/time (time_sleep, the explicit waits), a plain Go module with a tagged version.
tversion="$(pin time.version)"
tdir="$mirror/registry.terraform.io/hashicorp/time/$tversion/$platform"
tbin="$tdir/terraform-provider-time_v$tversion"
if [ ! -x "$tbin" ]; then
  mkdir -p "$tdir"
  go_build time "$tversion" "$(pin time.goModule)@$(pin time.goVersion)" "$tbin"
  chmod +x "$tbin"
fi
echo "$mirror"
