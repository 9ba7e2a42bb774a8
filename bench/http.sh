#!/usr/bin/env bash
# Loads the evaluation API and, in the same run against the same server, the trivial GET /api/v1/eligibility/ping
# (same filter chain, JSON response, no work) as the ceiling. Prints req/s of both, the ratio and p99 latency.
# Usage: bench/http.sh [duration, default 20s]   (needs wrk; builds the jar offline; starts and stops the app)
#        BENCH_APP_ARGS="--server.tomcat.threads.max=8" bench/http.sh   passes extra arguments to the application
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20s}"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CONNECTIONS=64
THREADS=2

./mvnw -o -q -DskipTests package
JAR=$(ls target/jiangxin-*.jar | grep -v original | head -1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG=$(mktemp /tmp/jiangxin-bench.XXXXXX.log)

java -Xms512m -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  --logging.level.root=WARN ${BENCH_APP_ARGS:-} >"$LOG" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true' EXIT

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "app did not start, see $LOG"; exit 1; }

echo "== sanity: one evaluation (status, and no session cookie) =="
curl -s -o /dev/null -D - -H 'Content-Type: application/json' --data @<(sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' bench/evaluation.lua) \
  "$BASE/api/v1/eligibility/evaluations" | grep -Ei '^(HTTP|set-cookie)' || true

echo "== warm-up =="
wrk -t$THREADS -c$CONNECTIONS -d10s "$BASE/api/v1/eligibility/ping" >/dev/null
wrk -t$THREADS -c$CONNECTIONS -d10s -s bench/evaluation.lua "$BASE/api/v1/eligibility/evaluations" >/dev/null

echo "== ceiling: GET /api/v1/eligibility/ping =="
CEIL=$(wrk -t$THREADS -c$CONNECTIONS -d"$DURATION" --latency "$BASE/api/v1/eligibility/ping")
echo "$CEIL"
echo "== evaluation: POST /api/v1/eligibility/evaluations =="
EVAL=$(wrk -t$THREADS -c$CONNECTIONS -d"$DURATION" --latency -s bench/evaluation.lua "$BASE/api/v1/eligibility/evaluations")
echo "$EVAL"

rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '$1 == "99%" {print $2}'; }
C=$(echo "$CEIL" | rps); E=$(echo "$EVAL" | rps)
echo "== summary (-t$THREADS -c$CONNECTIONS -d$DURATION, load average before the run: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)) =="
echo "ceiling    req/s: $C   p99: $(echo "$CEIL" | p99)"
echo "evaluation req/s: $E   p99: $(echo "$EVAL" | p99)"
echo "ratio evaluation/ceiling: $(awk -v e="$E" -v c="$C" 'BEGIN {printf "%.2f", e / c}')"
