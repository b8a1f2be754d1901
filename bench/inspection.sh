#!/usr/bin/env bash
# Issue 16 performance: the site self-inspection of a portal with RECORDS published records (default 100,000, the
# county bench/portal.sh generates and keeps under $GONGKAI_BENCH_DIR, default /tmp/gongkai-bench-100k), the platform
# in -Xmx512m on embedded H2:
#   1. reference: a bare client (bench/fetch_pages.py, 4 threads, no parsing) fetches PAGES distinct record pages of the
#      same portal after a fresh start — the pages per second the server gives anyone;
#   2. a fresh start, then the inspection as its weekly run starts it: the crawl from the home page (at most PAGES
#      pages, 4 threads, every link on them checked) and the reading of every published text. Prints the pages visited,
#      links checked, records read, the crawl's pages per second and their ratio to the reference.
# Prints BENCH lines; no assertion.
#   bench/inspection.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-100k}
RECORDS=${RECORDS:-100000}
PORT=${PORT:-18080}
PAGES=${PAGES:-20000}
HEAP=${HEAP:-512m}
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
[ -f target/gongkai.jar ] || mvn -B -q package -DskipTests
LOG="$DATA.inspection.log"
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

start() { # start [arguments…]: a fresh platform on the county; waits until it answers
  GONGKAI_DATA_DIR="$DATA" GONGKAI_PORT=$PORT java -Xmx"$HEAP" -jar target/gongkai.jar "$@" >"$LOG" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/openness"; do
    kill -0 "$PID" 2>/dev/null || { echo "platform stopped; see $LOG"; exit 1; }
    sleep 1
  done
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

[ -f "$DATA/.generated-$RECORDS" ] || rm -rf "$DATA"
if [ ! -f "$DATA/.generated-$RECORDS" ]; then
  echo "generating $RECORDS records into $DATA (first run only; several minutes)"
  mkdir -p "$DATA"
  start --demo --demo-records="$RECORDS"
  until grep -q "已生成" "$LOG"; do kill -0 "$PID" 2>/dev/null || { echo "platform stopped; see $LOG"; exit 1; }; sleep 2; done
  touch "$DATA/.generated-$RECORDS"
  stop
fi

# 1. the reference: distinct record pages from the sitemaps, fetched by a bare client after a fresh start
start --gongkai.inspection.first-check=1d
python3 bench/fetch_pages.py "http://127.0.0.1:$PORT" "$PAGES" 4 "$DATA.fetch-rate"
stop

# 2. the inspection as the schedule starts it, after a fresh start
start --gongkai.inspection.first-check=5s --gongkai.inspection.interval=0s --gongkai.inspection.max-pages="$PAGES"
until grep -q "网站自查（第 .* 次）完成\|网站自查（第 .* 次）未能完成" "$LOG"; do
  kill -0 "$PID" 2>/dev/null || { echo "platform stopped; see $LOG"; exit 1; }
  sleep 2
done
LINE=$(grep -o "网站自查（第 .* 次）完成.*\|网站自查（第 .* 次）未能完成.*" "$LOG" | head -1)
echo "BENCH inspection: $LINE"
CRAWL=$(echo "$LINE" | sed -n 's/.*每秒 \([0-9]*\) 页.*/\1/p')
REF=$(cat "$DATA.fetch-rate" 2>/dev/null || echo 0)
if [ -n "$CRAWL" ] && [ "$REF" != 0 ]; then
  python3 -c "print('BENCH inspection crawl %s pages/s, bare client %s pages/s, ratio %.2f' % ($CRAWL, $REF, $CRAWL / $REF))"
fi
