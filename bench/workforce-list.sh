#!/usr/bin/env bash
# List latency of teams and members with 100,000 members in one project.
#
#   bench/workforce-list.sh            # build the jar if missing, load, start, measure, stop, drop the database
#   KEEP_DB=1 bench/workforce-list.sh  # keep the database afterwards (to explain queries by hand)
#
# What it does, all on this machine (127.0.0.1 only) and bounded in time:
#  1. creates the database $BENCH_DB on the local PostgreSQL (dropped first if it exists) and starts the
#     service jar on it (Flyway creates the tables), on 127.0.0.1:$PORT;
#  2. loads data with generate_series straight into the tables: project P has 1,000 teams and 100,000
#     active members (10 teams of 9,010 and 990 teams of 10; one administrator per team, every fifth member
#     a reviewer) plus 1,000 removed members; 99 other projects have 1,000 teams and 1,000 members each,
#     so the tables hold 100,000 teams and ~200,000 members;
#  3. sends each list request $REQUESTS times in a row (after $WARMUP warm-up requests) and prints p50/p95/max
#     of curl's time_total, in milliseconds, as a Markdown table (also written to target/bench/);
#  4. stops the service it started and drops the database (unless KEEP_DB=1).
#
# Needs: java 17+, psql, curl, a PostgreSQL on 127.0.0.1:5432 that PGUSER may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-labelforce_bench_workforce}
PORT=${PORT:-18080}
REQUESTS=${REQUESTS:-30}
WARMUP=${WARMUP:-50}
PROJECT=b0000000000000000000000000000001
. bench/lib.sh
start_service "$OUT/workforce-app.log"

echo "Loading data"
load_start=$(date +%s)
psql_bench -v project="$PROJECT" <<'SQL'
-- project P: 1,000 teams; teams 1-10 get 9,010 members each, teams 11-1000 get 10 each (100,000 active)
insert into workforce (id, project_id, name, description, create_time, update_time)
select substr(md5('t' || :'project' || '-' || t), 1, 19), :'project', 'team-' || lpad(t::text, 4, '0'),
       'benchmark team ' || t, now() - t * interval '1 minute', now()
from generate_series(1, 1000) t;

insert into worker (id, project_id, workforce_id, email, role, status, description, create_time, update_time)
select md5(:'project' || '-' || m), :'project',
       substr(md5('t' || :'project' || '-' || team), 1, 19),
       'member' || lpad(m::text, 6, '0') || '@example.com',
       case when m <= 10 or m between 90101 and 91090 then 2 when m % 5 = 0 then 1 else 0 end,
       case when m > 100000 then 3 else 0 end, '',
       now() - m * interval '1 second', now()
from (select m, case when m <= 90100 or m > 100000 then (m - 1) % 10 + 1 else 11 + (m - 90101) % 990 end team
      from generate_series(1, 101000) m) g;

-- 99 other projects of 1,000 teams with one member each
insert into workforce (id, project_id, name, description, create_time, update_time)
select substr(md5('n' || k || '-' || t), 1, 19), md5('noise' || k), 'team-' || lpad(t::text, 4, '0'), '',
       now() - t * interval '1 minute', now()
from generate_series(1, 99) k, generate_series(1, 1000) t;

insert into worker (id, project_id, workforce_id, email, role, status, description, create_time, update_time)
select md5('nw' || k || '-' || t), md5('noise' || k), substr(md5('n' || k || '-' || t), 1, 19),
       'noise' || t || '@example.com', 2, 0, '', now() - t * interval '1 second', now()
from generate_series(1, 99) k, generate_series(1, 1000) t;

update workforce w set worker_count = c.n
from (select workforce_id, count(*) n from worker where status <> 3 group by workforce_id) c
where w.id = c.workforce_id;
SQL
psql_bench -c "vacuum analyze workforce" -c "vacuum analyze worker"
echo "Loaded in $(( $(date +%s) - load_start )) s:" \
  "$(psql_bench -tA -c "select count(*) from workforce") teams," \
  "$(psql_bench -tA -c "select count(*) from worker") members," \
  "$(psql_bench -tA -v project="$PROJECT" -c "select count(*) from worker where project_id = '$PROJECT' and status <> 3") active in P"

TOKEN=$(curl -sf --max-time 10 -X POST "$BASE/admin/api-keys" -H "X-Auth-Token: $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"projects\":[\"$PROJECT\"],\"permission\":\"read\"}" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "Could not create an API key"; exit 1; }

BIG_TEAM=$(psql_bench -tA -c "select substr(md5('t' || '$PROJECT' || '-' || 1), 1, 19)")
TEAMS="/v2/$PROJECT/workforces"

REPORT="$OUT/workforce-list.md"
{
  echo "Load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
  echo
  echo "| request | items | total_number | p50 ms | p95 ms | max ms |"
  echo "|---|---|---|---|---|---|"
} >"$REPORT"

measure() { # label, path
  local label=$1 url="$BASE$2" times body total items
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null --max-time 10 -H "X-Auth-Token: $TOKEN" "$url"; done
  times=$(for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}\n' -H "X-Auth-Token: $TOKEN" "$url"
  done)
  if echo "$times" | grep -qv '^200 '; then
    echo "$label: not every answer was 200:"; echo "$times" | sort | uniq -c | head; exit 1
  fi
  body=$(curl -s --max-time 10 -H "X-Auth-Token: $TOKEN" "$url")
  total=$(echo "$body" | sed -n 's/.*"total_number":\([0-9]*\).*/\1/p')
  items=$(echo "$body" | { grep -o '"create_time"' || true; } | wc -l)
  echo "$times" | awk '{ print $2 * 1000 }' | sort -n | awk -v label="$label" -v total="$total" -v items="$items" '
    { t[NR] = $1 }
    END {
      n = NR
      p50 = t[int((n + 1) / 2)]; p95 = t[int(n * 0.95 + 0.999)]
      printf "| %s | %s | %s | %.1f | %.1f | %.1f |\n", label, items, total, p50, p95, t[n]
    }' | tee -a "$REPORT"
}

echo
echo "$REQUESTS requests each, sequential, after $WARMUP warm-up requests"
cat "$REPORT"
measure "ListWorkforces, offset 0" "$TEAMS"
measure "ListWorkforces, limit 100, last page (offset 9)" "$TEAMS?limit=100&offset=9"
measure "ListWorkforces by name, limit 10, last page (offset 99)" "$TEAMS?sort_by=workforce_name&order=asc&offset=99"
measure "ListWorkforces, search_content=team-05" "$TEAMS?search_content=team-05"
measure "ListWorkforces, search_content=7, limit 100, offset 2" "$TEAMS?search_content=7&limit=100&offset=2"
measure "ListWorkforces, search_content=nothing-like-this" "$TEAMS?search_content=nothing-like-this"
measure "DescWorkforce" "$TEAMS/$BIG_TEAM"
measure "ListWorkers (9,010-member team), offset 0" "$TEAMS/$BIG_TEAM/workers"
measure "ListWorkers, limit 100, last page (offset 90)" "$TEAMS/$BIG_TEAM/workers?limit=100&offset=90"
measure "ListWorkers by email, limit 100, offset 45" "$TEAMS/$BIG_TEAM/workers?sort_by=email&limit=100&offset=45"
measure "ListAllWorkers, offset 0" "$TEAMS/workers"
measure "ListAllWorkers, limit 100, offset 0" "$TEAMS/workers?limit=100"
measure "ListAllWorkers, limit 100, offset 500" "$TEAMS/workers?limit=100&offset=500"
measure "ListAllWorkers, limit 100, last page (offset 999)" "$TEAMS/workers?limit=100&offset=999"
measure "ListAllWorkers by email, limit 100, offset 999" "$TEAMS/workers?sort_by=email&order=asc&limit=100&offset=999"
measure "ListAllWorkers, limit 10, offset 9,999" "$TEAMS/workers?offset=9999"
measure "ListAllWorkers role=2, limit 100, offset 9" "$TEAMS/workers?role=2&limit=100&offset=9"
measure "ListAllWorkers role=0, limit 100, last page (offset 789)" "$TEAMS/workers?role=0&limit=100&offset=789"
measure "ListAllWorkers role=1 by email, limit 100, offset 100" "$TEAMS/workers?role=1&sort_by=email&limit=100&offset=100"

# The database's share: median "Execution Time" of 5 EXPLAIN ANALYZE runs of the SQL the service sends
explain_ms() { # label, sql
  local ms
  ms=$(for _ in 1 2 3 4 5; do psql_bench -tA -c "explain (analyze, timing off, format json) $2" \
         | sed -n 's/.*"Execution Time": \([0-9.]*\).*/\1/p'; done | sort -n | sed -n 3p)
  echo "| $1 | $ms |" | tee -a "$REPORT"
}
WORKER_COLUMNS="w.id, w.create_time, w.description, w.email, w.project_id, w.role, w.status, w.update_time, w.version, w.workforce_id"
{ echo; echo "| SQL (as the service sends it) | execution ms (median of 5) |"; echo "|---|---|"; } | tee -a "$REPORT"
explain_ms "teams page, offset 0" "select * from workforce where project_id = '$PROJECT' order by create_time desc, id desc offset 0 rows fetch first 10 rows only"
explain_ms "teams count" "select count(id) from workforce where project_id = '$PROJECT'"
explain_ms "teams search 'TEAM-05' page" "select * from workforce where project_id = '$PROJECT' and upper(name) like '%TEAM-05%' escape '\\' order by create_time desc, id desc offset 0 rows fetch first 10 rows only"
deferred() { # where clause, order by, offset: the page query of WorkerPagesImpl
  echo "select $WORKER_COLUMNS from worker w where w.id in (select x.id from worker x where $1 order by $2 offset $3 rows fetch first 100 rows only) order by $(echo "$2" | sed 's/x\./w./g')"
}
ALL="x.project_id = '$PROJECT' and x.status <> 3"
explain_ms "members of the project, page at offset 99,900" "$(deferred "$ALL" "x.create_time desc, x.id desc" 99900)"
explain_ms "(same page with a plain OFFSET, for comparison)" "select ${WORKER_COLUMNS//w./x.} from worker x where $ALL order by x.create_time desc, x.id desc offset 99900 rows fetch first 100 rows only"
explain_ms "members of the project by email, page at offset 99,900" "$(deferred "$ALL" "x.email, x.id" 99900)"
explain_ms "members of the project, count" "select count(x.id) from worker x where $ALL"
explain_ms "(alternative: sum of the teams' worker_count)" "select coalesce(sum(t.worker_count), 0) from workforce t where t.project_id = '$PROJECT'"
explain_ms "members of the project, role=0, page at offset 78,900" "$(deferred "$ALL and x.role = 0" "x.create_time desc, x.id desc" 78900)"
explain_ms "members of a 9,010-member team, page at offset 9,000" "$(deferred "$ALL and x.workforce_id = '$BIG_TEAM'" "x.create_time desc, x.id desc" 9000)"
echo "Load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$REPORT"
echo
echo "Report: $REPORT"
