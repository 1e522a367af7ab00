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
version="$(pin version)"
mirror="$MLOPS_TOOLS_CACHE/provider-mirror"
platform="$(go env GOOS 2>/dev/null || echo linux)_$(go env GOARCH 2>/dev/null || echo amd64)"
dir="$mirror/registry.terraform.io/hashicorp/google/$version/$platform"
bin="$dir/terraform-provider-google_v$version"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  if [ -n "${MLOPS_GOOGLE_PROVIDER_BIN:-}" ]; then
    cp "$MLOPS_GOOGLE_PROVIDER_BIN" "$bin"
  else
    command -v go >/dev/null 2>&1 || { echo "unavailable: no Go toolchain to build the google provider $version" >&2; exit 3; }
    module="$(pin goModule)@$(pin goPseudoVersion)"
    echo "building the google provider $version ($module) from the Go module proxy (once) ..." >&2
    tmp="$(mktemp -d)"
    if ! GOBIN="$tmp" GOFLAGS=-mod=mod go install -trimpath -ldflags="-s -w" "$module" 2>"$tmp/err"; then
      echo "unavailable: 'go install $module' failed:" >&2
      sed 's/^/  /' "$tmp/err" | tail -n 5 >&2
      rm -rf "$tmp"; exit 3
    fi
    mv "$tmp/terraform-provider-google" "$bin"; rm -rf "$tmp"
  fi
  chmod +x "$bin"
fi
# hashicorp/time (time_sleep, the explicit waits), a plain Go module with a tagged version.
tversion="$(pin time.version)"
tdir="$mirror/registry.terraform.io/hashicorp/time/$tversion/$platform"
tbin="$tdir/terraform-provider-time_v$tversion"
if [ ! -x "$tbin" ]; then
  mkdir -p "$tdir"
  command -v go >/dev/null 2>&1 || { echo "unavailable: no Go toolchain to build the time provider $tversion" >&2; exit 3; }
  module="$(pin time.goModule)@$(pin time.goVersion)"
  echo "building the time provider $tversion ($module) from the Go module proxy (once) ..." >&2
  tmp="$(mktemp -d)"
  if ! GOBIN="$tmp" GOFLAGS=-mod=mod go install -trimpath -ldflags="-s -w" "$module" 2>"$tmp/err"; then
    echo "unavailable: 'go install $module' failed:" >&2
    sed 's/^/  /' "$tmp/err" | tail -n 5 >&2
    rm -rf "$tmp"; exit 3
  fi
  mv "$tmp/terraform-provider-time" "$tbin"; rm -rf "$tmp"
  chmod +x "$tbin"
fi
echo "$mirror"
