#!/usr/bin/env bash
# Issue 4 public read path: a record page and a column listing served by the platform (warm render cache)
# against nginx serving the same bytes saved as static files, with the same wrk settings in the same run.
# Uses a county with RECORDS published records (default 100,000; generated once by the demo generator into
# $GONGKAI_BENCH_DIR and kept for later runs), the platform in -Xmx512m. Prints BENCH lines; no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-100k}
RECORDS=${RECORDS:-100000}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18090}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx-light curl >/dev/null; }
done
[ -f target/gongkai.jar ] || mvn -B -q package -DskipTests

LOG="$DATA.log"
if [ -f "$DATA/.generated-$RECORDS" ]; then
  GONGKAI_DATA_DIR="$DATA" GONGKAI_PORT=$PORT java -Xmx512m -jar target/gongkai.jar >"$LOG" 2>&1 &
else
  rm -rf "$DATA"
  echo "generating $RECORDS records into $DATA (first run only; several minutes)"
  GONGKAI_DATA_DIR="$DATA" GONGKAI_PORT=$PORT java -Xmx512m -jar target/gongkai.jar --demo --demo-records=$RECORDS >"$LOG" 2>&1 &
fi
PID=$!
NGINX_DIR=$(mktemp -d)
cleanup() { kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true;
  [ -f "$NGINX_DIR/nginx.pid" ] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true; rm -rf "$NGINX_DIR"; }
trap cleanup EXIT

for i in $(seq 1 1800); do
  if grep -q "Started GongkaiApplication" "$LOG" && { [ -f "$DATA/.generated-$RECORDS" ] || grep -q "已生成" "$LOG"; }; then break; fi
  kill -0 $PID 2>/dev/null || { echo "platform stopped; see $LOG"; exit 1; }
  sleep 1
done
touch "$DATA/.generated-$RECORDS"
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/openness"; do sleep 1; done
TOTAL=$(curl -s "http://127.0.0.1:$PORT/api/v1/information?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
echo "platform: $TOTAL published records, pid $PID, -Xmx512m"

RECORD=$(curl -s "http://127.0.0.1:$PORT/openness/information?column=A20_1" | grep -o 'href="/information/[^"]*"' | head -1 | sed 's/href="//;s/"$//')
LISTING="/openness/information?column=A20_11"
mkdir -p "$NGINX_DIR/root"
curl -s "http://127.0.0.1:$PORT$RECORD" >"$NGINX_DIR/root/record.html"
curl -s "http://127.0.0.1:$PORT$LISTING" >"$NGINX_DIR/root/listing.html"
echo "record page $RECORD: $(wc -c <"$NGINX_DIR/root/record.html") bytes; listing $LISTING: $(wc -c <"$NGINX_DIR/root/listing.html") bytes"
cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  charset utf-8;
  sendfile on;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$NGINX_PORT; root $NGINX_DIR/root; }
}
CONF
nginx -c "$NGINX_DIR/nginx.conf"

rps() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$1" | awk '/Requests\/sec/ {print $2}'; }
bench() {
  local name=$1 path=$2 file=$3 aim=$4
  wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT$path" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$NGINX_PORT/$file" >/dev/null
  local p n ratios=()
  for round in 1 2 3; do
    p=$(rps "http://127.0.0.1:$PORT$path"); n=$(rps "http://127.0.0.1:$NGINX_PORT/$file")
    ratios+=("$(awk -v p="$p" -v n="$n" 'BEGIN {printf "%.2f", p/n}')")
    echo "$name round $round: platform $p req/s, nginx $n req/s"
  done
  local median; median=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)
  echo "BENCH $name: ratios ${ratios[*]}, median ${median}x nginx (aim >= ${aim}x)"
}
bench "record page" "$RECORD" record.html 0.5
bench "column listing" "$LISTING" listing.html 0.3

CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT$RECORD" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')" "http://127.0.0.1:$PORT$RECORD")
echo "revalidation with If-None-Match: HTTP $CODE"
echo "heap after the runs: $(jcmd $PID GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1)"
