# Sourced by bench/fill.sh and bench/lists.sh: the database to use and how to start the application on it.
# DB=h2|postgres must be set. The PostgreSQL database is jx_bench on 127.0.0.1:5432 (user postgres, trust auth);
# the H2 database is a file under ${BENCH_H2_DIR:-/tmp/jx-bench-h2}.
PG_DB="${BENCH_PG_DB:-jx_bench}"
H2_DIR="${BENCH_H2_DIR:-/tmp/jx-bench-h2}"
H2_URL="jdbc:h2:file:$H2_DIR/jiangxin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

db_args() {
  case "$DB" in
    postgres) echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB --spring.datasource.username=postgres --spring.datasource.password=" ;;
    h2) echo "--spring.datasource.url=$H2_URL --spring.datasource.username=sa --spring.datasource.password=" ;;
    *) echo "DB must be h2 or postgres" >&2; return 1 ;;
  esac
}

# Starts the jar (BENCH_JAR, or the build's) with the demo profile on a free port; sets APP (pid), BASE (url), LOG. Thymeleaf's cache is on
# (the demo profile turns it off for editing templates, which would make every page parse its template).
start_app() {
  JAR="${BENCH_JAR:-$(ls target/jiangxin-*.jar | grep -v original | head -1)}"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  LOG=$(mktemp /tmp/jiangxin-bench.XXXXXX.log)
  # shellcheck disable=SC2046
  java -Xms768m -Xmx768m -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" $(db_args) \
    --spring.thymeleaf.cache=true --jiangxin.storage-dir=/tmp/jx-bench-files \
    --logging.level.root=WARN ${BENCH_APP_ARGS:-} >"$LOG" 2>&1 &
  APP=$!
  BASE="http://127.0.0.1:$PORT"
  for _ in $(seq 1 240); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP" 2>/dev/null || break
    sleep 1
  done
  echo "app did not start, see $LOG" >&2
  return 1
}

stop_app() {
  if [ -n "${APP:-}" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
  fi
}
