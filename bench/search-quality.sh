#!/usr/bin/env bash
# Issue 14 §1 search quality: recall@10 and nDCG@10 of the portal's search (检索词典 and the loose fallback
# included) for the judged queries of bench/search-judged.tsv on the demo county generated for today, embedded H2 and
# Lucene. Prints the per-kind figures, the queries that miss, and the BENCH line. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile surefire:test@default-test -Dtest=SearchQualityBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true ${BENCH_OPTS:-} 2>&1 | grep -E '^(quality|  |BENCH)'
