#!/usr/bin/env bash
# Issue 11 performance: 1,000,000 request cases (generated once into $GONGKAI_BENCH_DIR, default
# /tmp/gongkai-bench-requests, over the demo county), then the open-case list of one unit as its handler sees it
# (p50/p95 over 200 calls) and table 三 of one unit and year against one hand-written SQL aggregate over the same
# table, as a ratio of medians from the same run. Prints the BENCH lines. The platform must not be running on the same
# data directory. Pass -Dgongkai.bench.cases=N for another size.
#   bench/requests.sh              # embedded H2
#   bench/requests.sh postgresql   # a throwaway PostgreSQL cluster kept under $GONGKAI_BENCH_DIR-pg
set -euo pipefail
cd "$(dirname "$0")/.."
DB=h2
if [ "${1:-}" = postgresql ] || [ "${1:-}" = h2 ]; then DB=$1; shift; fi
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-requests}
ENV=()
if [ "$DB" = postgresql ]; then
  . bench/pg-cluster.sh
  trap pg_cluster_stop EXIT
  DATA="$DATA-pg"
  pg_cluster_start "$DATA" "${PG_PORT:-54332}"
  ENV=("${PG_ENV[@]}")
fi
env "${ENV[@]}" mvn -B -q test-compile surefire:test@default-test -Dtest=RequestBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.dir="$DATA" "$@" 2>&1 | grep -E '^BENCH|FAIL|ERROR\]' | head -20
