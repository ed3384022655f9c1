#!/usr/bin/env bash
# Builds the api and web images, runs them read-only as they run in production (migrate,
# api, web on a user-made network, Postgres outside), and checks them end to end through
# the web container. A missing engine is a skip on a developer machine and a failure
# when REQUIRE_DOCKER is set (CI=true sets it by default).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"

require=${REQUIRE_DOCKER:-${CI:-false}}
if ! docker info >/dev/null 2>&1; then
  if [ "$require" = true ] || [ "$require" = 1 ]; then
    echo "docker-smoke: FAILED: no Docker engine answers and REQUIRE_DOCKER is set (run .ci/docker/setup.sh first)" >&2
    exit 1
  fi
  echo "docker-smoke: SKIPPED: no Docker engine answers on this machine (REQUIRE_DOCKER=1 turns this into a failure)"
  exit 0
fi

api_image=${API_IMAGE:-todo-chatbot/api:ci}
web_image=${WEB_IMAGE:-todo-chatbot/web:ci}
run=todo-smoke-$$
network=$run
pg_dir=$(mktemp -d)
passed=0

pass() {
  passed=$((passed + 1))
  echo "ok $passed - $*"
}

cleanup() {
  local status=$?
  set +e
  for name in "$run-api" "$run-web"; do
    if [ "$status" -ne 0 ] && docker container inspect "$name" >/dev/null 2>&1; then
      echo "--- last log lines of $name"
      docker logs --tail 40 "$name" 2>&1
    fi
    docker rm -f "$name" >/dev/null 2>&1
  done
  docker network rm "$network" >/dev/null 2>&1
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    su postgres -s /bin/sh -c "'$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl' -D '$pg_dir/data' -m fast stop" >/dev/null
  fi
  rm -rf "$pg_dir"
  if [ "$status" -ne 0 ]; then
    echo "docker-smoke: FAILED after $passed checks passed" >&2
  fi
}
trap cleanup EXIT

wait_healthy() {
  local name=$1 state
  for _ in $(seq 1 60); do
    state=$(docker inspect -f '{{.State.Status}} {{.State.Health.Status}}' "$name")
    case $state in
      "running healthy") return 0 ;;
      exited* | dead*) echo "$name stopped before it became healthy" >&2; return 1 ;;
    esac
    sleep 1
  done
  echo "$name not healthy after 60 s ($state)" >&2
  return 1
}

check_image() {
  local image=$1 user env labels
  user=$(docker image inspect -f '{{.Config.User}}' "$image")
  env=$(docker image inspect -f '{{join .Config.Env " "}}' "$image")
  labels=$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.source"}} {{index .Config.Labels "org.opencontainers.image.revision"}} {{index .Config.Labels "org.opencontainers.image.created"}}' "$image")
  [ "$user" = "1000:1000" ] || { echo "$image runs as '$user', not 1000:1000" >&2; return 1; }
  [[ " $env " == *" NODE_ENV=production "* ]] || { echo "$image lacks NODE_ENV=production" >&2; return 1; }
  [ "$(wc -w <<<"$labels")" -eq 3 ] || { echo "$image lacks OCI labels: '$labels'" >&2; return 1; }
  docker image inspect -f '{{.Config.Healthcheck.Test}}' "$image" | grep -q node \
    || { echo "$image has no node HEALTHCHECK" >&2; return 1; }
  pass "$image: user 1000:1000, NODE_ENV=production, OCI labels ($labels), HEALTHCHECK"
}

check_runtime() {
  local name=$1
  [ "$(docker exec "$name" id -u)" = 1000 ] || { echo "$name does not run as uid 1000" >&2; return 1; }
  if docker exec "$name" sh -c 'touch /app/.probe' 2>/dev/null; then
    echo "$name can write its root filesystem" >&2
    return 1
  fi
  docker exec "$name" sh -c 'touch /tmp/.probe'
  pass "$name runs as uid 1000 on a read-only root with a writable /tmp"
}

check_stop() {
  local name=$1 started elapsed_ms code
  started=$(date +%s%N)
  docker stop -t 10 "$name" >/dev/null
  elapsed_ms=$((($(date +%s%N) - started) / 1000000))
  code=$(docker inspect -f '{{.State.ExitCode}}' "$name")
  [ "$code" = 0 ] || { echo "$name exited $code on docker stop" >&2; return 1; }
  [ "$elapsed_ms" -lt 10000 ] || { echo "$name took ${elapsed_ms} ms to stop" >&2; return 1; }
  pass "$name stopped cleanly in ${elapsed_ms} ms (exit 0)"
}

"$here/build-image.sh" api "$api_image" >"$pg_dir/build-api.log" 2>&1 \
  || { tail -n 40 "$pg_dir/build-api.log" >&2; exit 1; }
pass "built $api_image"
"$here/build-image.sh" web "$web_image" >"$pg_dir/build-web.log" 2>&1 \
  || { tail -n 40 "$pg_dir/build-web.log" >&2; exit 1; }
pass "built $web_image"
check_image "$api_image"
check_image "$web_image"

docker network create "$network" >/dev/null
gateway=$(docker network inspect -f '{{(index .IPAM.Config 0).Gateway}}' "$network")
database_url=$("$here/throwaway-postgres.sh" "$pg_dir" "$gateway" 55432)
pass "postgres listening on $gateway:55432 for network $network"

# Hardening flags as a cluster would set them: read-only root, writable /tmp only.
run_flags=(--network "$network" --read-only --tmpfs /tmp --health-interval 2s)

docker run --rm "${run_flags[@]}" -e DATABASE_URL="$database_url" "$api_image" node migrate.js
pass "migrate ran to completion"

docker run -d --name "$run-api" --network-alias api "${run_flags[@]}" \
  -e DATABASE_URL="$database_url" -e AUTH_SECRET="$(head -c 32 /dev/urandom | base64)" \
  "$api_image" >/dev/null
docker run -d --name "$run-web" "${run_flags[@]}" -p 127.0.0.1::3000 \
  -e API_URL=http://api:8000 "$web_image" >/dev/null
wait_healthy "$run-api"
wait_healthy "$run-web"
pass "api and web report healthy"

check_runtime "$run-api"
check_runtime "$run-web"

web_url="http://$(docker port "$run-web" 3000/tcp | head -n 1)"
node "$here/smoke-requests.mjs" "$web_url"
pass "sign up, create and list a task, chat 'add water the plants' through $web_url"

check_stop "$run-web"
check_stop "$run-api"

echo "docker-smoke: $passed passed, 0 failed"
