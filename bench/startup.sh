#!/usr/bin/env bash
# Start-up time and memory of the service jar on JDK 25, with and without the AOT cache (JEP 483/514/515),
# alternating in one run so that both see the same machine load.
#
#   bench/startup.sh              # RUNS=3 pairs; JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   REUSE_CACHE=1 bench/startup.sh  # keep target/aot/app and its cache from the previous run (no training)
#
# What it does, all on this machine (127.0.0.1 only) and bounded in time:
#  1. extracts the jar (java -Djarmode=tools ... extract) into target/aot/app: the AOT cache only covers
#     classes loaded from the class path, not from the jar-in-jar loader of `java -jar labelforce.jar`;
#  2. trains target/aot/app/labelforce.aot with a run that exits after the context refresh
#     (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh), without a database, as the Dockerfile does;
#  3. creates $BENCH_DB (migrated by a first, unmeasured start), then RUNS times: starts the service without and
#     with -XX:AOTCache, measures the wall time until /actuator/health/readiness answers and Spring's own
#     "process running for", sends 1,000 GETs (one curl process, keep-alive), reads VmRSS, stops it;
#  4. prints a Markdown table (also target/bench/startup.md) and drops the database.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-labelforce_bench_startup}
PORT=${PORT:-18083}
RUNS=${RUNS:-3}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
. bench/lib.sh

jar=$(ls target/labelforce-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q -DskipTests package; jar=$(ls target/labelforce-*.jar | grep -v -- '-plain' | head -n 1); }
APP=target/aot/app
if [ "${REUSE_CACHE:-0}" = 1 ] && [ -s "$APP/labelforce.aot" ]; then
  echo "Reusing $APP/labelforce.aot (REUSE_CACHE=1)"
else
rm -rf "$APP"
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$APP" >/dev/null
echo "Training the AOT cache ($APP/labelforce.aot)"
( cd "$APP" && timeout 600 "$JAVA" -XX:AOTCacheOutput=labelforce.aot -Dspring.context.exit=onRefresh \
    -jar "$(basename "$APP_JAR")" --spring.main.banner-mode=off \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:1/aot-training --spring.flyway.enabled=false \
    --spring.jpa.hibernate.ddl-auto=none --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
    --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
    --labelforce.admin-token=aot-training-only > ../training.log 2>&1 )
fi
APP_JAR=$(ls "$APP"/labelforce-*.jar)
test -s "$APP/labelforce.aot"

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
for i in $(seq 1 1000); do echo "url = \"$BASE/actuator/health/liveness\""; echo "output = /dev/null"; done > "$OUT/startup-urls.txt"

run() { # mode (with|without|migrate) -> "seconds-to-ready spring-seconds rss-MB"
  local aot=() started pid ready spring rss
  [ "$1" = with ] && aot=(-XX:AOTCache=labelforce.aot)
  started=$(date +%s.%N)
  ( cd "$APP" && SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
      SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LABELFORCE_ADMIN_TOKEN="$ADMIN_TOKEN" \
      exec timeout 600 "$JAVA" -Xmx1g "${aot[@]}" -jar "$(basename "$APP_JAR")" \
      --server.address=127.0.0.1 --server.port="$PORT" ) > "$OUT/startup-$1.log" 2>&1 &
  pid=$!
  APP_PID=$pid
  for _ in $(seq 1 1800); do
    curl -sf --max-time 1 "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { echo "the service exited; see $OUT/startup-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
  spring=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' "$OUT/startup-$1.log" | head -n 1)
  curl -s --max-time 120 -K "$OUT/startup-urls.txt"
  rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$(pgrep -P "$pid" java || echo "$pid")/status" 2>/dev/null || echo "?")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  APP_PID=""
  echo "$ready $spring $rss"
}

echo "Migrating $BENCH_DB (first start, not measured)"
run migrate >/dev/null
REPORT="$OUT/startup.md"
{
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores); $("$JAVA" -version 2>&1 | head -n 1)"
  echo
  echo "| run | AOT cache | to readiness s | Spring's \"process running for\" s | RSS after 1,000 GETs MB |"
  echo "|---:|---|---:|---:|---:|"
} > "$REPORT"
for i in $(seq 1 "$RUNS"); do
  for mode in without with; do
    read -r ready spring rss <<< "$(run "$mode")"
    echo "| $i | $mode | $ready | $spring | $rss |" | tee -a "$REPORT"
  done
done
{ echo; echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"; } >> "$REPORT"
echo
cat "$REPORT"
