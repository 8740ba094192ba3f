#!/usr/bin/env bash
# Throughput and latency of UpdateWorkforceTask (PUT .../workforce-tasks/{id}) replacing a full assignment
# of 5 teams x 200 members, at concurrency 1, 8 and 32, next to pgbench running the same SQL on the same
# database, so the ratio to what PostgreSQL itself can do is visible.
#
#   bench/task-update.sh                 # build the jar if missing, load, start, measure, stop, drop the database
#   DURATION=30 bench/task-update.sh     # seconds per run (default 15)
#   KEEP_DB=1 bench/task-update.sh       # keep the database afterwards
#
# What it does, all on this machine (127.0.0.1 only) and bounded in time:
#  1. creates the database $BENCH_DB on the local PostgreSQL (dropped first) and starts the service jar on it;
#  2. through the API: an API key, a dataset, 5 teams and 32 tasks; the 1,000 members go straight into the
#     worker table (the API would be slow to call 1,000 times and is not what is measured);
#  3. for each concurrency C in 1 8 32: wrk with C connections for $DURATION s, spreading requests over the
#     32 tasks and alternating between two assignments (A: members 0-199 of each team, B: members 25-199),
#     so requests delete, insert and upsert member tasks;
#  4. pgbench with C clients for $DURATION s running what one update runs: lock the task, lock the teams,
#     read the members of each team by e-mail, delete/upsert teams and members from arrays, update the task;
#  5. prints a Markdown table (also target/bench/task-update.md), stops the service, drops the database.
#
# Needs: java 17+, psql, pgbench, curl, wrk (apt-get install wrk), a PostgreSQL on 127.0.0.1:5432 that
# PGUSER may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-labelforce_bench_task}
PORT=${PORT:-18081}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-20}
CONCURRENCY=${CONCURRENCY:-"1 8 32"}
PROJECT=b0000000000000000000000000000002
TASKS=32

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
. bench/lib.sh
start_service "$OUT/task-update-app.log"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -sf -X POST "$BASE/admin/api-keys" -H "X-Auth-Token: $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"projects\":[\"$PROJECT\"],\"permission\":\"write\"}" | json "['token']")
api() { curl -sf -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' "$@"; }
DATASET=$(api -X POST "$BASE/v2/$PROJECT/datasets" \
  -d '{"dataset_name":"bench","work_path":"/bench/out/","work_path_type":0}' | json "['dataset_id']")
TEAMS=()
for t in 0 1 2 3 4; do
  TEAMS+=("$(api -X POST "$BASE/v2/$PROJECT/workforces" -d "{\"workforce_name\":\"team$t\"}" | json "['workforce_id']")")
done
echo "Loading 5 x 200 members"
for t in 0 1 2 3 4; do
  psql_bench -c "insert into worker (id, project_id, workforce_id, email, role, status, description, create_time, update_time)
    select md5('$t-' || i), '$PROJECT', '${TEAMS[$t]}', 'member' || i || '@team$t.example.com', 0, 0, '', now(), now()
    from generate_series(0, 199) i;
    update workforce set worker_count = 200 where id = '${TEAMS[$t]}';"
done
for i in $(seq 0 $((TASKS - 1))); do
  api -X POST "$BASE/v2/$PROJECT/datasets/$DATASET/workforce-tasks" -d "{\"task_name\":\"bench-$i\"}" >/dev/null
done
TASK_IDS=$(psql_bench -At -c "select string_agg(quote_literal(id), ',' order by name) from workforce_task")

# the two request bodies: A = members 0..199 of each team, B = members 25..199; switching between them
# removes or adds 25 member tasks per team and upserts the others
python3 - "$OUT" "${TEAMS[@]}" <<'PY'
import json, sys
out, teams = sys.argv[1], sys.argv[2:]
def body(members):
    return json.dumps({"workforces_config": {"workforces": [
        {"workforce_id": team, "workers": [{"email": f"member{i}@team{t}.example.com"} for i in members]}
        for t, team in enumerate(teams)]}})
open(f"{out}/body-a.json", "w").write(body(range(0, 200)))
open(f"{out}/body-b.json", "w").write(body(range(25, 200)))
PY

cat > "$OUT/task-update.lua" <<LUA
local tasks = { $TASK_IDS }
local a = io.open("$OUT/body-a.json"):read("*a")
local b = io.open("$OUT/body-b.json"):read("*a")
local counter = 0
local threadIndex = 0
setup = function(thread) thread:set("id", threadIndex); threadIndex = threadIndex + 1 end
init = function(args) n = 0 end
request = function()
  n = n + 1
  -- connections of a thread take turns; each request picks a task by thread and round, so no two
  -- connections wait on the same row lock more than the concurrency forces
  local task = tasks[((id * 1000 + n) % #tasks) + 1]
  local body = (n % 2 == 0) and a or b
  return wrk.format("PUT", "/v2/$PROJECT/datasets/$DATASET/workforce-tasks/" .. task,
    { ["X-Auth-Token"] = "$TOKEN", ["Content-Type"] = "application/json" }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f\n", summary.requests, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
LUA

# pgbench: what one update runs (TaskService.update, AssignmentResolver, TaskAssignments.replace), with the
# same two member sets
python3 - "$OUT" "$PROJECT" "$DATASET" "${TEAMS[@]}" <<'PY'
import hashlib, sys
out, project, dataset, teams = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
def worker_id(t, i):
    return hashlib.md5(f"{t}-{i}".encode()).hexdigest()
def arr(xs, kind="varchar"):
    return "'{" + ",".join(str(x) for x in xs) + "}'::" + kind + "[]"
def update(members):
    rows = [(team, worker_id(t, i), f"member{i}@team{t}.example.com") for t, team in enumerate(teams) for i in members]
    lines = [f"select id from workforce where project_id = '{project}' and id in "
             f"({','.join(repr(t) for t in teams)}) order by id for share;"]
    for t, team in enumerate(teams):
        emails = ",".join(repr(f"member{i}@team{t}.example.com") for i in members)
        lines.append(f"select id, workforce_id, email, role, status from worker where email in ({emails}) "
                     f"and workforce_id = '{team}' and project_id = '{project}';")
    lines += [
        f"delete from workforce_task_worker where task_id = cast(:task_id as varchar) and not (worker_id = any({arr(r[1] for r in rows)}));",
        f"delete from workforce_task_team where task_id = cast(:task_id as varchar) and not (workforce_id = any({arr(teams)}));",
        f"insert into workforce_task_team (task_id, workforce_id, position) select cast(:task_id as varchar), t.w, t.p "
        f"from unnest({arr(teams)}, {arr(range(len(teams)), 'int')}) as t(w, p) "
        f"on conflict (task_id, workforce_id) do update set position = excluded.position;",
        f"insert into workforce_task_worker (task_id, workforce_id, worker_id, project_id, email, role, create_time, update_time) "
        f"select cast(:task_id as varchar), w.f, w.id, '{project}', w.e, w.r, now(), now() from unnest({arr(r[0] for r in rows)}, "
        f"{arr(r[1] for r in rows)}, {arr(r[2] for r in rows)}, {arr([0] * len(rows), 'int')}) as w(f, id, e, r) "
        f"on conflict (task_id, worker_id) do update set email = excluded.email, role = excluded.role, "
        f"update_time = excluded.update_time;",
    ]
    return lines
script = ["\\set task random(0, 31)", "\\set variant random(0, 1)", "begin;",
          f"select id as task_id from workforce_task where project_id = '{project}' and dataset_id = '{dataset}' "
          f"and name = 'bench-' || :task for no key update \\gset",
          "\\if :variant"] + update(range(0, 200)) + ["\\else"] + update(range(25, 200)) + ["\\endif",
          "update workforce_task set update_time = now(), version = version + 1 where id = cast(:task_id as varchar);",
          "commit;"]
open(f"{out}/task-update.pgbench", "w").write("\n".join(script) + "\n")
PY

echo "Warming up"
wrk -t2 -c8 -d"${WARMUP}s" -s "$OUT/task-update.lua" "$BASE" > "$OUT/task-update-wrk.log" 2>&1 \
  || { cat "$OUT/task-update-wrk.log" >&2; exit 1; }

REPORT="$OUT/task-update.md"
{
  echo "| concurrency | HTTP req/s | HTTP p50 ms | HTTP p99 ms | errors | pgbench tx/s | pgbench latency ms | HTTP / pgbench | service CPU ms/req | PostgreSQL CPU ms/req | PostgreSQL CPU ms/tx (pgbench) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$REPORT"
for c in $CONCURRENCY; do
  threads=$(( c < 2 ? 1 : 2 ))
  pool=$(bench_backends | tr '\n' ' ')
  # shellcheck disable=SC2086 # a list of pids
  svc0=$(cpu_ms "$SERVICE_PID"); db0=$(cpu_ms $pool)
  wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 10s -s "$OUT/task-update.lua" "$BASE" > "$OUT/task-update-wrk.log" 2>&1
  # shellcheck disable=SC2086 # a list of pids
  svc1=$(cpu_ms "$SERVICE_PID"); db1=$(cpu_ms $pool)
  result=$(grep '^RESULT' "$OUT/task-update-wrk.log") || { cat "$OUT/task-update-wrk.log" >&2; exit 1; }
  read -r _ requests errors p50 p99 rps <<< "$result"
  pg=$(pgbench_with_cpu -n -M prepared -f "$OUT/task-update.pgbench" -c "$c" -j "$threads") || exit 1
  tps=$(echo "$pg" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n 1)
  lat=$(echo "$pg" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
  pgcpu=$(echo "$pg" | sed -n 's/^CPU //p')
  read -r ratio svc_ms db_ms pg_ms <<< "$(python3 -c "
print(f'{$rps / $tps:.2f}', f'{($svc1 - $svc0) / $requests:.1f}', f'{($db1 - $db0) / $requests:.1f}',
      f'{$pgcpu / ($tps * ($DURATION - 1)):.1f}')")"
  echo "| $c | $rps | $p50 | $p99 | $errors | $tps | $lat | $ratio | $svc_ms | $db_ms | $pg_ms |" >> "$REPORT"
  echo "concurrency $c: HTTP $rps req/s (p50 $p50 ms, p99 $p99 ms, $errors errors), pgbench $tps tx/s"
done
echo
cat "$REPORT"
