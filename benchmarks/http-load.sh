#!/usr/bin/env bash
# Measures the HTTP service on this machine, on the loopback interface only:
#   1. a typical single evaluation (docs/examples/cma-in-progress.json) driven by wrk: requests/s, p50, p99,
#      and the server's peak RSS, with the default concurrency limit (CeuRules:MaxConcurrentEvaluations, 2)
#      and a queue as long as wrk's connections, so that every request is served;
#   2. the worst case of the documented limits: one evaluation of 20 certifications x 10,000 activities
#      (CeuRules:MaxEvaluationWork, 200,000), alone and then as many at once as CeuRules:MaxConcurrentEvaluations
#      allows (2), each in a fresh server: status, time and peak RSS, the memory a deployment must plan for;
#   3. a streamed workforce of 100,000 and of 1,000,000 generated people: wall time and the server's peak
#      RSS, each in a fresh server process, so that flat memory shows as equal peaks.
# Usage: benchmarks/http-load.sh [WORKDIR]   (WORKDIR holds the generated files; default: a temporary folder)
# Environment: CEURULES_LOAD_SECONDS (20), CEURULES_LOAD_CONNECTIONS (32), CEURULES_LOAD_PEOPLE ("100000 1000000"),
# CEURULES_LOAD_PORT (5099).
# Not part of CI. Needs wrk (Debian: apt-get update && apt-get install -y wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=${1:-$(mktemp -d)}
mkdir -p "$work"
port=${CEURULES_LOAD_PORT:-5099}
url="http://127.0.0.1:$port"
key="load-test-key-$(date +%s)"
duration=${CEURULES_LOAD_SECONDS:-20}
connections=${CEURULES_LOAD_CONNECTIONS:-32}
sizes=${CEURULES_LOAD_PEOPLE-100000 1000000}   # the workforce sizes; empty for the single evaluation only

if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
  else
    echo "wrk is missing: apt-get update && apt-get install -y wrk" >&2
    exit 2
  fi
fi

dotnet build -c Release src/CeuRules.Server > "$work/build.log"
dotnet build -c Release benchmarks/CeuRules.Benchmarks > "$work/build-benchmarks.log"
server_dll=src/CeuRules.Server/bin/Release/net10.0/CeuRules.Server.dll
hash=$(dotnet "$server_dll" hash-key "$key")

pid=""
start_server() {
  CeuRules__ApiKeys__0__Name=load CeuRules__ApiKeys__0__Sha256="$hash" \
  CeuRules__RateLimit__PermitsPerWindow=100000000 CeuRules__RateLimit__WindowSeconds=1 \
  CeuRules__MaxQueuedRequests="$connections" \
  Logging__LogLevel__Default=Warning \
    dotnet "$server_dll" --urls "$url" > "$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    if curl -sf "$url/health/ready" > /dev/null; then return 0; fi
    sleep 0.2
  done
  echo "the server did not start; see $work/server.log" >&2
  exit 1
}
stop_server() {
  if [ -n "$pid" ]; then kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; pid=""; fi
}
trap stop_server EXIT
peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(dotnet --version) SDK"

# 1. A single evaluation, over and over.
start_server
cat > "$work/evaluate.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Api-Key"] = "$key"
local f = io.open("docs/examples/cma-in-progress.json", "rb")
wrk.body = f:read("*a")
f:close()
LUA
status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data-binary @docs/examples/cma-in-progress.json "$url/v1/evaluations")
[ "$status" = 200 ] || { echo "evaluation answered $status; see $work/server.log" >&2; exit 1; }
wrk -t2 -c"$connections" -d5s -s "$work/evaluate.lua" "$url/v1/evaluations" > /dev/null   # warm-up
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/evaluate.lua" "$url/v1/evaluations" > "$work/wrk.txt"
rps=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
errors=$(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || true)
echo "single evaluation (cma-in-progress.json, $connections connections, ${duration} s): $rps requests/s, p50 $p50, p99 $p99 ${errors:+($errors)}"
echo "server peak RSS after the evaluations: $(peak_rss_mb) MB"
stop_server

# 2. The worst case of the documented limits, alone and at the allowed concurrency, each in a fresh server.
worst="$work/worst-case.json"
if [ ! -s "$worst" ]; then
  awk 'BEGIN {
    printf "{\"certifications\":["
    for (c = 0; c < 20; c++) printf "%s{\"credential\":\"aama-cma\",\"certifiedOn\":\"2021-02-10\",\"member\":true}", (c ? "," : "")
    printf "],\"activities\":["
    for (a = 0; a < 10000; a++) printf "%s{\"id\":\"a%d\",\"title\":\"Course %d\",\"kind\":\"course\",\"completedOn\":\"2023-0%d-1%d\",\"credits\":[{\"amount\":1,\"unit\":\"aama-point\",\"category\":\"clinical\",\"approvedBy\":[\"aama\"]}]}", (a ? "," : ""), a, a, 1 + a % 9, a % 10
    printf "]}\n"
  }' > "$worst"
fi
concurrency=${CEURULES_LOAD_WORST_CONCURRENCY:-2}
for at_once in 1 "$concurrency"; do
  start_server
  begin=$(date +%s.%N)
  statuses=$(for _ in $(seq 1 "$at_once"); do
    curl -s -o /dev/null -w '%{http_code} ' -H "X-Api-Key: $key" -H 'Content-Type: application/json' \
      --data-binary @"$worst" "$url/v1/evaluations?asOf=2025-11-23" &
  done; wait)
  end=$(date +%s.%N)
  wall=$(awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.1f", e - b }')
  echo "worst case of the limits ($(du -k "$worst" | cut -f1) KB, 20 certifications x 10,000 activities), $at_once at once: statuses $statuses in $wall s, server peak RSS $(peak_rss_mb) MB"
  stop_server
done

# 3. Streamed workforces, each in a fresh server.
for people in $sizes; do
  file="$work/workforce-$people.jsonl"
  if [ ! -s "$file" ]; then
    dotnet benchmarks/CeuRules.Benchmarks/bin/Release/net10.0/CeuRules.Benchmarks.dll generate-workforce "$people" "$file"
  fi
  size=$(du -m "$file" | cut -f1)
  start_server
  begin=$(date +%s.%N)
  summary=$(curl -sS -N -X POST -T "$file" -H "X-Api-Key: $key" -H 'Content-Type: application/x-ndjson' \
    "$url/v1/workforce/summaries?asOf=2025-11-23" | tail -n 1)
  end=$(date +%s.%N)
  wall=$(awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.1f", e - b }')
  echo "workforce of $people people ($size MB of JSON Lines): $wall s wall, $(awk -v p="$people" -v w="$wall" 'BEGIN { printf "%.0f", p / w }') people/s, server peak RSS $(peak_rss_mb) MB"
  echo "  $summary" | cut -c1-200
  stop_server
done
