#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for integration tests of the ISMS Lifecycle server.
#
#   throwaway-postgres.sh start DIR PORT   wipe DIR, create a fresh cluster there, listen on
#                                          127.0.0.1:PORT, create role/database isms (password isms)
#   throwaway-postgres.sh stop DIR         stop the cluster in DIR (exit 0 if nothing runs)
#
# Durability is switched off (fsync, synchronous_commit, full_page_writes): the data is thrown
# away after the test run, and it makes initdb + the tests noticeably faster.
set -euo pipefail

usage() {
  echo "usage: $0 start DIR PORT | stop DIR" >&2
  exit 2
}

# PostgreSQL binaries: prefer PATH (e.g. /usr/local/bin), else Debian's versioned layout
# /usr/lib/postgresql/<major>/bin (the newest one), since Debian does not put initdb/pg_ctl on PATH.
# Symlinks are resolved so that psql of the same installation is found next to pg_ctl.
find_pg_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  local d
  d=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$d" && -x "$d/pg_ctl" && -x "$d/initdb" ]]; then
    echo "$d"
    return 0
  fi
  echo "throwaway-postgres: PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin" >&2
  return 1
}

# initdb and postgres refuse to run as root. As root, run them as the unprivileged "postgres"
# user (created if missing) on a data directory that user owns; otherwise run them directly.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ensure_pg_user() {
  if [[ $(id -u) -eq 0 ]] && ! id -u postgres >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin postgres
  fi
}

# Is a server running on the cluster in $1? (pg_ctl status: 0 running, 3 not running, 4 no cluster)
is_running() {
  [[ -f "$1/data/PG_VERSION" ]] && as_pg "$PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

stop_cluster() {
  local dir=$1
  if is_running "$dir"; then
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    echo "throwaway-postgres: stopped cluster in $dir"
  fi
}

cmd_start() {
  local dir=$1 port=$2
  [[ "$port" =~ ^[0-9]+$ ]] || usage
  ensure_pg_user

  # Idempotent: a cluster left running by an earlier (aborted) run would hold the port and the
  # files we are about to delete.
  stop_cluster "$dir"
  rm -rf "$dir"
  mkdir -p "$dir/data" "$dir/socket"
  dir=$(cd "$dir" && pwd)   # absolute: postgres chdirs into the data directory
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres: "$dir"
    # e.g. a DIR below /root (mode 700) is unreachable for the postgres user: say so clearly
    if ! runuser -u postgres -- test -w "$dir/data"; then
      echo "throwaway-postgres: user postgres cannot reach $dir (a parent directory is not searchable); use a DIR outside such a tree" >&2
      exit 1
    fi
  fi

  # trust auth: only reachable from 127.0.0.1 and the private socket dir, and only for tests.
  as_pg "$PG_BIN/initdb" -D "$dir/data" --auth=trust -U postgres --encoding=UTF8 --locale=C \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

  # The socket lives inside DIR so that neither /var/run/postgresql (root-owned, may not exist)
  # nor a system PostgreSQL's socket is touched.
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
    || { cat "$dir/postgres.log" >&2; exit 1; }

  # Role and database the application connects with (jdbc:postgresql://127.0.0.1:PORT/isms).
  # psql usually sits next to pg_ctl; Debian's /usr/bin/psql wrapper is the fallback.
  local psql="$PG_BIN/psql"
  [[ -x "$psql" ]] || psql=psql
  as_pg "$psql" -h "$dir/socket" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE isms LOGIN PASSWORD 'isms'" \
    -c "CREATE DATABASE isms OWNER isms ENCODING 'UTF8'" >/dev/null

  echo "throwaway-postgres: running on 127.0.0.1:$port (database isms, user isms/isms, data $dir/data, log $dir/postgres.log)"
}

cmd_stop() {
  local dir=$1
  # Never fail a build's cleanup just because nothing is running (or PostgreSQL is missing).
  if [[ -d "$dir/data" ]]; then
    stop_cluster "$dir" || true
  fi
}

[[ $# -ge 2 ]] || usage
case "$1" in
  start)
    [[ $# -eq 3 ]] || usage
    PG_BIN=$(find_pg_bin)
    cmd_start "$2" "$3"
    ;;
  stop)
    [[ $# -eq 2 ]] || usage
    PG_BIN=$(find_pg_bin) || exit 0
    cmd_stop "$2"
    ;;
  *)
    usage
    ;;
esac
