#!/usr/bin/env bash
# Issue 13 (a): portal throughput of many sites (网站群) against one site, same platform, data and machine.
#
#   bench/sites.sh              # embedded H2 under $GONGKAI_BENCH_DIR (default /tmp/gongkai-bench-sites)
#   bench/sites.sh postgresql   # a throwaway PostgreSQL cluster kept under $GONGKAI_BENCH_DIR-pg
#
# The demo county with RECORDS published records (default 20,000, generated once and kept) and SITES registered sites
# (default 2,000; s0001.sites.localhost …, spread over the county's units in turn, each with its own name, 网站标识码 and
# footer). A visitor's request is one of PAGES addresses, as a site's visitors spread over them: the site's home, its
# 政府信息公开 listing and feed (the site's own pages), the pages of seven units and of forty records (the same under
# every site but for the site's name and footer). wrk with a Lua script asks them at random, from one site's host
# ("one site") or from a host drawn among all the sites ("all sites"); three alternating rounds of DURATION, after one
# walk over every address of every site (each page rendered once: the cache warm, as a province's is after its
# first minutes) and WARMUP of the random load for the JIT; render cache of CACHE_MB in a heap of HEAP (the product's
# defaults, 64 MB in 512 MB, hold one county's pages; 2,000 sites' own pages need about 250 MB).
# Prints BENCH lines; no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
BASE_DIR=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-sites}
RECORDS=${RECORDS:-20000}
SITES=${SITES:-2000}
PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-54332}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-32}
CACHE_MB=${CACHE_MB:-400}
HEAP=${HEAP:-1g}

for tool in wrk curl unzip; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk curl unzip >/dev/null; }
done
[ -f target/gongkai.jar ] || mvn -B -q package -DskipTests

WORK=$(mktemp -d)
PID=
. bench/pg-cluster.sh
cleanup() {
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  pg_cluster_stop
  rm -rf "$WORK"
}
trap cleanup EXIT

ENV=()
if [ "$DB" = postgresql ]; then
  DATA="$BASE_DIR-pg"
  pg_cluster_start "$DATA" "$PG_PORT"
  ENV=("${PG_ENV[@]}")
else
  DATA="$BASE_DIR"
fi
LOG="$DATA.log"

start() { # start [extra arguments…]: a fresh platform; waits until it answers
  env "${ENV[@]}" GONGKAI_DATA_DIR="$DATA" GONGKAI_PORT=$PORT java -Xmx"$HEAP" -jar target/gongkai.jar \
    --gongkai.portal.page-cache-mb="$CACHE_MB" ${PLATFORM_ARGS:-} "$@" >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    if grep -q "Started GongkaiApplication" "$LOG" && { [ -f "$DATA/.generated-$RECORDS-$SITES" ] || grep -q "示范县数据已加载" "$LOG"; }; then break; fi
    kill -0 "$PID" 2>/dev/null || { echo "platform stopped; see $LOG"; exit 1; }
    sleep 1
  done
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/openness"; do sleep 1; done
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

sql() { # sql FILE: runs a script on the stopped platform's database
  if [ "$DB" = postgresql ]; then
    PGPASSWORD=gongkai psql -q -h 127.0.0.1 -p "$PG_PORT" -U gongkai gongkai -v ON_ERROR_STOP=1 -f "$1"
  else
    unzip -q -o -j target/gongkai.jar 'BOOT-INF/lib/h2-*.jar' -d "$WORK"
    java -cp "$WORK"/h2-*.jar org.h2.tools.RunScript -url \
      "jdbc:h2:file:$DATA/db/gongkai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      -user sa -password "" -script "$1"
  fi
}

if [ ! -f "$DATA/.generated-$RECORDS-$SITES" ]; then
  [ "$DB" = postgresql ] || rm -rf "$DATA"
  mkdir -p "$DATA"
  echo "generating $RECORDS records and $SITES sites into $DATA (first run only)"
  start --demo --demo-records="$RECORDS"
  stop
  { # the sites, over the units in turn: one statement, as portable between H2 and PostgreSQL
    printf "insert into site (host, name, site_code, organization_id, operator, icp_number)\n"
    printf "select concat('s', lpad(cast(n.i as varchar(8)), 4, '0'), '.sites.localhost'), concat(o.name, '网站', n.i),\n"
    printf "  concat('51', lpad(cast(n.i as varchar(8)), 8, '0')), o.id, o.name, concat('蜀ICP备', n.i, '号')\n"
    printf "from (values "
    seq 1 "$SITES" | sed 's/.*/(&)/' | paste -sd,
    printf ") as n(i) join (select id, name, row_number() over (order by id) - 1 as k, count(*) over () as c\n"
    printf "  from organization) o on o.k = mod(n.i, o.c);\n"
  } >"$WORK/sites.sql"
  sql "$WORK/sites.sql"
  touch "$DATA/.generated-$RECORDS-$SITES"
fi
start
TOTAL=$(curl -s "http://127.0.0.1:$PORT/api/v1/information?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
N=$(curl -s -H "Host: s$(printf %04d "$SITES").sites.localhost" "http://127.0.0.1:$PORT/" | grep -c '网站标识码' || true)
echo "platform on $DB: $TOTAL published records, $SITES sites (the last answers with its footer: $N), -Xmx$HEAP, render cache ${CACHE_MB} MB"

# the addresses: the site's own three, seven units' pages, forty records'
{
  echo "/"; echo "/openness/information"; echo "/feeds/information.atom"
  curl -s "http://127.0.0.1:$PORT/openness" | grep -o 'href="/openness/units/[0-9]*"' | sed 's/href="//;s/"$//' | head -7
  for page in 1 2; do
    curl -s "http://127.0.0.1:$PORT/openness/information?page=$page" | grep -o 'href="/information/[^"]*"' | sed 's/href="//;s/"$//'
  done | head -40
} >"$WORK/paths.txt"
PAGES=$(wc -l <"$WORK/paths.txt")
lua() { # lua SITES: picks an address and a site at random for each request
  cat <<LUA
local paths = {}
for line in io.lines("$WORK/paths.txt") do paths[#paths + 1] = line end
local hosts = {}
for i = 1, $1 do hosts[i] = string.format("s%04d.sites.localhost:$PORT", i) end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)], {Host = hosts[math.random(#hosts)]})
end
LUA
}
lua 1 >"$WORK/one.lua"
lua "$SITES" >"$WORK/all.lua"
cat >"$WORK/walk.lua" <<LUA
-- every address of every site once, the two threads taking turns; then again from the start
local paths = {}
for line in io.lines("$WORK/paths.txt") do paths[#paths + 1] = line end
local threads = 0
setup = function(thread) thread:set("first", threads); threads = threads + 1 end
init = function() n = first end
request = function()
  local site = math.floor(n / #paths) % $SITES + 1
  local path = paths[n % #paths + 1]
  n = n + 2
  return wrk.format("GET", path, {Host = string.format("s%04d.sites.localhost:$PORT", site)})
end
response = function() if n >= $SITES * #paths then wrk.thread:stop() end end
LUA
echo "$PAGES addresses per site"
WALK=$(( SITES * PAGES ))
wrk -t2 -c"$CONNECTIONS" -d"$(( 30 + WALK / 250 ))s" -s "$WORK/walk.lua" "http://127.0.0.1:$PORT" | awk '/requests in/ {print "walk over every site: " $1 " requests in " $4 " (" '"$WALK"' " addresses)"}'

rps() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$1" "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/one.lua" "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/all.lua" "http://127.0.0.1:$PORT" >/dev/null
ratios=()
for round in 1 2 3; do
  one=$(rps "$WORK/one.lua"); all=$(rps "$WORK/all.lua")
  ratios+=("$(awk -v a="$all" -v o="$one" 'BEGIN {printf "%.3f", a/o}')")
  echo "round $round: one site $one req/s, $SITES sites $all req/s"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)
echo "BENCH $SITES sites vs one ($DB, render cache ${CACHE_MB} MB): ratios ${ratios[*]}, median ${median} (aim >= 0.9)"
echo "heap: $(jcmd "$PID" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1)"
