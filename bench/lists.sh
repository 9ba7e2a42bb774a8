#!/usr/bin/env bash
# Loads the list pages on a filled database (bench/fill.sh) with 50 signed-in reviewer sessions, and the audit log
# with 50 administrator sessions, against the ceiling GET /api/v1/eligibility/ping in the same run and on the same
# server. Prints latency p50/p95/p99 and req/s of each, and each as a ratio to the ceiling.
# Usage: bench/lists.sh <h2|postgres> [duration, default 15s]
#        BENCH_APP_ARGS="..." passes extra arguments to the application, BENCH_JAR="..." runs another jar
# wrk's timeout is 30 s, so that slow answers are measured rather than dropped. Before each run the script waits
# until the server has finished the previous run's requests (a ping answers within 50 ms).
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:?usage: bench/lists.sh <h2|postgres> [duration]}"
DURATION="${2:-15s}"
CONNECTIONS=50
THREADS=2
. bench/volume/app.sh
db_args >/dev/null
ls target/jiangxin-*.jar >/dev/null 2>&1 || ./mvnw -o -q -DskipTests package
WORK=$(mktemp -d /tmp/jx-bench-lists.XXXXXX)
trap 'stop_app; rm -rf "$WORK"' EXIT
trap 'exit 1' INT TERM
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
start_app

# Signs in through the login form (GET /login for the session and CSRF token, POST /login) and prints the session
# cookie as name=value.
login() {
  local jar="$WORK/jar" token
  rm -f "$jar"
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=jiangxin2025" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$0 !~ /^#/ || $0 ~ /^#HttpOnly_/ { if (NF >= 7) print $6 "=" $7 }' "$jar" | tail -1
}
for _ in $(seq 1 $CONNECTIONS); do login reviewer; done >"$WORK/reviewers"
for _ in $(seq 1 $CONNECTIONS); do login admin; done >"$WORK/admins"
[ "$(sort -u "$WORK/reviewers" | wc -l)" -eq $CONNECTIONS ] || { echo "login failed: $(cat "$WORK/reviewers")"; exit 1; }
echo "== sanity: status of each page with one session =="
R=$(head -1 "$WORK/reviewers"); A=$(head -1 "$WORK/admins")
Q="%E5%88%98%E4%BC%9F"   # 刘伟: 250 SUBMITTED cases
DEEP_QUEUE=1000; DEEP_AUDIT=40000
PAGES=(
  "ceiling|/api/v1/eligibility/ping|"
  "queue page 1|/review|reviewers"
  "queue page 2|/review?page=2|reviewers"
  "queue filtered|/review?state=SUBMITTED&q=$Q|reviewers"
  "queue page $DEEP_QUEUE|/review?page=$DEEP_QUEUE|reviewers"
  "audit page 1|/admin/audit|admins"
  "audit page 2|/admin/audit?page=2|admins"
  "audit action=LOGIN|/admin/audit?action=LOGIN|admins"
  "audit page $DEEP_AUDIT|/admin/audit?page=$DEEP_AUDIT|admins"
)
for p in "${PAGES[@]}"; do
  IFS='|' read -r name path who <<<"$p"
  cookie=$([ -n "$who" ] && head -1 "$WORK/$who" || true)
  printf '%-20s %s\n' "$name" "$(curl -s -o "$WORK/page" -w '%{http_code} %{size_download} bytes %{time_total} s' -H "Cookie: $cookie" "$BASE$path")"
done

echo "== warm-up (10 s each) =="
wrk -t$THREADS -c$CONNECTIONS -d10s "$BASE/api/v1/eligibility/ping" >/dev/null
BENCH_SESSIONS="$WORK/reviewers" wrk -t$THREADS -c$CONNECTIONS -d10s --timeout 30s -s bench/lists.lua "$BASE/review" >/dev/null
BENCH_SESSIONS="$WORK/admins" wrk -t$THREADS -c$CONNECTIONS -d10s --timeout 30s -s bench/lists.lua "$BASE/admin/audit" >/dev/null

# Waits (at most 60 s) until the server has worked off what the last run left queued.
settle() {
  for _ in $(seq 1 60); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/v1/eligibility/ping")
    awk -v t="$t" 'BEGIN {exit !(t < 0.05)}' && return 0
    sleep 1
  done
}

echo "== runs (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 30s) =="
SUMMARY="$WORK/summary"
for p in "${PAGES[@]}"; do
  IFS='|' read -r name path who <<<"$p"
  settle
  OUT=$(BENCH_SESSIONS="${who:+$WORK/$who}" wrk -t$THREADS -c$CONNECTIONS -d"$DURATION" --timeout 30s -s bench/lists.lua "$BASE$path")
  echo "-- $name: $path"; echo "$OUT"
  echo "$OUT" | awk -v name="$name" '$1 == "bench:" {printf "%s|%s|%s|%s|%s|%s\n", name, $2, $3, $4, $5, $6}' >>"$SUMMARY"
done

echo "== summary ($DB, -t$THREADS -c$CONNECTIONS -d$DURATION; load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)) =="
echo "| page | p50 ms | p95 ms | p99 ms | req/s | req/s ÷ ceiling | p95 ÷ ceiling's | not 200 |"
echo "|---|---|---|---|---|---|---|---|"
awk -F'|' '$1 == "ceiling" {c = $5; p = $3} {printf "| %s | %s | %s | %s | %s | %.3f | %.1f | %s |\n", $1, $2, $3, $4, $5, $5 / c, $3 / p, $6}' "$SUMMARY"
