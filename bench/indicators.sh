#!/usr/bin/env bash
# Issue 16 performance: the supervision indicators of 60 units × 12 months on a county with 100,000 records published
# last year, 100,000 request cases and 10,000 inquiries (generated once, by SQL, into $GONGKAI_BENCH_DIR, default
# /tmp/gongkai-bench-indicators): the year's board cold (first call after the start) and the twelve monthly boards,
# then warm against hand-written aggregates over the same tables as a ratio of medians from the same run. Prints the
# BENCH lines. The platform must not be running on the same data directory.
#   bench/indicators.sh              # embedded H2
#   bench/indicators.sh postgresql   # a throwaway PostgreSQL cluster kept under $GONGKAI_BENCH_DIR-pg
set -euo pipefail
cd "$(dirname "$0")/.."
DB=h2
if [ "${1:-}" = postgresql ] || [ "${1:-}" = h2 ]; then DB=$1; shift; fi
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-indicators}
ENV=()
if [ "$DB" = postgresql ]; then
  . bench/pg-cluster.sh
  trap pg_cluster_stop EXIT
  DATA="$DATA-pg"
  pg_cluster_start "$DATA" "${PG_PORT:-54334}"
  ENV=("${PG_ENV[@]}")
fi
env "${ENV[@]}" mvn -B -q test-compile surefire:test@default-test -Dtest=IndicatorBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.dir="$DATA" "$@" 2>&1 | grep -E '^BENCH|FAIL|ERROR\]' | head -20
