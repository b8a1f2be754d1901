#!/usr/bin/env bash
# Issue 11 performance: 1,000,000 request cases (generated once into $GONGKAI_BENCH_DIR, default
# /tmp/gongkai-bench-requests, over the demo county), then the open-case list of one unit as its handler sees it
# (p50/p95 over 200 calls) and table 三 of one unit and year against one hand-written SQL aggregate over the same
# table, as a ratio of medians from the same run. Prints the BENCH lines. The platform must not be running on the same
# data directory. Pass -Dgongkai.bench.cases=N for another size.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-requests}
mvn -B -q test-compile surefire:test@default-test -Dtest=RequestBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgongkai.bench.dir="$DATA" "$@" 2>&1 | grep -E '^BENCH|FAIL|ERROR\]' | head -20
