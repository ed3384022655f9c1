#!/usr/bin/env bash
# The README's promise, checked over HTTP: `npm start` on embedded defaults serves the web app on
# :3000 and the api on :8000; a sign-up → create → list → complete → delete round trip works, also
# through the web app's proxy; SIGTERM then stops everything cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
api_port=${API_PORT:-8000}
api=http://127.0.0.1:$api_port
web_port=${PORT:-3000}
web=http://127.0.0.1:$web_port
data_dir=$(mktemp -d)
log=$(mktemp)

for url in "$api" "$web"; do
  if curl -s -o /dev/null "$url/healthz"; then
    echo "something already listens on $url: stop it first, the smoke test needs a fresh app" >&2
    exit 1
  fi
done

# Its own process group, like a terminal job: Ctrl-C there signals npm, the starter, api and web together.
PORT=$web_port API_PORT=$api_port DATABASE_URL="$data_dir/pglite" setsid npm start >"$log" 2>&1 &
starter=$!
cleanup() { kill -KILL -- "-$starter" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  curl -fsS "$api/healthz" >/dev/null 2>&1 && curl -fsS "$web/healthz" >/dev/null 2>&1 && break
  if ! kill -0 "$starter" 2>/dev/null; then cat "$log"; echo "npm start exited early" >&2; exit 1; fi
  sleep 1
done
curl -fsS "$api/healthz" && echo
curl -fsS -o /dev/null "$web/sign-in" && echo "web serves the sign-in page"

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
proxied=$(curl -fsS "$web/api/$user/tasks" -H "authorization: Bearer $token")
[ "$proxied" = "[]" ] || { echo "the web proxy answered $proxied" >&2; exit 1; }
echo "GET $web/api/$user/tasks (through the web proxy) → []"

kill -INT -- "-$starter"
for _ in $(seq 1 15); do pgrep -g "$starter" >/dev/null || break; sleep 1; done
if pgrep -g "$starter" >/dev/null; then
  ps -o pid,cmd -g "$starter" >&2
  echo "npm start did not stop within 15 s of Ctrl-C" >&2
  exit 1
fi
echo "npm start smoke test passed"
