#!/usr/bin/env bash
# Issue 8 public read path on a county with RECORDS published records (default 100,000; generated once by the demo
# generator and kept for later runs), the platform in -Xmx512m, on embedded H2 (default) or PostgreSQL:
#
#   bench/portal.sh              # H2 under $GONGKAI_BENCH_DIR (default /tmp/gongkai-bench-100k)
#   bench/portal.sh postgresql   # a throwaway PostgreSQL 15 cluster kept under $GONGKAI_BENCH_DIR-pg
#
# The province (issue 13 (b)): RECORDS=1000000 SEARCH=opensearch STATIC=false FIRST_ONLY=1 HEAP=1g bench/portal.sh postgresql
# — search on a local OpenSearch node kept beside the data (bin/opensearch), record pages rendered rather than read
# from static publication (which would take the first start most of an hour at this size), first requests only.
#
# 1. First requests: a fresh start, the JVM warmed on other addresses, then distinct addresses of every page kind
#    (so each is rendered: a render-cache miss), p50 / p95 / max per kind (bench/first_request.py).
# 2. Warm ratios: a record page and a column listing served from the render cache, against nginx serving the same
#    bytes as static files, same wrk settings, three alternating rounds.
# 3. Uncached throughput: the platform restarted with the render cache off, record pages chosen at random among all
#    public records (wrk with a Lua script), against nginx serving a page of the same size, three alternating rounds:
#    first as the product serves them (each record's page published statically after its change, read from the
#    database), then with static publication off too (every page rendered: Spring MVC, Thymeleaf and its queries),
#    each after WARMUP seconds of the same load for the JIT.
# Prints BENCH lines; no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
BASE_DIR=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-100k}
RECORDS=${RECORDS:-100000}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18090}
PG_PORT=${PG_PORT:-54331}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-150}
SAMPLES=${SAMPLES:-60}
SEARCH=${SEARCH:-lucene}
OS_PORT=${OS_PORT:-19290}
STATIC=${STATIC:-true}
FIRST_ONLY=${FIRST_ONLY:-}
HEAP=${HEAP:-512m}

for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx-light curl python3 >/dev/null; }
done
[ -f target/gongkai.jar ] || mvn -B -q package -DskipTests

WORK=$(mktemp -d)
PID=
. bench/pg-cluster.sh
. bench/record-pages.sh
cleanup() {
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  pg_cluster_stop
  [ "$SEARCH" = opensearch ] && bin/opensearch stop "$DATA/opensearch" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

ENV=()
DATA="$BASE_DIR"
[ "$DB" = postgresql ] && DATA="$DATA-pg"
[ "$SEARCH" = opensearch ] && DATA="$DATA-os"
LOG="$DATA.log"
# a county not generated to the end (a run stopped midway) is started over, database and search node included
[ -f "$DATA/.generated-$RECORDS" ] || rm -rf "$DATA"
if [ "$DB" = postgresql ]; then
  pg_cluster_start "$DATA" "$PG_PORT"
  ENV=("${PG_ENV[@]}")
fi
if [ "$SEARCH" = opensearch ]; then
  mkdir -p "$DATA"
  bin/opensearch start "$DATA/opensearch" "$OS_PORT"
  ENV+=(GONGKAI_SEARCH_ENGINE=opensearch GONGKAI_SEARCH_OPENSEARCH_URL="http://127.0.0.1:$OS_PORT")
fi
ENV+=(GONGKAI_PORTAL_STATIC_PAGES="$STATIC")
# one address asks every search of the run: the per-address search limit would be measured instead of the search
ENV+=(GONGKAI_RATE_LIMIT_SEARCH_BY_ADDRESS=0)

start() { # start [extra arguments…]: a fresh platform; waits until it answers
  env "${ENV[@]}" GONGKAI_DATA_DIR="$DATA" GONGKAI_PORT=$PORT java -Xmx"$HEAP" -jar target/gongkai.jar "$@" >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 10800); do
    if grep -q "Started GongkaiApplication" "$LOG" && { [ -f "$DATA/.generated-$RECORDS" ] || grep -q "已生成" "$LOG"; }; then break; fi
    kill -0 "$PID" 2>/dev/null || { echo "platform stopped; see $LOG"; exit 1; }
    sleep 1
  done
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/openness"; do sleep 1; done
  # static publication renders what is missing or out of date in the background: measure after it is done
  if [ "$STATIC" = true ] && [[ " $* " != *" --gongkai.portal.static-pages=false "* ]]; then
    until grep -q "记录页面静态发布完成" "$LOG"; do
      kill -0 "$PID" 2>/dev/null || { echo "platform stopped; see $LOG"; exit 1; }
      sleep 1
    done
    grep "记录页面静态发布完成" "$LOG" | head -1 | sed 's/.*StaticPublisher *: /static publication at start: /'
  fi
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

if [ -f "$DATA/.generated-$RECORDS" ]; then
  start
else
  echo "generating $RECORDS records into $DATA (first run only; several minutes)"
  mkdir -p "$DATA"
  start --demo --demo-records="$RECORDS"
  touch "$DATA/.generated-$RECORDS"
  stop
  start
fi
TOTAL=$(curl -s "http://127.0.0.1:$PORT/api/v1/information?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
echo "platform on $DB, search on $SEARCH, static record pages $STATIC: $TOTAL published records, -Xmx$HEAP"

# 1. first requests after a fresh start
python3 bench/first_request.py "http://127.0.0.1:$PORT" "$SAMPLES"
[ -z "$FIRST_ONLY" ] || exit 0

# 2. warm ratios against nginx serving the same bytes
RECORD=$(curl -s "http://127.0.0.1:$PORT/openness/information?column=A20_1" | grep -o 'href="/information/[^"]*"' | head -1 | sed 's/href="//;s/"$//')
LISTING="/openness/information?column=A20_11"
mkdir -p "$WORK/root"
curl -s "http://127.0.0.1:$PORT$RECORD" >"$WORK/root/record.html"
curl -s "http://127.0.0.1:$PORT$LISTING" >"$WORK/root/listing.html"
echo "record page $RECORD: $(wc -c <"$WORK/root/record.html") bytes; listing $LISTING: $(wc -c <"$WORK/root/listing.html") bytes"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  charset utf-8;
  sendfile on;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/root; }
}
CONF
nginx -c "$WORK/nginx.conf"

rps() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$@" | awk '/Requests\/sec/ {print $2}'; }
compare() { # compare NAME AIM PLATFORM_WRK_ARGS… -- NGINX_WRK_ARGS…
  local name=$1 aim=$2; shift 2
  local platform=() reference=()
  while [ "$1" != -- ]; do platform+=("$1"); shift; done; shift
  reference=("$@")
  local p n ratios=()
  for round in 1 2 3; do
    p=$(rps "${platform[@]}"); n=$(rps "${reference[@]}")
    ratios+=("$(awk -v p="$p" -v n="$n" 'BEGIN {printf "%.3f", p/n}')")
    echo "$name round $round: platform $p req/s, nginx $n req/s"
  done
  local median; median=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)
  echo "BENCH $name ($DB): ratios ${ratios[*]}, median ${median}x nginx (aim >= ${aim}x)"
}
warm() { wrk -t2 -c"$CONNECTIONS" -d5s "$@" >/dev/null; }
warm "http://127.0.0.1:$PORT$RECORD"; warm "http://127.0.0.1:$NGINX_PORT/record.html"
compare "warm record page" 0.5 "http://127.0.0.1:$PORT$RECORD" -- "http://127.0.0.1:$NGINX_PORT/record.html"
warm "http://127.0.0.1:$PORT$LISTING"; warm "http://127.0.0.1:$NGINX_PORT/listing.html"
compare "warm column listing" 0.3 "http://127.0.0.1:$PORT$LISTING" -- "http://127.0.0.1:$NGINX_PORT/listing.html"
CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT$RECORD" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')" "http://127.0.0.1:$PORT$RECORD")
echo "revalidation with If-None-Match: HTTP $CODE"
echo "heap after the warm runs: $(jcmd "$PID" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1)"

# 3. uncached: random record pages with the render cache off
random_record_pages "http://127.0.0.1:$PORT" "$WORK"
stop
start --gongkai.portal.page-cache-mb=0
echo "uncached: $(wc -l <"$WORK/paths.txt") record pages, render cache off, JIT warmed for ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/random.lua" "http://127.0.0.1:$PORT" >/dev/null
compare "uncached random record pages (static publication)" 0.1 -s "$WORK/random.lua" "http://127.0.0.1:$PORT" -- "http://127.0.0.1:$NGINX_PORT/record.html"
echo "heap after the uncached runs: $(jcmd "$PID" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1)"
stop
start --gongkai.portal.page-cache-mb=0 --gongkai.portal.static-pages=false
echo "rendered: the same with static publication off too, JIT warmed for ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/random.lua" "http://127.0.0.1:$PORT" >/dev/null
compare "uncached random record pages (every page rendered)" 0.1 -s "$WORK/random.lua" "http://127.0.0.1:$PORT" -- "http://127.0.0.1:$NGINX_PORT/record.html"
