# Shared by the benchmark scripts (source it after setting BENCH_DB and PORT): a database of the run's own on
# the local PostgreSQL, the service jar started on loopback against it, and clean-up on exit.
#
#   KEEP_DB=1   keep the database afterwards (to explain queries by hand)
#   JAVA_OPTS   extra JVM options for the service (e.g. a JFR recording)
#   JAR         the service jar to run (default: target/labelforce-*.jar, built when missing), e.g. an older
#               build kept aside to compare before and after in one run
#   RATE_LIMITS off (default): the per-caller token buckets are off, since one benchmark key would exhaust
#               its 600/min at once; on: they stay on with a capacity no run reaches, so their cost (two
#               statements per request on the bucket row) is part of the measurement

PGHOST=127.0.0.1
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
BASE="http://127.0.0.1:$PORT"
OUT=target/bench
ADMIN_TOKEN="bench-admin-$RANDOM$RANDOM"
APP_PID=""
SERVICE_PID=""
mkdir -p "$OUT"

psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

cleanup() {
  local pid
  for pid in $SERVICE_PID $APP_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [ "${KEEP_DB:-0}" != 1 ]; then
    psql -X -q -d postgres -c "drop database if exists $BENCH_DB with (force)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# The service jar (built when missing), a fresh $BENCH_DB, and the service on $BASE; its log goes to $1.
start_service() {
  local log=$1 jar
  jar=${JAR:-$(ls target/labelforce-*.jar 2>/dev/null | grep -v -- -plain | head -n 1 || true)}
  if [ -z "$jar" ]; then
    echo "Building the service jar"
    ./mvnw -B -q -DskipTests package
    jar=$(ls target/labelforce-*.jar | grep -v -- '-plain' | head -n 1)
  fi
  if curl -s --max-time 2 -o /dev/null "$BASE/actuator/health"; then
    echo "Something already answers on $BASE (a service left from an earlier run?); stop it first" >&2
    exit 1
  fi
  echo "Database $BENCH_DB on $PGHOST:$PGPORT"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $BENCH_DB with (force)" \
    -c "create database $BENCH_DB"
  echo "Starting $jar on $BASE"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LABELFORCE_ADMIN_TOKEN="$ADMIN_TOKEN" \
    LABELFORCE_MAIL_INVITEONCREATE="${INVITE_ON_CREATE:-false}" \
    LABELFORCE_RATELIMITS_ENABLED=$([ "${RATE_LIMITS:-off}" = on ] && echo true || echo false) \
    LABELFORCE_RATELIMITS_PERCALLER_CAPACITY=100000000 \
    timeout 1800 java -Xmx1g ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" \
    > "$log" 2>&1 &
  APP_PID=$!
  # the JVM itself (a child of timeout): what clean-up stops and what the CPU columns read
  local i
  for i in $(seq 1 50); do
    SERVICE_PID=$(pgrep -P "$APP_PID" -x java || true)
    [ -n "$SERVICE_PID" ] && break
    sleep 0.1
  done
  SERVICE_PID=${SERVICE_PID:-$APP_PID}
  for i in $(seq 1 "${STARTUP_LIMIT:-600}"); do
    curl -sf --max-time 2 "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "The service exited; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "The service did not start within ${STARTUP_LIMIT:-600} s; see $log" >&2
  exit 1
}

# CPU time in ms (user + system) used so far by the given processes; gone processes count 0.
cpu_ms() {
  local total=0 pid ticks hz
  hz=$(getconf CLK_TCK)
  for pid in "$@"; do
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    total=$((total + ticks))
  done
  echo $((total * 1000 / hz))
}

# The server processes serving connections to $BENCH_DB right now (the service's pool, or pgbench's clients).
bench_backends() {
  psql -X -At -d postgres -c "select pid from pg_stat_activity where datname = '$BENCH_DB' and pid <> pg_backend_pid()"
}

# Runs pgbench with the given arguments for $DURATION s and prints "<pgbench output>" then a last line
# "CPU <ms of PostgreSQL CPU used by pgbench's server processes>" (read one second before the end, while they
# still exist).
pgbench_with_cpu() {
  local before pids out=$OUT/pgbench.out
  before=$(bench_backends | tr '\n' ' ')
  pgbench "$@" -T "$DURATION" "$BENCH_DB" > "$out" 2>&1 &
  local pg=$!
  sleep $((DURATION - 1))
  pids=""
  local pid
  for pid in $(bench_backends); do
    case " $before " in *" $pid "*) ;; *) pids="$pids $pid" ;; esac
  done
  # shellcheck disable=SC2086 # a list of pids
  local ms; ms=$(cpu_ms $pids)
  wait "$pg" || { cat "$out" >&2; return 1; }
  cat "$out"
  echo "CPU $ms"
}
