#!/usr/bin/env bash
# Loads the list pages on a filled database (bench/fill.sh) with 50 signed-in reviewer sessions, and the audit log
# with 50 administrator sessions, against the ceiling GET /api/v1/eligibility/ping in the same run and on the same
# server. Prints latency p50/p95/p99 and req/s of each, and each as a ratio to the ceiling: once with every connection
# asking again at once (capacity), once as 50 users who think between pages (BENCH_THINK_MS, default 1000 ms).
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
R=$(head -1 "$WORK/reviewers"); A=$(head -1 "$WORK/admins")
Q="%E5%88%98%E4%BC%9F"   # 刘伟: 250 SUBMITTED cases
DEEP_QUEUE=1000; DEEP_AUDIT=40000
# A deep page as a user reaches it: the pager's "next" link on the page before, which names that page's last row
# (keyset paging); the typed address (page=N alone) is measured too.
next_link() {
  curl -s -H "Cookie: $1" "$BASE$2" | grep -o 'rel="next" href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//; s/&amp;/\&/g'
}
QUEUE_NEXT=$(next_link "$R" "/review?page=$((DEEP_QUEUE - 1))")
AUDIT_NEXT=$(next_link "$A" "/admin/audit?page=$((DEEP_AUDIT - 1))")
echo "pager links: $QUEUE_NEXT $AUDIT_NEXT"
PAGES=(
  "ceiling|/api/v1/eligibility/ping|"
  "queue page 1|/review|reviewers"
  "queue page 2|/review?page=2|reviewers"
  "queue filtered|/review?state=SUBMITTED&q=$Q|reviewers"
  "queue page $DEEP_QUEUE typed|/review?page=$DEEP_QUEUE|reviewers"
  "queue page $DEEP_QUEUE by the pager|$QUEUE_NEXT|reviewers"
  "audit page 1|/admin/audit|admins"
  "audit page 2|/admin/audit?page=2|admins"
  "audit action=LOGIN|/admin/audit?action=LOGIN|admins"
  "audit page $DEEP_AUDIT typed|/admin/audit?page=$DEEP_AUDIT|admins"
  "audit page $DEEP_AUDIT by the pager|$AUDIT_NEXT|admins"
)
echo "== sanity: status of each page with one session =="
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

# One pass over every page: 50 connections asking again at once (the pages' capacity), or, with a think time, 50 users
# who each wait a random 0.5-1.5 x that time between pages (the latency a user sees at that load).
run_pass() {
  local think=$1 summary=$2
  for p in "${PAGES[@]}"; do
    IFS='|' read -r name path who <<<"$p"
    settle
    OUT=$(BENCH_THINK_MS=$think BENCH_SESSIONS="${who:+$WORK/$who}" wrk -t$THREADS -c$CONNECTIONS -d"$DURATION" --timeout 30s -s bench/lists.lua "$BASE$path")
    echo "-- $name: $path (think $think ms)"; echo "$OUT"
    echo "$OUT" | awk -v name="$name" '$1 == "bench:" {printf "%s|%s|%s|%s|%s|%s\n", name, $2, $3, $4, $5, $6}' >>"$summary"
  done
}
table() {
  echo "| page | p50 ms | p95 ms | p99 ms | req/s | req/s ÷ ceiling | p95 ÷ ceiling's | not 200 |"
  echo "|---|---|---|---|---|---|---|---|"
  awk -F'|' '$1 == "ceiling" {c = $5; p = $3} {printf "| %s | %s | %s | %s | %s | %.3f | %.1f | %s |\n", $1, $2, $3, $4, $5, $5 / c, $3 / p, $6}' "$1"
}
THINK_MS="${BENCH_THINK_MS:-1000}"
echo "== runs (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 30s), no think time =="
run_pass 0 "$WORK/summary"
LOAD_MIDDLE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== runs, 50 users thinking $THINK_MS ms on average between pages =="
run_pass "$THINK_MS" "$WORK/summary-users"

echo "== summary ($DB, -t$THREADS -c$CONNECTIONS -d$DURATION; load average before: $LOAD_BEFORE, between the passes: $LOAD_MIDDLE, after: $(cut -d' ' -f1-3 /proc/loadavg)) =="
echo "No think time (capacity):"
table "$WORK/summary"
echo
echo "50 users, $THINK_MS ms think time on average:"
table "$WORK/summary-users"
