#!/usr/bin/env bash
# Issue 12 performance: 1,000,000 request cases of one unit (民政局) in last year, plus 44 departments added to the
# demo county with 5,000 cases each (generated once into $GONGKAI_BENCH_DIR, default /tmp/gongkai-bench-reports),
# then the unit's report tables for the year against one hand-written SQL aggregate of table 三 over the same table, as
# a ratio of medians from the same run, and the county roll-up of 60 units. Prints the BENCH lines. The platform must
# not be running on the same data directory. Pass -Dgongkai.bench.cases=N for another size.
#   bench/reports.sh              # embedded H2
#   bench/reports.sh postgresql   # a throwaway PostgreSQL cluster kept under $GONGKAI_BENCH_DIR-pg
set -euo pipefail
cd "$(dirname "$0")/.."
DB=h2
if [ "${1:-}" = postgresql ] || [ "${1:-}" = h2 ]; then DB=$1; shift; fi
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-reports}
ENV=()
if [ "$DB" = postgresql ]; then
  . bench/pg-cluster.sh
  trap pg_cluster_stop EXIT
  DATA="$DATA-pg"
  pg_cluster_start "$DATA" "${PG_PORT:-54333}"
  ENV=("${PG_ENV[@]}")
fi
env "${ENV[@]}" mvn -B -q test-compile surefire:test@default-test -Dtest=ReportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.dir="$DATA" "$@" 2>&1 | grep -E '^BENCH|FAIL|ERROR\]' | head -20
