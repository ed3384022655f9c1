#!/usr/bin/env bash
# Validates deploy/compose/docker-compose.yml with `docker compose config` against
# .env.example. Compose v2 is not packaged for every Debian release, so without it this
# says it was skipped instead of failing.
set -euo pipefail
source "$(dirname "$0")/env.sh"

if ! docker compose version >/dev/null 2>&1; then
  echo "compose check: SKIPPED: the docker compose plugin is not installed"
  exit 0
fi
# .env.example holds no usable secret on purpose; a generated one stands in, as a user's .env would.
AUTH_SECRET="$(head -c 32 /dev/urandom | base64)" docker compose --env-file "$workspace_root/.env.example" \
  -f "$workspace_root/deploy/compose/docker-compose.yml" config --quiet
echo "compose check: deploy/compose/docker-compose.yml is valid"
