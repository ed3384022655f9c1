#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster from the host's binaries, listening on one address
# (the docker network's gateway, so containers reach it) with password auth, and prints its
# DATABASE_URL. Stop it with: pg_ctl -D <dir> stop (as postgres).
# The machine's own cluster listens on 127.0.0.1 only, which containers cannot reach.
# usage: throwaway-postgres.sh <empty dir> <listen address> <port>
set -euo pipefail

dir=$1 address=$2 port=$3
password=smoke-$RANDOM$RANDOM
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

chown postgres: "$dir"
printf '%s\n' "$password" >"$dir/.pw"
chown postgres: "$dir/.pw"
su postgres -s /bin/sh -c "'$bin/initdb' -D '$dir/data' -U postgres --pwfile='$dir/.pw' \
  --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-instructions" >"$dir/initdb.log"
rm "$dir/.pw"
echo "host all all 0.0.0.0/0 scram-sha-256" >>"$dir/data/pg_hba.conf"
su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -l '$dir/postgres.log' -w -t 30 start \
  -o \"-c listen_addresses=$address -p $port -c unix_socket_directories=$dir\"" >/dev/null
su postgres -s /bin/sh -c "'$bin/createdb' -h '$dir' -p $port smoke"
echo "postgres://postgres:$password@$address:$port/smoke"
