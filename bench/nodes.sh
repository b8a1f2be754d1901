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
# nodes are what limits the throughput, as they are on a province's separate machines. nginx sends a random record
# page per request (wrk with a Lua script over the sitemap) to one node (node 1 and node 2 in turn) or balances over
# both (least connections: a node that is momentarily slower, its JIT or its collector at work, gets fewer); WARMUP
# seconds of load on both for the JIT before the nodes are held to their share (held, it compiles for many minutes),
# then three alternating rounds of DURATION. Prints each round's machine load and the nodes' CPU per request, and a BENCH line; no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench-nodes}
QUOTA=${QUOTA:-40}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-150}
CONNECTIONS=${CONNECTIONS:-16}
export GONGKAI_CLUSTER_PORT=${GONGKAI_CLUSTER_PORT:-18280}
export GONGKAI_CLUSTER_NODE_PORTS=${GONGKAI_CLUSTER_NODE_PORTS:-"18281 18282"}
export GONGKAI_CLUSTER_PG_PORT=${GONGKAI_CLUSTER_PG_PORT:-55442}
export GONGKAI_CLUSTER_OS_PORT=${GONGKAI_CLUSTER_OS_PORT:-19280}
ONE_PORT=${ONE_PORT:-18283}
TWO_PORT=${TWO_PORT:-18284}
ONE2_PORT=${ONE2_PORT:-18285}
# every request rendered: no render cache, no static record pages (Spring's relaxed binding of the environment)
export GONGKAI_PORTAL_PAGE_CACHE_MB=0 GONGKAI_PORTAL_STATIC_PAGES=false
read -r -a NODES <<<"$GONGKAI_CLUSTER_NODE_PORTS"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx-light curl >/dev/null; }
done
[ -f target/gongkai.jar ] || mvn -B -q package -DskipTests
CG=/sys/fs/cgroup/cpu
ACCT=/sys/fs/cgroup/cpuacct
[ -w "$CG" ] || { echo "cannot create cgroups under $CG (needs root and the cgroup v1 cpu controller)"; exit 1; }

WORK=$(mktemp -d)
cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  bin/cluster stop "$DIR" >/dev/null 2>&1 || true
  for n in 1 2; do rmdir "$CG/gongkai-bench-node$n" "$ACCT/gongkai-bench-node$n" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

bin/cluster start "$DIR"

cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream node1 { server 127.0.0.1:${NODES[0]}; keepalive 32; }
  upstream node2 { server 127.0.0.1:${NODES[1]}; keepalive 32; }
  upstream two { least_conn; server 127.0.0.1:${NODES[0]}; server 127.0.0.1:${NODES[1]}; keepalive 32; }
  server { listen 127.0.0.1:$ONE_PORT; location / { proxy_pass http://node1; proxy_http_version 1.1; proxy_set_header Connection ""; } }
  server { listen 127.0.0.1:$ONE2_PORT; location / { proxy_pass http://node2; proxy_http_version 1.1; proxy_set_header Connection ""; } }
  server { listen 127.0.0.1:$TWO_PORT; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
CONF
nginx -c "$WORK/nginx.conf"

. bench/record-pages.sh
random_record_pages "http://127.0.0.1:$TWO_PORT" "$WORK"
echo "$(wc -l <"$WORK/paths.txt") record pages; render cache and static pages off; JIT warmed for ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/random.lua" "http://127.0.0.1:$TWO_PORT" >/dev/null
for n in 1 2; do
  mkdir -p "$CG/gongkai-bench-node$n"
  echo 100000 >"$CG/gongkai-bench-node$n/cpu.cfs_period_us"
  echo $(( QUOTA * 1000 )) >"$CG/gongkai-bench-node$n/cpu.cfs_quota_us"
  echo "$(cat "$DIR/node$n.pid")" >"$CG/gongkai-bench-node$n/cgroup.procs"
  mkdir -p "$ACCT/gongkai-bench-node$n"
  echo "$(cat "$DIR/node$n.pid")" >"$ACCT/gongkai-bench-node$n/cgroup.procs"
done
echo "two nodes, each held to ${QUOTA}% of one core from now on"
wrk -t2 -c"$CONNECTIONS" -d20s -s "$WORK/random.lua" "http://127.0.0.1:$TWO_PORT" >/dev/null

busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat; } # busy and idle jiffies of the machine
node_cpu() { # CPU seconds the nodes have used so far
  local t=0; for n in 1 2; do t=$(( t + $(cat "$ACCT/gongkai-bench-node$n/cpuacct.usage") / 1000 )); done
  echo "$t"
}
rps() { # rps PORT: requests per second, with the machine's busy share and the nodes' CPU per request on stderr
  local before after n0 n1 out r
  before=$(busy); n0=$(node_cpu)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/random.lua" "http://127.0.0.1:$1")
  after=$(busy); n1=$(node_cpu)
  r=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  awk -v b="$before" -v a="$after" -v r="$r" -v n="$(( n1 - n0 ))" -v d="${DURATION%s}" 'BEGIN {
    split(b, x, " "); split(a, y, " "); busy = y[1] - x[1]; idle = y[2] - x[2]
    printf "  port %s: machine busy %.0f%%, nodes %.2f ms CPU per request\n", "'"$1"'", 100 * busy / (busy + idle), (n > 0 ? n / 1000 / (r * d) : 0) }' >&2
  echo "$r"
}
ratios=()
for round in 1 2 3; do
  single=$ONE_PORT; [ "$round" = 2 ] && single=$ONE2_PORT
  one=$(rps "$single"); two=$(rps "$TWO_PORT")
  ratios+=("$(awk -v t="$two" -v o="$one" 'BEGIN {printf "%.3f", t/o}')")
  echo "round $round: one node (node $([ "$round" = 2 ] && echo 2 || echo 1)) $one req/s, two nodes $two req/s"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)
for n in 1 2; do
  echo "node $n: throttled $(awk '/nr_throttled/ {print $2}' "$CG/gongkai-bench-node$n/cpu.stat") of $(awk '/nr_periods/ {print $2}' "$CG/gongkai-bench-node$n/cpu.stat") periods"
done
echo "BENCH two nodes vs one (uncached record pages, ${QUOTA}% of a core each): ratios ${ratios[*]}, median ${median} (aim >= 1.6)"
