#!/usr/bin/env bash
# Validates deploy/compose/docker-compose.yml with `docker compose config`: valid with
# .env.example once its secrets are filled in, refused with a message naming each secret
# left empty, and API_IMAGE/WEB_IMAGE replace the default images. A missing compose plugin
# is a skip on a developer machine and a failure when REQUIRE_DOCKER is set (CI=true sets it).
set -euo pipefail
source "$(dirname "$0")/env.sh"

require=${REQUIRE_DOCKER:-${CI:-false}}
if ! docker compose version >/dev/null 2>&1; then
  if [ "$require" = true ] || [ "$require" = 1 ]; then
    echo "compose check: FAILED: no docker compose plugin and REQUIRE_DOCKER is set (run .ci/docker/compose-plugin.sh)" >&2
    exit 1
  fi
  echo "compose check: SKIPPED: the docker compose plugin is not installed (REQUIRE_DOCKER=1 turns this into a failure)"
  exit 0
fi

# usage: compose_config [VAR=value...] -- [config flags...]
# The variables come from .env.example and from each call alone, never from this shell.
compose_config() {
  local vars=()
  while [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  env -u POSTGRES_PASSWORD -u AUTH_SECRET -u TAG -u API_IMAGE -u WEB_IMAGE "${vars[@]}" \
    docker compose --env-file "$workspace_root/.env.example" -f "$compose_file" config "$@"
}
password=POSTGRES_PASSWORD=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
secret=AUTH_SECRET=$(head -c 32 /dev/urandom | base64)

compose_config "$password" "$secret" -- --quiet
echo "compose check: valid with .env.example and generated secrets"

refused() {
  local variable=$1 output
  shift
  if output=$(compose_config "$@" -- --quiet 2>&1); then
    echo "compose check: FAILED: the compose file accepts an empty $variable" >&2
    exit 1
  fi
  grep -q "set $variable in .env" <<<"$output" \
    || { echo "compose check: FAILED: an empty $variable gave: $output" >&2; exit 1; }
  echo "compose check: an empty $variable is refused: $(grep -o "required variable $variable .*" <<<"$output" | head -n 1)"
}
refused POSTGRES_PASSWORD "$secret"
refused AUTH_SECRET "$password"

images() { compose_config "$password" "$secret" "$@" -- --images | sort | tr '\n' ' '; }
postgres=$(postgres_image_name)
expected="$postgres todo-chatbot/api:local todo-chatbot/api:local todo-chatbot/web:local "
[ "$(images)" = "$expected" ] || { echo "compose check: FAILED: default images are $(images)" >&2; exit 1; }
expected="example.test/api:1 example.test/api:1 example.test/web:2 $postgres "
[ "$(images API_IMAGE=example.test/api:1 WEB_IMAGE=example.test/web:2)" = "$expected" ] \
  || { echo "compose check: FAILED: API_IMAGE/WEB_IMAGE gave $(images API_IMAGE=example.test/api:1 WEB_IMAGE=example.test/web:2)" >&2; exit 1; }
echo "compose check: images default to todo-chatbot/<app>:\$TAG; API_IMAGE and WEB_IMAGE replace them"
echo "compose check: deploy/compose/docker-compose.yml is valid"
