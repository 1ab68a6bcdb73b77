#!/usr/bin/env bash
# Throwaway PostgreSQL for development and tests.
#   scripts/pg.sh start   install PostgreSQL from Debian if missing, start a private cluster, print its env
#   scripts/pg.sh env     print `export ENCAISSE_TEST_PG=...` for the running cluster (eval "$(scripts/pg.sh env)")
#   scripts/pg.sh stop    stop the cluster and delete its data directory
# The cluster listens on 127.0.0.1 only (port $ENCAISSE_PG_PORT, default 54329, or the next free one), trusts
# loopback connections, keeps fsync on, and lives in a temp directory. Every command is idempotent.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="$root/.tmp/pg"
conn_file="$state/conn"
datadir_file="$state/datadir"
first_port="${ENCAISSE_PG_PORT:-54329}"

pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

install_pg() {
    if pg_bin >/dev/null; then return; fi
    echo "PostgreSQL not found: installing it from Debian" >&2
    local sudo=()
    [[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
    # We run private clusters only: stop the Debian package from creating and starting its own on 5432.
    if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
        "${sudo[@]}" mkdir -p /etc/postgresql-common
        echo "create_main_cluster = false" | "${sudo[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq postgresql >/dev/null
    pg_bin >/dev/null || { echo "PostgreSQL install failed: no initdb under /usr/lib/postgresql" >&2; exit 1; }
}

# initdb and postgres refuse to run as root: as root, run them as the `postgres` user.
as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

running() {
    [[ -f "$datadir_file" ]] || return 1
    local datadir bin
    datadir="$(cat "$datadir_file")"
    bin="$(pg_bin)" || return 1
    [[ -d "$datadir/data" ]] && as_owner "$bin/pg_ctl" status -D "$datadir/data" >/dev/null 2>&1
}

print_env() {
    echo "export ENCAISSE_TEST_PG='$(cat "$conn_file")'"
}

start() {
    install_pg
    if running && [[ -f "$conn_file" ]]; then
        print_env
        return
    fi
    stop_quietly
    local bin datadir port
    bin="$(pg_bin)"
    mkdir -p "$state"
    datadir="$(mktemp -d "${TMPDIR:-/tmp}/encaisse-pg.XXXXXX")"
    echo "$datadir" >"$datadir_file"
    if [[ "$(id -u)" -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
        chown postgres: "$datadir"
    fi
    as_owner "$bin/initdb" -D "$datadir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; exit 1; }
    port="$first_port"
    while port_in_use "$port"; do port=$((port + 1)); done
    cat >"$datadir/data/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 trust
HBA
    cat >>"$datadir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$datadir'
fsync = on
max_connections = 200
CONF
    [[ "$(id -u)" -eq 0 ]] && chown postgres: "$datadir/data/pg_hba.conf" "$datadir/data/postgresql.conf"
    as_owner "$bin/pg_ctl" start -w -t 60 -D "$datadir/data" -l "$datadir/server.log" >/dev/null \
        || { cat "$datadir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" >"$conn_file"
    print_env
}

stop_quietly() {
    if [[ -f "$datadir_file" ]]; then
        local datadir bin
        datadir="$(cat "$datadir_file")"
        if bin="$(pg_bin)" && [[ -d "$datadir/data" ]]; then
            as_owner "$bin/pg_ctl" stop -w -m fast -D "$datadir/data" >/dev/null 2>&1 || true
        fi
        [[ -n "$datadir" && "$datadir" == *encaisse-pg.* ]] && rm -rf "$datadir"
    fi
    rm -f "$conn_file" "$datadir_file"
}

case "${1:-}" in
    start) start ;;
    stop) stop_quietly ;;
    env)
        if running && [[ -f "$conn_file" ]]; then print_env; else echo "PostgreSQL is not running: run scripts/pg.sh start" >&2; exit 1; fi ;;
    *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
