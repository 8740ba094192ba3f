#!/usr/bin/env bash
# The team labeling workflow under load: a task of 100,000 samples x repetition 3 over 50 labelers is started
# and the time until it runs (the distribution: one INSERT ... SELECT of 300,000 copies) is measured; then
# labeling and review at concurrency 16 (wrk) give throughput and p99.
#
#   bench/workflow.sh                     # build the jar if missing, load, start, measure, stop, drop the database
#   SAMPLES=20000 bench/workflow.sh       # fewer samples (default 100000)
#   DURATION=30 bench/workflow.sh         # seconds of labeling and review (default 30)
#   KEEP_DB=1 bench/workflow.sh           # keep the database afterwards
#
# What it does, all on this machine (127.0.0.1 only) and bounded in time:
#  1. creates the database $BENCH_DB and starts the service jar on it;
#  2. through the API: an owner key, a dataset, a team; 50 labelers and 1 reviewer go straight into the worker
#     table, the samples straight into the sample table (neither is what is measured); a task with
#     repetition 3 assigned to the 51 members, and an API key with worker_email for each of them;
#  3. StartWorkforceTask, then polls DescWorkforceTask until the status is 1: the distribution time;
#  4. wrk with 16 connections for $DURATION s: each labeler walks forward through its own copies, 10 per
#     request (UpdateWorkforceTaskSamples); every 5th request the reviewer reviews a batch labeled earlier
#     (ReviewSamples, 1 in 3 rejected); the task's statistics before and after give the copies newly labeled
#     and reviewed per second;
#  5. prints a Markdown table (also target/bench/workflow.md), stops the service, drops the database.
#
# Needs: java 17+, psql, curl, wrk (apt-get install wrk), python3, a PostgreSQL on 127.0.0.1:5432 that PGUSER
# may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-labelforce_bench_workflow}
PORT=${PORT:-18082}
DURATION=${DURATION:-30}
SAMPLES=${SAMPLES:-100000}
LABELERS=50
REPETITION=3
CONCURRENCY=${CONCURRENCY:-16}
THREADS=$(( CONCURRENCY < 2 ? 1 : 2 ))
PROJECT=b0000000000000000000000000000003

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
. bench/lib.sh
start_service "$OUT/workflow-app.log"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
key() {
  curl -sf -X POST "$BASE/admin/api-keys" -H "X-Auth-Token: $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench$RANDOM\",\"projects\":[\"$PROJECT\"],\"permission\":\"write\"$1}" | json "['token']"
}
TOKEN=$(key "")
api() { curl -sf -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' "$@"; }
DATASET=$(api -X POST "$BASE/v2/$PROJECT/datasets" \
  -d '{"dataset_name":"bench","work_path":"/bench/out/","work_path_type":0,"labels":[{"name":"Cat","type":0}]}' \
  | json "['dataset_id']")
TEAM=$(api -X POST "$BASE/v2/$PROJECT/workforces" -d '{"workforce_name":"crew"}' | json "['workforce_id']")
echo "Loading $LABELERS labelers, 1 reviewer and $SAMPLES samples"
psql_bench -c "insert into worker (id, project_id, workforce_id, email, role, status, description, create_time, update_time)
    select md5('l' || i), '$PROJECT', '$TEAM', 'labeler' || i || '@bench.example.com', 0, 0, '', now(), now()
    from generate_series(0, $((LABELERS - 1))) i
    union all select md5('reviewer'), '$PROJECT', '$TEAM', 'reviewer@bench.example.com', 1, 0, '', now(), now();
  update workforce set worker_count = $((LABELERS + 1)) where id = '$TEAM';
  insert into sample (id, project_id, dataset_id, name, bucket, object_key, create_time, update_time)
    select md5('s' || i), '$PROJECT', '$DATASET', 'img-' || i || '.jpg', 'bench', 'in/img-' || i || '.jpg',
           timestamptz '2026-01-01' + i * interval '1 millisecond', now()
    from generate_series(0, $((SAMPLES - 1))) i;"
WORKERS=$(python3 -c "
import json
emails = ['labeler%d@bench.example.com' % i for i in range($LABELERS)] + ['reviewer@bench.example.com']
print(json.dumps([{'email': e} for e in emails]))")
TASK=$(api -X POST "$BASE/v2/$PROJECT/datasets/$DATASET/workforce-tasks" -d "{\"task_name\":\"bench\",
  \"repetition\":$REPETITION,\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"$TEAM\",\"workers\":$WORKERS}]}}" \
  | json "['task_id']")
TASK_URI="$BASE/v2/$PROJECT/datasets/$DATASET/workforce-tasks/$TASK"

echo "Starting the task"
started=$(date +%s.%N)
api -X POST "$TASK_URI" -d '{}' >/dev/null
answered=$(date +%s.%N)
until [ "$(api "$TASK_URI" | json "['status']")" = 1 ]; do sleep 0.1; done
running=$(date +%s.%N)
COPIES=$(psql_bench -At -c "select count(*) from task_sample where task_id = '$TASK'")
LOADS=$(psql_bench -At -c "select min(n) || '-' || max(n) from (select count(*) n from task_sample
  where task_id = '$TASK' group by worker_id) x")
START_MS=$(python3 -c "print(round(($answered - $started) * 1000))")
DIST_S=$(python3 -c "print(f'{$running - $started:.1f}')")
echo "start answered in $START_MS ms; running after $DIST_S s; $COPIES copies, loads $LOADS per labeler"

echo "Member keys"
LUA_KEYS=""
for i in $(seq 0 $((LABELERS - 1))); do
  LUA_KEYS="$LUA_KEYS\"$(key ",\"worker_email\":\"labeler$i@bench.example.com\"")\","
done
REVIEWER=$(key ",\"worker_email\":\"reviewer@bench.example.com\"")
# every labeler's copies in order, as a Lua table in the order of the labelers' keys
python3 - "$OUT" "$BENCH_DB" "$TASK" "$LABELERS" <<'PY'
import subprocess, sys, json
out, db, task, labelers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rows = subprocess.run(["psql", "-X", "-At", "-d", db, "-c",
    f"select email, string_agg(sample_id, ',' order by sample_id) from task_sample where task_id = '{task}'"
    f" group by email order by email"], capture_output=True, text=True, check=True).stdout
copies = {}
for line in rows.strip().splitlines():
    email, ids = line.split("|")
    copies[email] = ids.split(",")
with open(f"{out}/workflow-copies.lua", "w") as f:
    f.write("copies = {\n")
    for i in range(labelers):
        f.write("  " + json.dumps(copies.get(f"labeler{i}@bench.example.com", [])).replace("[", "{").replace("]", "}") + ",\n")
    f.write("}\n")
PY
# Each wrk thread owns every THREADS-th labeler and walks each of its labelers forward through its own copies,
# 10 per request, from the offset given after "--" (so the measured run does not redo the warm-up's copies).
# Every 5th request the reviewer reviews the oldest batch this thread labeled, once more batches than this
# thread's connections have been labeled since (so that batch's request has been answered); 1 in 3 rejected.
cat > "$OUT/workflow.lua" <<LUA
dofile("$OUT/workflow-copies.lua")
local keys = { $LUA_KEYS }
local reviewer = "$REVIEWER"
local path = "/v2/$PROJECT/datasets/$DATASET/workforce-tasks/$TASK/data-annotations/"
local threads = $THREADS
local connections = math.ceil($CONCURRENCY / threads)
local threadIndex = 0
setup = function(thread) thread:set("id", threadIndex); threadIndex = threadIndex + 1 end
init = function(args)
  n = 0
  mine = {}
  for j = 1, #keys do if (j - 1) % threads == id then mine[#mine + 1] = j end end
  cursor = {}
  for _, j in ipairs(mine) do cursor[j] = tonumber(args[1] or "0") end
  labeled = {}
  first = 1
end
local function review(ids)
  local items = {}
  for k, s in ipairs(ids) do
    items[#items + 1] = '{"sample_id":"' .. s .. '","accept":' .. ((k % 3 == 0) and 'false' or 'true') .. ',"score":"B"}'
  end
  return wrk.format("POST", path .. "review",
    { ["X-Auth-Token"] = reviewer, ["Content-Type"] = "application/json" },
    '{"comments":[' .. table.concat(items, ",") .. ']}')
end
request = function()
  n = n + 1
  if n % 5 == 0 and #labeled - first + 1 > 2 * connections then
    local ids = labeled[first]
    labeled[first] = nil
    first = first + 1
    return review(ids)
  end
  local j = mine[(n % #mine) + 1]
  local list = copies[j]
  local ids, items = {}, {}
  for k = 1, 10 do
    local s = list[((cursor[j] + k - 1) % #list) + 1]
    ids[#ids + 1] = s
    items[#items + 1] = '{"sample_id":"' .. s .. '","labels":[{"name":"Cat","type":0}]}'
  end
  cursor[j] = cursor[j] + 10
  labeled[#labeled + 1] = ids
  return wrk.format("PUT", path .. "samples",
    { ["X-Auth-Token"] = keys[j], ["Content-Type"] = "application/json" },
    '{"samples":[' .. table.concat(items, ",") .. ']}')
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f\n", summary.requests, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
LUA

stats() { api "$TASK_URI/data-annotations/stats" | json "['sample_stats']"; }
# copies labeled (no longer un_annotation) and reviewed (accepted by the reviewer, or rejected back) so far
progress() {
  stats | python3 -c "import ast,sys; s=ast.literal_eval(sys.stdin.read()); print(s['total'] - s['un_annotation'], s['uncheck'] + s['rejected'])"
}
echo "Warming up"
wrk -t"$THREADS" -c"$CONCURRENCY" -d10s -s "$OUT/workflow.lua" "$BASE" > "$OUT/workflow-wrk.log" 2>&1 \
  || { cat "$OUT/workflow-wrk.log" >&2; exit 1; }
# the measured run starts past the copies the warm-up can have reached
OFFSET=$(( (COPIES / LABELERS) / 3 / 10 * 10 ))
read -r labeled0 reviewed0 <<< "$(progress)"
echo "Labeling and review at concurrency $CONCURRENCY for $DURATION s (from copy $OFFSET of each labeler)"
wrk -t"$THREADS" -c"$CONCURRENCY" -d"${DURATION}s" --timeout 10s -s "$OUT/workflow.lua" "$BASE" -- "$OFFSET" \
  > "$OUT/workflow-wrk.log" 2>&1
result=$(grep '^RESULT' "$OUT/workflow-wrk.log") || { cat "$OUT/workflow-wrk.log" >&2; exit 1; }
read -r _ requests errors p50 p99 rps <<< "$result"
read -r labeled1 reviewed1 <<< "$(progress)"
STATS=$(stats)
LABELED_S=$(python3 -c "print(round(($labeled1 - $labeled0) / $DURATION))")
REVIEWED_S=$(python3 -c "print(round(($reviewed1 - $reviewed0) / $DURATION))")

REPORT="$OUT/workflow.md"
{
  echo "| samples x repetition / labelers | copies | start answered | running after (distribution) | loads per labeler |"
  echo "|---|---:|---:|---:|---:|"
  echo "| $SAMPLES x $REPETITION / $LABELERS | $COPIES | $START_MS ms | $DIST_S s | $LOADS |"
  echo
  echo "| concurrency | requests (10 copies each) | req/s | copies newly labeled/s | copies reviewed/s | p50 ms | p99 ms | HTTP errors |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| $CONCURRENCY | $requests | $rps | $LABELED_S | $REVIEWED_S | $p50 | $p99 | $errors |"
  echo
  echo "Task statistics afterwards: \`$STATS\`"
} > "$REPORT"
echo
cat "$REPORT"
