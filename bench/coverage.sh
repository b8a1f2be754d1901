#!/usr/bin/env bash
# County-wide catalog coverage table for 60 units × 26 areas (issue 3): builds the data through the
# services on H2, then times CatalogCoverage.county(). Prints the BENCH line; no assertion on time.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=CoverageBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E '^(setup|table|BENCH)' 
