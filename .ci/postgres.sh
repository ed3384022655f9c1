#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster on 127.0.0.1:5432 with password auth for
# user postgres/postgres, and creates the test database. Idempotent.
set -euo pipefail

version=$(ls /etc/postgresql | sort -V | tail -n 1)
if [ -z "$version" ]; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
fi
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h /var/run/postgresql" && break
  sleep 1
done
su postgres -c "psql -q -c \"alter user postgres with password 'postgres'\""
su postgres -c "psql -q -h /var/run/postgresql -tc \"select 1 from pg_database where datname = 'todo_test'\"" | grep -q 1 \
  || su postgres -c "createdb todo_test"
echo "postgres $version ready on 127.0.0.1:5432"
