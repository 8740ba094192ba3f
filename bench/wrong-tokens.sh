#!/usr/bin/env bash
# A storm of wrong tokens against a valid caller, with the production rate limits (application.yaml: 600
# requests a minute per credential, 30 failed authentications a minute per client address).
#
#   bench/wrong-tokens.sh                 # build the jar if missing, start, measure, stop, drop the database
#   WRONG=10000 THREADS=16 VALID_RATE=5 bench/wrong-tokens.sh
#
# What it does, all on this machine (127.0.0.1 only) and bounded in time:
#  1. creates the database $BENCH_DB on the local PostgreSQL and starts the service jar on 127.0.0.1:$PORT;
#  2. creates a read API key for one project (the valid caller) through the admin API;
#  3. baseline: the valid caller alone sends $BASELINE requests (ListWorkforces), $VALID_RATE a second;
#  4. storm: wrk sends $WRONG requests with wrong tokens (a different one each, bench/wrong-tokens.lua) from
#     $THREADS threads with one connection each, as fast as they are answered, while the valid caller keeps
#     sending $VALID_RATE requests a second (under its own limit of 10 a second);
#  5. prints the valid caller's p50/p99/max (curl's time_total) and status codes in both phases, and the
#     storm's answers and rate, as Markdown (also in target/bench/wrong-tokens.md);
#  6. stops the service and drops the database (unless KEEP_DB=1).
#
# Needs: java 17+, psql, curl, wrk, python3, a PostgreSQL on 127.0.0.1:5432 that PGUSER may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-labelforce_bench_wrong_tokens}
PORT=${PORT:-18081}
WRONG=${WRONG:-10000}
THREADS=${THREADS:-16}
VALID_RATE=${VALID_RATE:-5}
BASELINE=${BASELINE:-100}
PROJECT=b0000000000000000000000000000002
# the production limits, whatever bench/lib.sh chooses for the other benchmarks (system properties win over
# its environment variables)
export RATE_LIMITS=on
JAVA_OPTS="${JAVA_OPTS:-} -Dlabelforce.rate-limits.enabled=true -Dlabelforce.rate-limits.per-caller.capacity=600
  -Dlabelforce.rate-limits.per-caller.period=1m -Dlabelforce.rate-limits.failed-authentications.capacity=30
  -Dlabelforce.rate-limits.failed-authentications.period=1m"
JAVA_OPTS=$(echo "$JAVA_OPTS" | tr -s ' \n' ' ')
export JAVA_OPTS
. bench/lib.sh
start_service "$OUT/wrong-tokens-app.log"

KEY=$(curl -sf --max-time 10 -X POST "$BASE/admin/api-keys" -H "X-Auth-Token: $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-valid\",\"projects\":[\"$PROJECT\"],\"permission\":\"read\"}" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
URL="$BASE/v2/$PROJECT/workforces"

# valid_caller FILE MAX [PID]: up to MAX requests, VALID_RATE a second, while PID (if given) runs
valid_caller() {
  local file=$1 max=$2 pid=${3:-} i pause
  pause=$(python3 -c "print(1 / $VALID_RATE)")
  : > "$file"
  for i in $(seq 1 "$max"); do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then break; fi
    curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}\n' -H "X-Auth-Token: $KEY" "$URL" \
      >> "$file" || echo "000 10" >> "$file"
    sleep "$pause"
  done
}

summary() {
  python3 - "$1" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
times = sorted(float(t) * 1000 for _, t in rows)
codes = {}
for code, _ in rows:
    codes[code] = codes.get(code, 0) + 1
def pct(p):
    return times[min(len(times) - 1, max(0, round(p / 100 * len(times)) - 1))]
print(f"| {len(times)} | {pct(50):.1f} | {pct(99):.1f} | {times[-1]:.1f} | "
      + ", ".join(f"{c}: {n}" for c, n in sorted(codes.items())) + " |")
PY
}

echo "Warm-up"
for _ in $(seq 1 30); do curl -s -o /dev/null --max-time 10 -H "X-Auth-Token: $KEY" "$URL"; done

echo "Baseline: the valid caller alone, $BASELINE requests at $VALID_RATE/s"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
valid_caller "$OUT/valid-baseline.txt" "$BASELINE"

echo "Storm: $WRONG wrong tokens from $THREADS threads, the valid caller meanwhile"
export WRONG_PER_THREAD=$(( (WRONG + THREADS - 1) / THREADS ))
export WRK_DONE_FILE="$OUT/wrk-done.txt"
: > "$WRK_DONE_FILE"
storm_start=$(date +%s.%N)
wrk -t "$THREADS" -c "$THREADS" -d 900s --timeout 10s -s bench/wrong-tokens.lua "$URL" > "$OUT/wrk.txt" 2>&1 &
WRK_PID=$!
valid_caller "$OUT/valid-storm.txt" 100000 "$WRK_PID" &
VALID_PID=$!
# wrk runs until its -d: stop it (SIGINT: it still reports) once every thread has had its answers
while kill -0 "$WRK_PID" 2>/dev/null && [ "$(wc -l < "$WRK_DONE_FILE")" -lt "$THREADS" ]; do sleep 0.2; done
storm_seconds=$(python3 -c "import time; print(round(time.time() - $storm_start, 1))")
kill -INT "$WRK_PID" 2>/dev/null || true
wait "$WRK_PID" || true
wait "$VALID_PID" || true
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cat "$OUT/wrk.txt"

{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $load_before before the baseline," \
    "$load_after after the storm"
  echo
  echo "| valid caller | requests | p50 ms | p99 ms | max ms | status codes |"
  echo "|---|---|---|---|---|---|"
  echo "| alone $(summary "$OUT/valid-baseline.txt")"
  echo "| during the storm $(summary "$OUT/valid-storm.txt")"
  echo
  echo "Storm: $WRONG wrong tokens in $storm_seconds s" \
    "($(python3 -c "print(round($WRONG / $storm_seconds))") a second), $THREADS threads"
  grep -E '^wrong-token' "$OUT/wrk.txt"
} | tee "$OUT/wrong-tokens.md"
grep -q '429=[1-9]' "$OUT/wrk.txt" || echo "WARNING: no wrong token got 429: were the rate limits on?" >&2
