# Sourced by the benchmarks that run on PostgreSQL: a throwaway PostgreSQL cluster kept under a directory of the
# benchmark's data, started on a port, with a database gongkai owned by gongkai; stopped by pg_cluster_stop.
#   pg_cluster_start DIR PORT   -> sets PG_ENV (the GONGKAI_DB_* variables for the platform or the test run)
#   pg_cluster_stop
PG_STARTED=
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg_cluster_start() {
  local dir=$1 port=$2 new=
  command -v psql >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR="$dir/pg"
  if [ ! -d "$PG_DIR/data" ]; then
    rm -rf "$dir"; mkdir -p "$PG_DIR"; [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
    as_pg "$PG_BIN/initdb -D $PG_DIR/data -E UTF8 --locale=C.UTF-8 -U postgres --auth=trust" >/dev/null
    new=1
  fi
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/pg.log -o '-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_buffers=256MB' -w start" >/dev/null
  PG_STARTED=1
  if [ -n "$new" ]; then
    psql -q -h 127.0.0.1 -p "$port" -U postgres -c "create role gongkai login password 'gongkai'" -c "create database gongkai owner gongkai"
  fi
  PG_ENV=(GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$port/gongkai" GONGKAI_DB_USER=gongkai GONGKAI_DB_PASSWORD=gongkai)
}
pg_cluster_stop() {
  [ -n "$PG_STARTED" ] && as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1 || true
  PG_STARTED=
}
