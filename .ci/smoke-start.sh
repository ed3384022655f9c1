#!/usr/bin/env bash
# The README's promise, checked over HTTP: `npm start` on embedded defaults serves the api on :8000
# and a sign-up → create → list → complete → delete round trip works; SIGTERM then stops it cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
api_port=${API_PORT:-8000}
api=http://127.0.0.1:$api_port
data_dir=$(mktemp -d)
log=$(mktemp)

if curl -s -o /dev/null "$api/healthz"; then
  echo "something already listens on $api: stop it first, the smoke test needs a fresh api" >&2
  exit 1
fi

API_PORT=$api_port DATABASE_URL="$data_dir/pglite" npm start >"$log" 2>&1 &
starter=$!
cleanup() { kill "$starter" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fsS "$api/healthz" >/dev/null 2>&1 && break
  if ! kill -0 "$starter" 2>/dev/null; then cat "$log"; echo "npm start exited early" >&2; exit 1; fi
  sleep 1
done
curl -fsS "$api/healthz" && echo

json() { node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(eval(process.argv[1]))' "$1"; }
expect_status() { # expected, method, path, [body]
  local status
  status=$(curl -s -o /tmp/smoke-body -w '%{http_code}' -X "$2" "$api$3" -H "authorization: Bearer $token" \
    ${4:+-H 'content-type: application/json' -d "$4"})
  if [ "$status" != "$1" ]; then echo "$2 $3 → $status (expected $1): $(cat /tmp/smoke-body)" >&2; exit 1; fi
  echo "$2 $3 → $status"
}

session=$(curl -fsS -X POST "$api/api/auth/sign-up/email" -H 'content-type: application/json' \
  -d "{\"name\":\"Smoke\",\"email\":\"smoke-$RANDOM$RANDOM@example.test\",\"password\":\"smoke-test-password\"}")
token=$(echo "$session" | json v.token)
user=$(echo "$session" | json v.user.id)

expect_status 201 POST "/api/$user/tasks" '{"title":"Smoke test task","priority":"high"}'
id=$(json v.id </tmp/smoke-body)
expect_status 200 GET "/api/$user/tasks"
[ "$(json 'v.map(t => t.title).join()' </tmp/smoke-body)" = "Smoke test task" ] || { echo "list is wrong" >&2; exit 1; }
expect_status 200 PATCH "/api/$user/tasks/$id/complete"
[ "$(json v.completed </tmp/smoke-body)" = "true" ] || { echo "task did not complete" >&2; exit 1; }
expect_status 204 DELETE "/api/$user/tasks/$id"
expect_status 404 GET "/api/$user/tasks/$id"

kill -TERM "$starter"
for _ in $(seq 1 15); do kill -0 "$starter" 2>/dev/null || break; sleep 1; done
if kill -0 "$starter" 2>/dev/null; then echo "npm start did not stop within 15 s of SIGTERM" >&2; exit 1; fi
echo "npm start smoke test passed"
