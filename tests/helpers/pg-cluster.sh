#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the sync tests, on a free local port, with TLS
# (a self-signed certificate for 127.0.0.1) and a password login.
#
#   eval "$(tests/helpers/pg-cluster.sh start)"     # prints export lines
#   npx vitest run tests/integration/sync
#   tests/helpers/pg-cluster.sh stop "$VERBATIM_TEST_PG_DIR"
#
# start prints VERBATIM_TEST_PG_URL (an administrator login to the "postgres"
# database; tests make a database of their own under it), VERBATIM_TEST_PG_CA (the
# server's certificate, to trust it) and VERBATIM_TEST_PG_DIR (for stop). initdb
# refuses to run as root, so as root the cluster runs as the "postgres" user.
set -euo pipefail

pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  echo "pg-cluster: no PostgreSQL server found under /usr/lib/postgresql (apt-get install -y postgresql)" >&2
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local bin dir port password
  bin=$(pg_bin)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/verbatim-pg-XXXXXX")
  chmod 755 "$dir"
  password=$(node -e 'console.log(require("crypto").randomBytes(18).toString("hex"))')
  printf '%s\n' "$password" > "$dir/password"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
  chmod 600 "$dir/server.key"
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U verbatim --pwfile="$dir/password" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  port=$(free_port)
  cat >>"$dir/data/postgresql.conf" <<EOF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
fsync = off
max_connections = 60
EOF
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
    cat "$dir/server.log" >&2
    return 1
  }
  echo "export VERBATIM_TEST_PG_URL='postgres://verbatim:$password@127.0.0.1:$port/postgres'"
  echo "export VERBATIM_TEST_PG_CA='$dir/server.crt'"
  echo "export VERBATIM_TEST_PG_DIR='$dir'"
}

stop() {
  local dir=${1:-${VERBATIM_TEST_PG_DIR:-}} bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "pg-cluster: give the folder that start printed" >&2; return 1; }
  bin=$(pg_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
