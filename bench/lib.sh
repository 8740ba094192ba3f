# Shared by the benchmark scripts (source it after setting BENCH_DB and PORT): a database of the run's own on
# the local PostgreSQL, the service jar started on loopback against it, and clean-up on exit.
#
#   KEEP_DB=1   keep the database afterwards (to explain queries by hand)
#   JAVA_OPTS   extra JVM options for the service (e.g. a JFR recording)

PGHOST=127.0.0.1
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
BASE="http://127.0.0.1:$PORT"
OUT=target/bench
ADMIN_TOKEN="bench-admin-$RANDOM$RANDOM"
APP_PID=""
mkdir -p "$OUT"

psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ "${KEEP_DB:-0}" != 1 ]; then
    psql -X -q -d postgres -c "drop database if exists $BENCH_DB with (force)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# The service jar (built when missing), a fresh $BENCH_DB, and the service on $BASE; its log goes to $1.
start_service() {
  local log=$1 jar
  jar=$(ls target/labelforce-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
  if [ -z "$jar" ]; then
    echo "Building the service jar"
    ./mvnw -B -q -DskipTests package
    jar=$(ls target/labelforce-*.jar | grep -v -- '-plain' | head -n 1)
  fi
  echo "Database $BENCH_DB on $PGHOST:$PGPORT"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $BENCH_DB with (force)" \
    -c "create database $BENCH_DB"
  echo "Starting $jar on $BASE"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LABELFORCE_ADMIN_TOKEN="$ADMIN_TOKEN" \
    LABELFORCE_MAIL_INVITEONCREATE="${INVITE_ON_CREATE:-false}" \
    timeout 1800 java -Xmx1g ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" \
    > "$log" 2>&1 &
  APP_PID=$!
  local i
  for i in $(seq 1 "${STARTUP_LIMIT:-600}"); do
    curl -sf --max-time 2 "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "The service exited; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "The service did not start within ${STARTUP_LIMIT:-600} s; see $log" >&2
  exit 1
}
