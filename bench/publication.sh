#!/usr/bin/env bash
# Issue 4 publication to visibility: 40 records signed off one by one in the benchmark county (made by
# bench/portal.sh, 100,000 records); each timed from sign-off until its portal page and the search API show it,
# over HTTP. The platform must be stopped (the test starts it on the same data). Prints the BENCH line.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-100k}
[ -f "$DATA/.generated-100000" ] || [ -d "$DATA/db" ] || { echo "no benchmark county in $DATA: run bench/portal.sh first"; exit 1; }
mvn -B -q test-compile surefire:test@default-test -Dtest=PublicationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgongkai.bench.dir="$DATA" 2>&1 | grep -E '^BENCH|FAIL|ERROR\]' | head -20
