#!/usr/bin/env bash
# Builds the newer InfluxDB servers for the tests from the Go module proxy, into
# .cache/influxdb/bin/influxd-<version>. A binary already there answering its version is kept,
# so a warm machine builds nothing. Usage: scripts/build-influxdb.sh [1.13.2|2.8.0 ...] (default: both).
#
# influxd links libflux (Rust) through cgo. Three things make that build (see BACKENDS.md):
# influxdata's pkg-config, which builds libflux with cargo; the stable Rust toolchain instead of
# the 1.72 pinned by libflux; and --cap-lints warn on every rustc call (flux-core denies warnings,
# and today's rustc has new lints), passed by a RUSTC_WRAPPER because RUSTFLAGS misses build deps.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=$root/.cache/influxdb
bin=$cache/bin
PKG_CONFIG_VERSION=v0.2.14
# v2.10 needs a newer Go than this machine's 1.26.8; 2.8.0 is the newest that builds here.
NATS_REPLACE='github.com/nats-io/nats-streaming-server v0.11.2 => github.com/influxdata/nats-streaming-server v0.11.3-0.20201112040610-c277f7560803'

export GOTOOLCHAIN=local GOPATH=$cache/go GOMODCACHE=$cache/go/pkg/mod GOCACHE=$cache/go-build GOBIN=$cache/tools
export CARGO_HOME=$cache/cargo RUSTUP_TOOLCHAIN=stable RUSTC_WRAPPER=$cache/rustc-cap-lints
export PATH=$HOME/.cargo/bin:$PATH
mkdir -p "$bin" "$GOBIN" "$CARGO_HOME"

seconds_since() { echo "$(($(date +%s) - $1))"; }

has_version() { [ -x "$1" ] && "$1" version 2>/dev/null | grep -q "$2"; }

ensure_tools() {
  printf '#!/bin/sh\nexec "$@" --cap-lints warn\n' >"$RUSTC_WRAPPER"
  chmod 755 "$RUSTC_WRAPPER"
  if [ ! -x "$GOBIN/pkg-config" ]; then
    echo "build-influxdb: go install github.com/influxdata/pkg-config@$PKG_CONFIG_VERSION"
    go install "github.com/influxdata/pkg-config@$PKG_CONFIG_VERSION"
  fi
  export PKG_CONFIG=$GOBIN/pkg-config
}

build_1x() {
  local version=$1
  GOFLAGS=-mod=mod go install -ldflags "-X main.version=$version -X main.branch=v$version -X main.commit=go-proxy" \
    "github.com/influxdata/influxdb/cmd/influxd@v$version"
  mv "$GOBIN/influxd" "$bin/influxd-$version"
}

# `go install …/v2/cmd/influxd@v2.x` is refused (its go.mod has a replace): a wrapper module copies it.
build_2x() {
  local version=$1 src=$cache/src/v$version
  mkdir -p "$src"
  printf 'module hostmonitor/influxd\n\ngo 1.26\n\nrequire github.com/influxdata/influxdb/v2 v%s\n\nreplace %s\n' "$version" "$NATS_REPLACE" >"$src/go.mod"
  (cd "$src" && go build -mod=mod -o "$bin/influxd-$version" -ldflags "-X main.version=$version -X main.commit=go-proxy" \
    github.com/influxdata/influxdb/v2/cmd/influxd)
}

build() {
  local version=$1 target=$bin/influxd-$1 started
  if has_version "$target" "$version"; then
    echo "build-influxdb: $target is up to date"
    return
  fi
  # One build at a time, also across processes (the tests and `npm run local`); the winner may have built it.
  exec 9>"$cache/.build.lock"
  flock 9
  if has_version "$target" "$version"; then
    echo "build-influxdb: $target was built meanwhile"
    return
  fi
  ensure_tools
  echo "build-influxdb: building influxd $version (load $(cut -d' ' -f1-3 /proc/loadavg))"
  started=$(date +%s)
  case $version in
    1.*) build_1x "$version" ;;
    2.*) build_2x "$version" ;;
    *) echo "build-influxdb: unknown version $version" >&2; exit 2 ;;
  esac
  has_version "$target" "$version" || { echo "build-influxdb: $target does not report $version" >&2; exit 1; }
  echo "build-influxdb: built $target in $(seconds_since "$started") s (load $(cut -d' ' -f1-3 /proc/loadavg))"
}

versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(1.13.2 2.8.0)
for version in "${versions[@]}"; do build "$version"; done
