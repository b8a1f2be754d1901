#!/usr/bin/env bash
# Importing a 5,000-row catalog workbook (issue 3): the platform's import (read, check, write to H2)
# against Apache POI merely reading the same file, in the same run. Prints the BENCH line.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E '^(file|POI|BENCH)'
