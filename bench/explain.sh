#!/usr/bin/env bash
# Prints the plans of the list pages' queries (bench/volume/explain.sql) on the filled database, as Markdown.
# Usage: bench/explain.sh <h2|postgres>      (after bench/fill.sh;
#        BENCH_WITHOUT="index ..." (PostgreSQL) shows the plans without these indexes: it drops them inside a
#        transaction that it rolls back; PostgreSQL: EXPLAIN ANALYZE with buffers;
#        H2: EXPLAIN ANALYZE, which shows the chosen index and the rows scanned; stop the application first: the
#        H2 file is opened here in embedded mode)
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:?usage: bench/explain.sh <h2|postgres>}"
. bench/volume/app.sh
db_args >/dev/null
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
export DB PG_DB H2_URL H2_JAR
python3 - <<'PY'
import os, re, subprocess
text = open("bench/volume/explain.sql", encoding="utf-8").read()
blocks = re.findall(r"^-- @ (.*)\n((?:(?!-- @).*\n?)*)", text, re.M)
for title, sql in blocks:
    sql = sql.strip().rstrip(";")
    if os.environ["DB"] == "postgres":
        drops = "".join(f"DROP INDEX {i};\n" for i in os.environ.get("BENCH_WITHOUT", "").split())
        script = f"BEGIN;\n{drops}EXPLAIN (ANALYZE, BUFFERS) {sql};\nROLLBACK;\n"
        out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U",
                              "postgres", "-d", os.environ["PG_DB"]], input=script,
                             capture_output=True, text=True, check=True).stdout
    else:
        out = subprocess.run(["java", "-cp", os.environ["H2_JAR"], "org.h2.tools.Shell", "-url", os.environ["H2_URL"],
                              "-user", "sa", "-sql", "EXPLAIN ANALYZE " + sql],
                             capture_output=True, text=True, check=True).stdout
    print(f"#### {title}\n\n```sql\n{sql}\n```\n```\n{out.strip()}\n```\n")
PY
