#!/usr/bin/env bash
# Member creation (CreateWorker, POST /v2/{project_id}/workforces/{workforce_id}/workers) from 16 connections,
# next to pgbench running, from as many clients, the SQL one creation runs inside its request.
#
#   bench/member-create.sh                 # build the jar if missing, start, measure, stop, drop the database
#   DURATION=30 TEAMS=4 bench/member-create.sh
#
#   CONNECTIONS  concurrent connections / pgbench clients (default 16)
#   TEAMS        teams the members are spread over (default 16; 1 = every request waits on the same team lock)
#   INVITE       1 (default) = invitations on, as in production: each creation publishes WorkerAdded, whose
#                listener writes the invitation and its mail after the commit; 0 = off
#
# What it does, all on this machine (127.0.0.1 only) and bounded in time: creates $BENCH_DB, starts the service,
# creates an API key and $TEAMS teams through the API, then wrk with $CONNECTIONS connections for $DURATION s
# (after $WARMUP s of warm-up) adds members with unique e-mails spread over the teams; then pgbench does the
# same transaction: lock the team row, look the e-mail up, insert the member, count it on the team, and
# (with INVITE=1) insert the event publication. Prints a Markdown table (also target/bench/member-create.md).
#
# Needs: java 17+, psql, pgbench, curl, wrk, a PostgreSQL on 127.0.0.1:5432 that PGUSER may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-labelforce_bench_member}
PORT=${PORT:-18082}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-16}
TEAMS=${TEAMS:-16}
INVITE=${INVITE:-1}
PROJECT=b0000000000000000000000000000003

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
INVITE_ON_CREATE=$([ "$INVITE" = 1 ] && echo true || echo false)
export INVITE_ON_CREATE
. bench/lib.sh
start_service "$OUT/member-create-app.log"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -sf -X POST "$BASE/admin/api-keys" -H "X-Auth-Token: $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"projects\":[\"$PROJECT\"],\"permission\":\"write\"}" | json "['token']")
TEAM_IDS=()
for t in $(seq 1 "$TEAMS"); do
  TEAM_IDS+=("$(curl -sf -X POST "$BASE/v2/$PROJECT/workforces" -H "X-Auth-Token: $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"workforce_name\":\"team$t\"}" | json "['workforce_id']")")
done
LUA_TEAMS=$(printf '"%s",' "${TEAM_IDS[@]}")

cat > "$OUT/member-create.lua" <<LUA
local teams = { ${LUA_TEAMS%,} }
local threadIndex = 0
setup = function(thread) thread:set("id", threadIndex); threadIndex = threadIndex + 1 end
init = function(args) n = 0; math.randomseed(os.time() * 1000 + id) end
request = function()
  n = n + 1
  local team = teams[((id * 7919 + n) % #teams) + 1]
  local body = string.format('{"emails":"m%d-%d-%d@bench.example.com","role":0}', id, n, math.random(1, 1000000000))
  return wrk.format("POST", "/v2/$PROJECT/workforces/" .. team .. "/workers",
    { ["X-Auth-Token"] = "$TOKEN", ["Content-Type"] = "application/json" }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f\n", summary.requests, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
LUA

# pgbench: the SQL of WorkerService.add inside its transaction (what Hibernate and the event registry send)
{
  echo "\\set t random(1, $TEAMS)"
  echo "\\set r random(1, 1000000000)"
  echo "begin;"
  echo "select id as team from (select id, row_number() over (order by name) n from workforce where project_id = '$PROJECT') x where n = :t \\gset"
  echo "select id, create_time, description, name, project_id, update_time, version, worker_count from workforce where id = :team and project_id = '$PROJECT' for no key update;"
  echo "select id, create_time, description, email, project_id, role, status, update_time, version, workforce_id from worker where project_id = '$PROJECT' and workforce_id = :team and email = 'pg' || :r || '-' || :client_id || '@bench.example.com';"
  echo "insert into worker (create_time, description, email, project_id, role, status, update_time, version, workforce_id, id) values (now(), '', 'pg' || :r || '-' || :client_id || '@bench.example.com', '$PROJECT', 0, 0, now(), 0, :team, md5(random()::text || :client_id)) on conflict do nothing;"
  echo "update workforce set worker_count = worker_count + 1 where id = :team and project_id = '$PROJECT';"
  if [ "$INVITE" = 1 ]; then
    echo "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts) values (gen_random_uuid(), 'io.labelforce.notification.MailListeners.invite(io.labelforce.workforce.WorkerAdded)', 'io.labelforce.workforce.WorkerAdded', '{\"projectId\":\"$PROJECT\",\"workforceId\":\"' || :team || '\",\"workerId\":\"x\",\"email\":\"pg' || :r || '@bench.example.com\",\"role\":0,\"locale\":\"en-US\",\"time\":\"2026-12-02T05:00:00Z\"}', now(), 'PUBLISHED', 0);"
  fi
  echo "commit;"
} > "$OUT/member-create.pgbench"

echo "Warming up"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$OUT/member-create.lua" "$BASE" > "$OUT/member-create-wrk.log" 2>&1 \
  || { cat "$OUT/member-create-wrk.log" >&2; exit 1; }
sleep 2 # let the invitations of the warm-up go out of the way

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pool=$(bench_backends | tr '\n' ' ')
# shellcheck disable=SC2086 # a list of pids
svc0=$(cpu_ms "$SERVICE_PID"); db0=$(cpu_ms $pool)
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$OUT/member-create.lua" "$BASE" > "$OUT/member-create-wrk.log" 2>&1
# shellcheck disable=SC2086 # a list of pids
svc1=$(cpu_ms "$SERVICE_PID"); db1=$(cpu_ms $pool)
result=$(grep '^RESULT' "$OUT/member-create-wrk.log") || { cat "$OUT/member-create-wrk.log" >&2; exit 1; }
read -r _ requests errors p50 p99 rps <<< "$result"
sleep 2
pg=$(pgbench_with_cpu -n -M prepared -f "$OUT/member-create.pgbench" -c "$CONNECTIONS" -j 2) || exit 1
tps=$(echo "$pg" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n 1)
lat=$(echo "$pg" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
pgcpu=$(echo "$pg" | sed -n 's/^CPU //p')
read -r ratio svc_ms db_ms pg_ms <<< "$(python3 -c "
print(f'{$rps / $tps:.2f}', f'{($svc1 - $svc0) / $requests:.2f}', f'{($db1 - $db0) / $requests:.2f}',
      f'{$pgcpu / ($tps * ($DURATION - 1)):.2f}')")"
pending=$(psql_bench -tA -c "select count(*) from event_publication where completion_date is null")
REPORT="$OUT/member-create.md"
{
  echo "Load average before: $load_before ($(nproc) cores); $CONNECTIONS connections, $TEAMS teams, invitations $INVITE_ON_CREATE"
  echo
  echo "| connections | HTTP members/s | HTTP p50 ms | HTTP p99 ms | errors | pgbench tx/s | pgbench latency ms | HTTP / pgbench | service CPU ms/member | PostgreSQL CPU ms/member | PostgreSQL CPU ms/tx (pgbench) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| $CONNECTIONS | $rps | $p50 | $p99 | $errors | $tps | $lat | $ratio | $svc_ms | $db_ms | $pg_ms |"
  echo
  echo "Event publications still open right after the run: $pending"
} > "$REPORT"
echo
cat "$REPORT"
