#!/usr/bin/env bash
# Fills a database with the list pages' benchmark volumes (bench/volume/fill.sql): 2,000 units, 20,000 people,
# 100,000 cases in every state with their transitions, 1,000,000 audit entries.
# Usage: bench/fill.sh <h2|postgres>
#   postgres: (re)creates the database jx_bench on 127.0.0.1:5432 (user postgres); drop it with
#             psql -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE jx_bench'
#   h2:       (re)creates the file database under /tmp/jx-bench-h2
# The application creates the schema (Flyway) and the demo's rows (accounts, units, cases) once, is stopped, and
# the SQL adds the volumes. Builds the jar offline if there is none.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:?usage: bench/fill.sh <h2|postgres>}"
. bench/volume/app.sh
db_args >/dev/null
ls target/jiangxin-*.jar >/dev/null 2>&1 || ./mvnw -o -q -DskipTests package

case "$DB" in
  postgres)
    psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" ;;
  h2)
    rm -rf "$H2_DIR"; mkdir -p "$H2_DIR" ;;
esac

echo "== schema and demo data (the application, once) =="
trap stop_app EXIT
start_app
stop_app

echo "== volumes =="
START=$(date +%s)
case "$DB" in
  postgres)
    sed 's/SERIES(\([0-9]*\))/generate_series(1, \1) AS g(x)/' bench/volume/fill.sql \
      | psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$PG_DB" -f -
    psql -q -h 127.0.0.1 -U postgres -d "$PG_DB" -c "VACUUM ANALYZE" ;;
  h2)
    SQL=$(mktemp /tmp/jx-bench-fill.XXXXXX.sql)
    sed 's/SERIES(\([0-9]*\))/SYSTEM_RANGE(1, \1) AS g(x)/' bench/volume/fill.sql >"$SQL"
    H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
    java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user sa -script "$SQL"
    echo "ANALYZE;" | java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user sa >/dev/null
    rm -f "$SQL" ;;
esac
echo "filled in $(( $(date +%s) - START )) s"
