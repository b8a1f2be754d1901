#!/usr/bin/env bash
# Issue 4 search: p50/p95 of the platform's search for the 200 Chinese queries in bench/search-queries.txt
# against raw Lucene IndexSearcher on the same index, same JVM, same run. Needs the benchmark county made by
# bench/portal.sh (or any data dir in GONGKAI_BENCH_DIR) and the platform stopped. Prints the BENCH line.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-100k}
[ -d "$DATA/search" ] || { echo "no index in $DATA: run bench/portal.sh first"; exit 1; }
mvn -B -q test-compile surefire:test@default-test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.dir="$DATA" ${BENCH_OPTS:-} \
  2>&1 | grep -E '^(index|platform|BENCH)'
