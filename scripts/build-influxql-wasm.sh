#!/usr/bin/env bash
# Builds InfluxDB's InfluxQL parser (wasm/influxql) into influxql.wasm for Node's WASI, from the
# versions pinned in go.mod/go.sum and the Go toolchain named there, so the bytes are the same
# on every machine. Without an argument it replaces the committed module and its checksum;
# with a folder it writes influxql.wasm there (the reproducibility test compares the two).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src=$root/wasm/influxql
out=${1:-$src}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# The toolchain line of go.mod (go1.26.8): Go uses the local one when it is that version, else fetches it from the module proxy.
export GOTOOLCHAIN=$(sed -n 's/^toolchain //p' "$src/go.mod")
export GOPATH=$root/.cache/go GOMODCACHE=$root/.cache/go/pkg/mod GOCACHE=$root/.cache/go-build
export GOFLAGS=-mod=readonly CGO_ENABLED=0 GOOS=wasip1 GOARCH=wasm
cd "$src"
go build -buildmode=c-shared -trimpath -buildvcs=false -ldflags='-s -w' -o "$out/influxql.wasm" .
if [ "$out" = "$src" ]; then sha256sum influxql.wasm > influxql.wasm.sha256; fi
echo "$out/influxql.wasm: $(wc -c < "$out/influxql.wasm") bytes, $(go version)"
