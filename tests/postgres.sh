#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the tests, on 127.0.0.1 and a private port.
#   source tests/postgres.sh start   exports AGGLO_TEST_POSTGRES (an Npgsql connection string to a superuser)
#   tests/postgres.sh stop DIR       stops the cluster in DIR and removes it
# Uses Debian's postgresql (any installed major version, the newest first); installs it with apt-get when root and missing.
# PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user (or 'nobody').

pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

pg_start() {
  local bin user dir port
  if ! bin="$(pg_bin)"; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "installing postgresql for the store tests"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
      bin="$(pg_bin)" || return 1
    else
      echo "The store tests need PostgreSQL. Install it with: sudo apt-get install -y postgresql"
      return 1
    fi
  fi

  dir="$(mktemp -d /tmp/agglo-pg.XXXXXX)"
  user=""
  if [ "$(id -u)" -eq 0 ]; then
    user="$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)"
    chown "$user" "$dir"
  fi
  as_user() { if [ -n "$user" ]; then runuser -u "$user" -- "$@"; else "$@"; fi; }

  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)"
  # Locale C: text sorts by code point, as in SQLite, so both stores order region codes alike.
  as_user "$bin/initdb" -D "$dir/data" -U agglo --auth=trust --locale=C -E UTF8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; return 1; }
  as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log"; return 1; }
  export AGGLO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=agglo;Database=postgres"
  export AGGLO_TEST_POSTGRES_DIR="$dir"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port ($dir)"
}

pg_stop() {
  local dir="$1" bin user=""
  [ -d "$dir/data" ] || return 0
  bin="$(pg_bin)" || return 0
  [ "$(id -u)" -eq 0 ] && user="$(stat -c %U "$dir")"
  if [ -n "$user" ]; then runuser -u "$user" -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; else "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) pg_start ;;
  stop) pg_stop "${2:?the cluster folder}" ;;
  *) echo "usage: source tests/postgres.sh start | tests/postgres.sh stop DIR" ;;
esac
