#!/usr/bin/env bash
# Entrypoint of CI's local stand-in for the official postgres image (make-postgres-image.sh).
# It keeps the part of the official contract our compose file relies on: POSTGRES_PASSWORD
# (required on first start), POSTGRES_USER (default postgres), POSTGRES_DB (default
# $POSTGRES_USER), a cluster made in $PGDATA on first start, password auth from the network,
# and postgres run as the postgres user. The official image's other knobs are not here.
set -Eeuo pipefail

log() { echo "postgres-entrypoint: $*" >&2; }

# As the official image does: `docker run image -c foo=bar` passes flags to postgres.
if [ "${1:0:1}" = - ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"
fi

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 0700 "$PGDATA"
  chmod 3777 /var/run/postgresql
  exec gosu postgres "${BASH_SOURCE[0]}" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ]; then
    log "the database is uninitialized and POSTGRES_PASSWORD is not set; set it to a non-empty value"
    exit 1
  fi
  if compgen -G '/docker-entrypoint-initdb.d/*' >/dev/null; then
    log "/docker-entrypoint-initdb.d is not supported by this stand-in for the official image"
    exit 1
  fi
  user=${POSTGRES_USER:-postgres}
  database=${POSTGRES_DB:-$user}

  initdb -D "$PGDATA" --username="$user" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
    --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"

  # Like the official image, the setup server listens on the socket only, so nothing reaches
  # the database over the network before it is ready.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  if [ "$database" != postgres ]; then
    psql -v ON_ERROR_STOP=1 -q --username="$user" --dbname=postgres -v database="$database" \
      <<<'CREATE DATABASE :"database";'
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  log "initialized $PGDATA: user $user, database $database"
fi

exec "$@"
