#!/usr/bin/env bash
# Installs what the tests and the local quickstart need; a no-op when all is present.
set -euo pipefail

cd "$(dirname "$0")/.."
started=$(date +%s.%N)
installed=()

die() { echo "setup: $*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

ensure_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: npm ci (node_modules missing or older than package-lock.json)"
    npm ci --no-audit --no-fund || die "npm ci failed"
    installed+=("node_modules")
  fi
}

missing_debs() {
  command -v influxd >/dev/null || echo influxdb
  command -v chromium >/dev/null || echo chromium
  command -v mvn >/dev/null || echo maven
  { command -v java >/dev/null && command -v javac >/dev/null; } || echo openjdk-17-jdk-headless
}

# Debian's influxdb package may start a system service on 8086; tests always run
# their own, so service starts are denied during the install (policy-rc.d).
install_debs() {
  local policy=/usr/sbin/policy-rc.d own_policy=0
  if [ ! -e "$policy" ]; then
    as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
    own_policy=1
    trap 'as_root rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  local log
  log=$(mktemp -t setup-apt.XXXXXX.log)
  echo "setup: apt-get install $*"
  as_root apt-get update >"$log" 2>&1 || { tail -n 20 "$log" >&2; die "apt-get update failed"; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >>"$log" 2>&1 \
    || { tail -n 20 "$log" >&2; die "apt-get install $* failed"; }
  rm -f "$log"
  if [ "$own_policy" -eq 1 ]; then as_root rm -f "$policy"; trap - EXIT; fi
  installed+=("$@")
}

system_influxd_pid() {
  local pidfile=/var/run/influxdb/influxd.pid
  [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && cat "$pidfile"
  return 0
}

port_8086_busy() {
  (exec 3<>/dev/tcp/127.0.0.1/8086) 2>/dev/null
}

ensure_no_system_influxd() {
  local pid
  pid=$(system_influxd_pid)
  if [ -n "$pid" ]; then
    echo "setup: stopping the system influxd (pid $pid) started by the package"
    as_root kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  if port_8086_busy && pgrep -x influxd >/dev/null; then
    die "an influxd is listening on 127.0.0.1:8086; stop it (e.g. 'service influxdb stop') — tests start their own"
  fi
}

# The contract fuzz (test/contract) runs Schemathesis from a venv of its own, rebuilt only when
# its pinned requirements change (the venv keeps a copy of the file it was built from).
contract_venv=.cache/contract-venv
contract_requirements=test/contract/requirements.txt

ensure_schemathesis() {
  if [ -x "$contract_venv/bin/schemathesis" ] && cmp -s "$contract_requirements" "$contract_venv/requirements.txt"; then return; fi
  command -v python3 >/dev/null || die "python3 is needed for the contract fuzz (Schemathesis)"
  echo "setup: $(grep -m1 '^schemathesis==' "$contract_requirements") into $contract_venv (missing or built from other requirements)"
  rm -rf "$contract_venv"
  python3 -m venv "$contract_venv" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  "$contract_venv/bin/pip" install --quiet --disable-pip-version-check -r "$contract_requirements" || die "pip install -r $contract_requirements failed"
  cp "$contract_requirements" "$contract_venv/requirements.txt"
  installed+=("schemathesis")
}

ensure_node_modules
ensure_schemathesis
mapfile -t debs < <(missing_debs)
if [ "${#debs[@]}" -gt 0 ]; then
  install_debs "${debs[@]}"
  for cmd in influxd chromium mvn java javac; do
    command -v "$cmd" >/dev/null || die "$cmd still missing after apt-get install"
  done
fi
if [[ " ${debs[*]} " == *" influxdb "* ]]; then ensure_no_system_influxd; fi

elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
if [ "${#installed[@]}" -gt 0 ]; then
  echo "setup: installed ${installed[*]} in ${elapsed} s"
else
  echo "setup: all present (${elapsed} s)"
fi
