#!/usr/bin/env bash
# SQL statements per console page on the demo county (issue 10 §3): runs ConsoleQueryCountsIntegrationTests, which
# renders each page through MockMvc as a demo account and counts the statements the request prepares, and prints
# one line per page and account. The test itself asserts the upper bounds; this script only shows the figures.
# Pass -Dgongkai.test.pg-url=jdbc:postgresql://… to count on PostgreSQL as well (bin/test shows how to start one).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=ConsoleQueryCountsIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep -E '^\[console-queries\]' | sort -t$'\t' -k2 -u
