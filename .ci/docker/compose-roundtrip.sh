#!/usr/bin/env bash
# Brings deploy/compose/docker-compose.yml up for real and proves it: the one-shot migrate
# finishes before the api starts; sign up, create, list and chat through the web container's
# published port; `restart api`, and `down` then `up` again, keep the data; `down` leaves no
# container of the project; `down -v` removes its volume. Prints how long each part took.
# Runs under its own project name, so a user's `todo-chatbot` project is never touched.
# usage: API_IMAGE=<image> WEB_IMAGE=<image> compose-roundtrip.sh   (as nx docker-build printed them)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"

api_image=${API_IMAGE:?set API_IMAGE to the api image to run (nx docker-build prints it)}
web_image=${WEB_IMAGE:?set WEB_IMAGE to the web image to run (nx docker-build prints it)}
project=${COMPOSE_PROJECT:-todo-chatbot-ci}
# Only the env file below may set what the compose file reads.
unset API_IMAGE WEB_IMAGE TAG WEB_PORT POSTGRES_USER POSTGRES_PASSWORD POSTGRES_DB AUTH_SECRET \
  CHAT_PROVIDER OPENAI_API_KEY OPENAI_BASE_URL CHAT_MODEL COMPOSE_PROJECT_NAME COMPOSE_FILE

docker info >/dev/null 2>&1 || { echo "compose-roundtrip: no Docker engine answers (run .ci/docker/setup.sh)" >&2; exit 1; }
docker compose version >/dev/null 2>&1 || { echo "compose-roundtrip: no docker compose plugin (run .ci/docker/compose-plugin.sh)" >&2; exit 1; }
for image in "$api_image" "$web_image" "$(postgres_image_name)"; do
  docker image inspect "$image" >/dev/null 2>&1 \
    || { echo "compose-roundtrip: image $image is not present; nothing may be pulled here" >&2; exit 1; }
done

work=$(mktemp -d)
env_file=$work/.env
session=$work/session.json
passed=0
started=$SECONDS

compose() { docker compose -p "$project" -f "$compose_file" --env-file "$env_file" "$@"; }
pass() {
  passed=$((passed + 1))
  echo "ok $passed - $*"
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
project_containers() { docker ps -a -q --filter "label=com.docker.compose.project=$project"; }
project_volumes() { docker volume ls -q --filter "label=com.docker.compose.project=$project"; }
project_networks() { docker network ls -q --filter "label=com.docker.compose.project=$project"; }
container_of() { compose ps -a -q "$1"; }

cleanup() {
  local status=$?
  set +e
  if [ "$status" -ne 0 ] && [ -s "$env_file" ]; then
    compose ps -a
    compose logs --no-color --tail 30
  fi
  if [ -n "$(project_containers)$(project_volumes)" ]; then
    compose down -v --remove-orphans >/dev/null 2>&1
  fi
  rm -rf "$work"
  if [ "$status" -ne 0 ]; then
    echo "compose-roundtrip: FAILED after $passed checks passed" >&2
  fi
}
trap cleanup EXIT

# .env.example with the secrets filled in as a user would, and a free host port.
random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
sed -e "s|^POSTGRES_PASSWORD=.*|POSTGRES_PASSWORD=$(random_hex 24)|" \
  -e "s|^AUTH_SECRET=.*|AUTH_SECRET=$(head -c 32 /dev/urandom | base64)|" \
  -e "s|^WEB_PORT=.*|WEB_PORT=0|" \
  -e "s|^API_IMAGE=.*|API_IMAGE=$api_image|" \
  -e "s|^WEB_IMAGE=.*|WEB_IMAGE=$web_image|" \
  "$workspace_root/.env.example" >"$env_file"

if [ -n "$(project_containers)$(project_volumes)" ]; then
  echo "compose-roundtrip: removing what an earlier run of project $project left behind"
  compose down -v --remove-orphans
fi

wait_healthy() {
  local id=$1 state
  for _ in $(seq 1 90); do
    state=$(docker inspect -f '{{.State.Status}} {{.State.Health.Status}}' "$id")
    [ "$state" = "running healthy" ] && return 0
    sleep 1
  done
  echo "container $id not healthy after 90 s ($state)" >&2
  return 1
}

check_all_healthy() {
  local service
  for service in postgres api web; do
    [ "$(docker inspect -f '{{.State.Status}} {{.State.Health.Status}}' "$(container_of "$service")")" = "running healthy" ] \
      || { echo "$service is not running healthy" >&2; return 1; }
  done
}

web_url() {
  local published
  published=$(compose port web 3000)
  echo "http://127.0.0.1:${published##*:}"
}

t=$(now_ms)
compose up -d --wait --wait-timeout 180
up_ms=$(($(now_ms) - t))
check_all_healthy
pass "up -d --wait: postgres, api and web healthy in ${up_ms} ms"

migrate=$(container_of migrate)
api=$(container_of api)
[ "$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' "$migrate")" = "exited 0" ] \
  || { echo "migrate did not exit 0: $(docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' "$migrate")" >&2; exit 1; }
migrate_done=$(date -d "$(docker inspect -f '{{.State.FinishedAt}}' "$migrate")" +%s%N)
api_start=$(date -d "$(docker inspect -f '{{.State.StartedAt}}' "$api")" +%s%N)
[ "$migrate_done" -le "$api_start" ] || { echo "the api started before migrate finished" >&2; exit 1; }
pass "migrate exited 0 $(((api_start - migrate_done) / 1000000)) ms before the api started"

url=$(web_url)
t=$(now_ms)
node "$here/smoke-requests.mjs" "$url" "$session"
pass "sign up, create and list a task, chat 'add water the plants' through $url in $(($(now_ms) - t)) ms"

before=$(docker inspect -f '{{.State.StartedAt}}' "$api")
compose restart api
wait_healthy "$api"
[ "$(docker inspect -f '{{.State.StartedAt}}' "$api")" != "$before" ] || { echo "restart api did not restart it" >&2; exit 1; }
node "$here/check-tasks-kept.mjs" "$url" "$session"
pass "restart api: the session and both tasks are kept"

compose down
[ -z "$(project_containers)" ] || { echo "down left containers: $(project_containers | tr '\n' ' ')" >&2; exit 1; }
[ -z "$(compose ps -a -q)" ] || { echo "compose ps -a still lists containers after down" >&2; exit 1; }
[ -z "$(project_networks)" ] || { echo "down left networks: $(project_networks | tr '\n' ' ')" >&2; exit 1; }
[ -n "$(project_volumes)" ] || { echo "down removed the data volume" >&2; exit 1; }
pass "down: no container or network of project $project left, volume $(project_volumes | tr '\n' ' ')kept"

t=$(now_ms)
compose up -d --wait --wait-timeout 180
again_ms=$(($(now_ms) - t))
check_all_healthy
url=$(web_url)
node "$here/check-tasks-kept.mjs" "$url" "$session"
pass "up again on the kept volume in ${again_ms} ms: the session and both tasks are there"

compose down -v
[ -z "$(project_containers)" ] || { echo "down -v left containers" >&2; exit 1; }
[ -z "$(project_volumes)" ] || { echo "down -v left volumes: $(project_volumes | tr '\n' ' ')" >&2; exit 1; }
pass "down -v: no container and no volume of project $project left"

echo "compose round trip took $((SECONDS - started)) s (first up ${up_ms} ms, up on kept data ${again_ms} ms)"
echo "compose-roundtrip: $passed passed, 0 failed"
