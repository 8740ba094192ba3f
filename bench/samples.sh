#!/usr/bin/env bash
# Sample lists and statistics with 1,000,000 samples in a project, then an import of 100,000 objects.
#
#   bench/samples.sh            # build the jar if missing, start S3 + service, load, measure, import, stop, drop
#   KEEP_DB=1 bench/samples.sh  # keep the database afterwards (to explain queries by hand)
#
# What it does, all on this machine (127.0.0.1 only) and bounded in time:
#  1. writes the test classpath (./mvnw dependency:build-classpath) and starts bench/S3Server.java from it: S3Proxy
#     with the in-memory backend on 127.0.0.1:$S3_PORT, bucket $S3_BUCKET, and $IMPORT_OBJECTS small objects
#     preloaded under import/ (no Docker, no MinIO binary here); the service gets it via LABELFORCE_STORAGE_*;
#  2. creates the database $BENCH_DB on the local PostgreSQL (dropped first) and starts the service jar on it;
#  3. creates a dataset through the API (labels Cat, Dog) and loads $SAMPLES samples into it with generate_series
#     straight into `sample` (in chunks of 200,000; the statement-level triggers keep sample_count and
#     sample_label_count right, as they do for the service's own writes): 40% labeled (Cat/Dog, 5 labelers),
#     10% awaiting confirmation (Cat), 50% unlabeled; then checks the counters against count(*);
#  4. sends each request $REQUESTS times in a row after $WARMUP warm-up requests, prints p50/p95/max of curl's
#     time_total in ms, then the median EXPLAIN ANALYZE execution time of the SQL the service sends;
#  5. creates an import task of the $IMPORT_OBJECTS objects into the same dataset, polls it until it is
#     COMPLETED and reports samples/s;
#  6. stops what it started and drops the database (unless KEEP_DB=1). Report: target/bench/samples.md.
#
# Needs: java 17+, psql, curl, a PostgreSQL on 127.0.0.1:5432 that PGUSER may create databases on, and the Maven
# repository filled (./mvnw -o works) for the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-labelforce_bench_samples}
PORT=${PORT:-18347}
S3_PORT=${S3_PORT:-18348}
S3_BUCKET=${S3_BUCKET:-labelforce-bench}
REQUESTS=${REQUESTS:-30}
WARMUP=${WARMUP:-20}
SAMPLES=${SAMPLES:-1000000}
IMPORT_OBJECTS=${IMPORT_OBJECTS:-100000}
PROJECT=b0000000000000000000000000000010
. bench/lib.sh

S3_PID=""
stop_s3() {
  if [ -n "$S3_PID" ] && kill -0 "$S3_PID" 2>/dev/null; then
    kill "$S3_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$S3_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$S3_PID" 2>/dev/null || true
  fi
}
trap 'stop_s3; cleanup' EXIT

echo "Test classpath (for S3Proxy)"
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" -Dmdep.includeScope=test
S3_KEYS="bench-access:bench-secret-$RANDOM$RANDOM"
echo "Starting S3Proxy on 127.0.0.1:$S3_PORT with $IMPORT_OBJECTS objects under /$S3_BUCKET/import/"
timeout 3600 java -Xmx2g -cp "$(cat "$OUT/test-classpath.txt")" bench/S3Server.java \
  "$S3_PORT" "$S3_BUCKET" "$S3_KEYS" import/ "$IMPORT_OBJECTS" >"$OUT/samples-s3.log" 2>&1 &
S3_PID=$!
for _ in $(seq 1 300); do
  grep -q '^READY' "$OUT/samples-s3.log" 2>/dev/null && break
  kill -0 "$S3_PID" 2>/dev/null || { echo "S3Proxy exited; see $OUT/samples-s3.log" >&2; exit 1; }
  sleep 1
done
grep -q '^READY' "$OUT/samples-s3.log" || { echo "S3Proxy did not start" >&2; exit 1; }
grep '^Preloaded' "$OUT/samples-s3.log"

export LABELFORCE_STORAGE_ENDPOINT="http://127.0.0.1:$S3_PORT" LABELFORCE_STORAGE_REGION=us-east-1 \
  LABELFORCE_STORAGE_BUCKET="$S3_BUCKET" LABELFORCE_STORAGE_ACCESSKEY="${S3_KEYS%%:*}" \
  LABELFORCE_STORAGE_SECRETKEY="${S3_KEYS#*:}"
start_service "$OUT/samples-app.log"

TOKEN=$(curl -sf --max-time 10 -X POST "$BASE/admin/api-keys" -H "X-Auth-Token: $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"projects\":[\"$PROJECT\"],\"permission\":\"write\"}" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "Could not create an API key"; exit 1; }
api() { # method, path, [body]
  curl -sf --max-time 30 -X "$1" "$BASE$2" -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"}
}
DATASET=$(api POST "/v2/$PROJECT/datasets" "{\"dataset_name\":\"bench-samples\",\"dataset_type\":0,
  \"data_sources\":[{\"data_path\":\"/$S3_BUCKET/input/\"}],\"work_path\":\"/$S3_BUCKET/output/\",\"work_path_type\":0}" \
  | sed -n 's/.*"dataset_id":"\([^"]*\)".*/\1/p')
[ -n "$DATASET" ] || { echo "Could not create the dataset"; exit 1; }
D="/v2/$PROJECT/datasets/$DATASET"
api POST "$D/data-annotations/labels" '{"labels":[{"name":"Cat","type":0},{"name":"Dog","type":0}]}' >/dev/null

echo "Loading $SAMPLES samples into dataset $DATASET"
load_start=$(date +%s)
for from in $(seq 1 200000 "$SAMPLES"); do
  to=$(( from + 199999 < SAMPLES ? from + 199999 : SAMPLES ))
  psql_bench -v project="$PROJECT" -v dataset="$DATASET" -v bucket="$S3_BUCKET" -v from="$from" -v to="$to" <<'SQL'
insert into sample (id, project_id, dataset_id, name, sample_type, bucket, object_key, size, sample_time,
                    create_time, update_time, sample_state, labels, label_names, metadata, annotated_by)
select md5('s' || g), :'project', :'dataset', 'img' || lpad(g::text, 7, '0') || '.jpg', 0, :'bucket',
       'input/img' || lpad(g::text, 7, '0') || '.jpg', 1000 + g % 5000,
       timestamptz '2026-11-01' + g * interval '1 second', timestamptz '2026-11-01' + g * interval '1 second',
       timestamptz '2026-11-01' + g * interval '1 second',
       case when g % 10 < 4 then 'ALL' when g % 10 = 4 then 'AUTO_ANNOTATION' else 'NONE' end,
       case when g % 10 < 4 then jsonb_build_array(jsonb_build_object('name', case when g % 2 = 0 then 'Cat' else 'Dog' end, 'type', 0))
            when g % 10 = 4 then '[{"name": "Cat", "type": 0}]'::jsonb else '[]'::jsonb end,
       case when g % 10 < 4 then array[case when g % 2 = 0 then 'Cat' else 'Dog' end]
            when g % 10 = 4 then array['Cat'] else '{}'::text[] end,
       '{}'::jsonb,
       case when g % 10 < 4 then 'labeler' || (g % 5) || '@example.com' end
from generate_series(:from::int, :to::int) g;
SQL
done
psql_bench -c "vacuum analyze sample" -c "vacuum analyze sample_count" -c "vacuum analyze sample_label_count"
echo "Loaded in $(( $(date +%s) - load_start )) s"
# the counters the triggers kept must equal what the rows say
CHECK=$(psql_bench -tA -c "select (select string_agg(sample_state || '=' || samples, ',' order by sample_state)
  from sample_count where dataset_id = '$DATASET' and samples <> 0) = (select string_agg(sample_state || '=' || n, ','
  order by sample_state) from (select sample_state, count(*) n from sample where project_id = '$PROJECT'
  and dataset_id = '$DATASET' group by 1) c)")
[ "$CHECK" = t ] || { echo "sample_count disagrees with the rows" >&2; exit 1; }

REPORT="$OUT/samples.md"
{
  echo "Load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
  echo
  echo "| request | items | total | p50 ms | p95 ms | max ms |"
  echo "|---|---|---|---|---|---|"
} >"$REPORT"

measure() { # label, path, [the answer's count field to show as total]
  local label=$1 url="$BASE$2" field=${3:-sample_count} times body total items
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null --max-time 30 -H "X-Auth-Token: $TOKEN" "$url"; done
  times=$(for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}\n' -H "X-Auth-Token: $TOKEN" "$url"
  done)
  if echo "$times" | grep -qv '^200 '; then
    echo "$label: not every answer was 200:"; echo "$times" | sort | uniq -c | head; exit 1
  fi
  body=$(curl -s --max-time 30 -H "X-Auth-Token: $TOKEN" "$url")
  total=$(echo "$body" | sed -n "s/.*\"$field\":\([0-9]*\).*/\1/p" | head -n 1)
  total=${total:-—}
  items=$(echo "$body" | { grep -o '"sample_id"' || true; } | wc -l)
  echo "$times" | awk '{ print $2 * 1000 }' | sort -n | awk -v label="$label" -v total="$total" -v items="$items" '
    { t[NR] = $1 }
    END {
      n = NR
      p50 = t[int((n + 1) / 2)]; p95 = t[int(n * 0.95 + 0.999)]
      printf "| %s | %s | %s | %.1f | %.1f | %.1f |\n", label, items, total, p50, p95, t[n]
    }' | tee -a "$REPORT"
}

S="$D/data-annotations/samples"
LABELER=$(printf '%s' '[{"labeler":"labeler3@example.com"}]' | jq -sRr @uri 2>/dev/null \
  || printf '%%5B%%7B%%22labeler%%22%%3A%%22labeler3%%40example.com%%22%%7D%%5D')
echo
echo "$REQUESTS requests each, sequential, after $WARMUP warm-up requests"
cat "$REPORT"
measure "ListSamples, first page (limit 10)" "$S"
measure "ListSamples, limit 100, first page" "$S?limit=100"
measure "ListSamples, limit 100, offset 5,000 (rows 500,000+)" "$S?limit=100&offset=5000"
measure "ListSamples, limit 100, last page (offset 9,999)" "$S?limit=100&offset=9999"
measure "ListSamples, limit 100, order asc, first page" "$S?limit=100&order=asc"
measure "ListSamples sample_state=ALL (400,000), limit 100, first page" "$S?limit=100&sample_state=ALL"
measure "ListSamples sample_state=ALL, limit 100, last page (offset 3,999)" "$S?limit=100&sample_state=ALL&offset=3999"
measure "ListSamples sample_state=AUTO_ANNOTATION (100,000), limit 100" "$S?limit=100&sample_state=AUTO_ANNOTATION"
measure "ListSamples label_name=Dog (200,000), limit 100, first page" "$S?limit=100&label_name=Dog"
measure "ListSamples label_name=Dog, limit 100, offset 1,000" "$S?limit=100&label_name=Dog&offset=1000"
measure "ListSamples search_conditions labeler (100,000), limit 100" "$S?limit=100&search_conditions=$LABELER"
measure "ListStats (42)" "$D/data-annotations/stats" none
measure "ListStats (42), sample_state=ALL" "$D/data-annotations/stats?sample_state=ALL" none
measure "ListSearch (41): labels, labelers" "$D/data-annotations/search-condition" none
measure "DescDataset (counters)" "$D" total_sample_count

# The database's share: median "Execution Time" of 5 EXPLAIN ANALYZE runs of the SQL the service sends
explain_ms() { # label, sql
  local ms
  ms=$(for _ in 1 2 3 4 5; do psql_bench -tA -c "explain (analyze, timing off, format json) $2" \
         | sed -n 's/.*"Execution Time": \([0-9.]*\).*/\1/p'; done | sort -n | sed -n 3p)
  echo "| $1 | $ms |" | tee -a "$REPORT"
}
COLUMNS="s.id, s.project_id, s.dataset_id, s.name, s.sample_type, s.bucket, s.object_key, s.size, s.sample_time, s.create_time, s.update_time, s.sample_state, s.labels, s.metadata, s.sample_usage, s.annotated_by"
SCOPE="x.project_id = '$PROJECT' and x.dataset_id = '$DATASET'"
page() { # where, offset, limit: SampleStore.page (deferred join, newest first)
  echo "select $COLUMNS from (select x.id, x.create_time from sample x where $SCOPE$1 order by x.create_time desc, x.id desc offset $2 limit $3) p join sample s on s.project_id = '$PROJECT' and s.dataset_id = '$DATASET' and s.id = p.id order by p.create_time desc, p.id desc"
}
{ echo; echo "| SQL (as the service sends it) | execution ms (median of 5) |"; echo "|---|---|"; } | tee -a "$REPORT"
explain_ms "page, limit 100, offset 0" "$(page "" 0 100)"
explain_ms "page, limit 100, rows 500,000+" "$(page "" 500000 100)"
explain_ms "page, limit 100, last rows (999,900+)" "$(page "" 999900 100)"
explain_ms "(same last page with a plain OFFSET, for comparison)" "select ${COLUMNS//s./x.} from sample x where $SCOPE order by x.create_time desc, x.id desc offset 999900 limit 100"
explain_ms "totals: sample_count" "select dataset_id, sample_state, samples from sample_count where project_id = '$PROJECT' and dataset_id = any(array['$DATASET'])"
explain_ms "sample_state=ALL page, last rows (399,900+)" "$(page " and x.sample_state = 'ALL'" 399900 100)"
explain_ms "sample_state=ALL page, offset 0" "$(page " and x.sample_state = 'ALL'" 0 100)"
explain_ms "(sample_state=ALL count: no longer sent, the counter answers)" "select count(*) from sample x where $SCOPE and x.sample_state = 'ALL'"
explain_ms "label_name=Dog page, offset 0" "$(page " and x.label_names @> '{Dog}'::text[]" 0 100)"
explain_ms "label_name=Dog page, rows 100,000+" "$(page " and x.label_names @> '{Dog}'::text[]" 100000 100)"
explain_ms "(label_name=Dog count: no longer sent, the label counter answers)" "select count(*) from sample x where $SCOPE and x.label_names @> '{Dog}'::text[]"
explain_ms "labeler page, offset 0" "$(page " and x.annotated_by = 'labeler3@example.com'" 0 100)"
explain_ms "ListStats and label totals: label counters" "select label_name, sum(labels), sum(samples) from sample_label_count where project_id = '$PROJECT' and dataset_id = '$DATASET' and (null::text is null or sample_state = null) group by label_name having sum(labels) > 0 order by label_name"
explain_ms "ListSearch: labelers (loose index scan)" "with recursive l (who) as (select (select annotated_by from sample where project_id = '$PROJECT' and dataset_id = '$DATASET' and annotated_by is not null order by annotated_by limit 1) union all select (select annotated_by from sample where project_id = '$PROJECT' and dataset_id = '$DATASET' and annotated_by > l.who order by annotated_by limit 1) from l where l.who is not null) select who from l where who is not null limit 1000"
echo "Load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$REPORT"

echo
echo "Importing $IMPORT_OBJECTS objects from /$S3_BUCKET/import/ into the dataset"
before=$(psql_bench -tA -c "select count(*) from sample where project_id = '$PROJECT' and dataset_id = '$DATASET'")
t0=$(date +%s.%N)
TASK=$(api POST "$D/import-tasks" "{\"import_path\":\"/$S3_BUCKET/import/\"}" | sed -n 's/.*"task_id":"\([^"]*\)".*/\1/p')
[ -n "$TASK" ] || { echo "Could not create the import task"; exit 1; }
status=""
for _ in $(seq 1 1800); do
  task=$(api GET "$D/import-tasks/$TASK")
  status=$(echo "$task" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p')
  [ "$status" = COMPLETED ] || [ "$status" = FAILED ] && break
  sleep 0.5
done
t1=$(date +%s.%N)
[ "$status" = COMPLETED ] || { echo "The import ended as '$status': $task" >&2; exit 1; }
after=$(psql_bench -tA -c "select count(*) from sample where project_id = '$PROJECT' and dataset_id = '$DATASET'")
imported=$(echo "$task" | sed -n 's/.*"imported_sample_count":\([0-9]*\).*/\1/p')
{
  echo
  awk -v n="$imported" -v a="$t0" -v b="$t1" -v before="$before" -v after="$after" 'BEGIN {
    printf "Import of %d objects (pages of 1,000) into the dataset of %d samples: %.1f s from POST to COMPLETED, %.0f samples/s; samples now %d\n", n, before, b - a, n / (b - a), after }'
} | tee -a "$REPORT"
[ "$imported" = "$IMPORT_OBJECTS" ] && [ "$after" = $(( before + IMPORT_OBJECTS )) ] \
  || { echo "Expected $IMPORT_OBJECTS new samples" >&2; exit 1; }
echo
echo "Report: $REPORT"
