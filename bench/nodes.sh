#!/usr/bin/env bash
# Issue 13 (c): two platform nodes against one on uncached pages — does a second node add what the first gives?
#
#   bench/nodes.sh
#
# bin/cluster's province on loopback (PostgreSQL, OpenSearch, two nodes of the same jar; the demo county) under
# $GONGKAI_BENCH_DIR (default /tmp/gongkai-bench-nodes), with the render cache and static publication off on both
# nodes, so that every request renders its page (Spring MVC, Thymeleaf, its queries on PostgreSQL). This machine has
# two cores, which the load generator, nginx, PostgreSQL and OpenSearch share with the nodes: each node is therefore
# held to QUOTA percent of one core by a cgroup (cpu.cfs_quota_us), the rest being left to the others, so that the
# nodes are what limits the throughput, as they are on a province's separate machines. nginx balances a random
# record page per request (wrk with a Lua script over the sitemap) over node 1 alone or over both; WARMUP of load on
# both for the JIT, then three alternating rounds of DURATION. Prints BENCH lines; no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-nodes}
QUOTA=${QUOTA:-40}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-120}
CONNECTIONS=${CONNECTIONS:-16}
export GONGKAI_CLUSTER_PORT=${GONGKAI_CLUSTER_PORT:-18280}
export GONGKAI_CLUSTER_NODE_PORTS=${GONGKAI_CLUSTER_NODE_PORTS:-"18281 18282"}
export GONGKAI_CLUSTER_PG_PORT=${GONGKAI_CLUSTER_PG_PORT:-55442}
export GONGKAI_CLUSTER_OS_PORT=${GONGKAI_CLUSTER_OS_PORT:-19280}
ONE_PORT=${ONE_PORT:-18283}
TWO_PORT=${TWO_PORT:-18284}
# every request rendered: no render cache, no static record pages (Spring's relaxed binding of the environment)
export GONGKAI_PORTAL_PAGECACHEMB=0 GONGKAI_PORTAL_STATICPAGES=false
read -r -a NODES <<<"$GONGKAI_CLUSTER_NODE_PORTS"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx-light curl >/dev/null; }
done
[ -f target/gongkai.jar ] || mvn -B -q package -DskipTests
CG=/sys/fs/cgroup/cpu
[ -w "$CG" ] || { echo "cannot create cgroups under $CG (needs root and the cgroup v1 cpu controller)"; exit 1; }

WORK=$(mktemp -d)
cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  bin/cluster stop "$DIR" >/dev/null 2>&1 || true
  for n in 1 2; do rmdir "$CG/gongkai-bench-node$n" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

bin/cluster start "$DIR"
for n in 1 2; do
  mkdir -p "$CG/gongkai-bench-node$n"
  echo 100000 >"$CG/gongkai-bench-node$n/cpu.cfs_period_us"
  echo $(( QUOTA * 1000 )) >"$CG/gongkai-bench-node$n/cpu.cfs_quota_us"
  echo "$(cat "$DIR/node$n.pid")" >"$CG/gongkai-bench-node$n/cgroup.procs"
done
echo "two nodes, each held to ${QUOTA}% of one core; render cache and static pages off"

cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream one { server 127.0.0.1:${NODES[0]}; keepalive 32; }
  upstream two { server 127.0.0.1:${NODES[0]}; server 127.0.0.1:${NODES[1]}; keepalive 32; }
  server { listen 127.0.0.1:$ONE_PORT; location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; } }
  server { listen 127.0.0.1:$TWO_PORT; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
CONF
nginx -c "$WORK/nginx.conf"

curl -s "http://127.0.0.1:$TWO_PORT/sitemap.xml" | grep -o '<loc>[^<]*/information/[^<]*</loc>' \
  | sed 's|<loc>http://[^/]*||;s|</loc>||' >"$WORK/paths.txt"
cat >"$WORK/random.lua" <<LUA
local paths = {}
for line in io.lines("$WORK/paths.txt") do paths[#paths + 1] = line end
math.randomseed(os.time())
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
LUA
echo "$(wc -l <"$WORK/paths.txt") record pages; JIT warmed for ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/random.lua" "http://127.0.0.1:$TWO_PORT" >/dev/null

rps() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/random.lua" "http://127.0.0.1:$1" | awk '/Requests\/sec/ {print $2}'; }
ratios=()
for round in 1 2 3; do
  one=$(rps "$ONE_PORT"); two=$(rps "$TWO_PORT")
  ratios+=("$(awk -v t="$two" -v o="$one" 'BEGIN {printf "%.3f", t/o}')")
  echo "round $round: one node $one req/s, two nodes $two req/s"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)
for n in 1 2; do
  echo "node $n: throttled $(awk '/nr_throttled/ {print $2}' "$CG/gongkai-bench-node$n/cpu.stat") of $(awk '/nr_periods/ {print $2}' "$CG/gongkai-bench-node$n/cpu.stat") periods"
done
echo "BENCH two nodes vs one (uncached record pages, ${QUOTA}% of a core each): ratios ${ratios[*]}, median ${median} (aim >= 1.6)"
