#!/usr/bin/env bash
# End-to-end suite of @todo/nx-deploy on a temporary git copy of the workspace, with real Nx,
# real helm and a real container engine. Run after .ci/docker/setup.sh (dockerd up, base
# image tagged). Deploys here are dry runs; cluster.sh deploys to a live API server.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_root="$(cd "$here/../../.." && pwd)"
source "$here/lib.sh"

docker info >/dev/null 2>&1 || fail "no container engine answers: run .ci/docker/setup.sh first"
[ -x "$source_root/.toolchain/bin/helm" ] || node "$source_root/tools/scripts/install-helm.mjs"
helm="$source_root/.toolchain/bin/helm"

work="$("$here/prepare-workspace.sh")"
trap 'rm -rf "$work"' EXIT
cd "$work"
# Content-hash tags make builds reproducible across runs: a change must be unique to force a new image.
run_id="$(date +%s%N)"

step "1. run-many docker-build gives every app its image; a second run builds nothing"
# Tags are content hashes: when CI already built these sources, the first run finds them and skips.
first="$(nx run-many -t docker-build)"
expect_in "$first" '^api .* (built \(|skipped \(exists locally\))' "api has no image"
expect_in "$first" '^web .* (built \(|skipped \(exists locally\))' "web has no image"
second="$(nx run-many -t docker-build)"
expect_not_in "$second" ' built \(' "the second run built again"
expect_in "$second" '^api .* skipped \(exists locally\)' "api was not skipped"
expect_in "$second" '^web .* skipped \(exists locally\)' "web was not skipped"

step "baseline: the values the release would have been installed with"
nx run api:helm-values --env local >/dev/null
mkdir -p tmp && cp deploy/generated/local/values.yaml tmp/release-values.yaml

step "2. a commit touching only apps/api"
echo "// e2e: api-only change $run_id" >>apps/api/src/main.ts
commit "touch api"
affected="$(nx affected -t docker-build --base=HEAD~1)"
expect_in "$affected" '^api .* built \(' "api was not rebuilt"
expect_not_in "$affected" '^web ' "web was built for an api-only change"
plan="$(nx affected -t deploy --env local --dry-run --current-values tmp/release-values.yaml --base=HEAD~1)"
expect_in "$plan" '^api +api +todo-chatbot/api:[0-9a-f]+ +→ +todo-chatbot/api:[0-9a-f]+ +skipped +update' "api is not planned as an update"
expect_in "$plan" '^web +web +(todo-chatbot/web:[0-9a-f]+) +→ +todo-chatbot/web:[0-9a-f]+ +- +kept' "web does not keep its release image"
expect_in "$plan" '~ Deployment/todo-chatbot-api' "no change to the api Deployment"
expect_not_in "$plan" '~ Deployment/todo-chatbot-web' "the web Deployment changed"
expect_in "$plan" 'helm upgrade --install todo-chatbot helm/todo-chatbot-chart' "the helm command is not shown"
offline="$(nx affected -t deploy --env local --dry-run --base=HEAD~1)"
expect_in "$offline" 'the cluster is unreachable' "an unreachable cluster is not said plainly"

step "2b. deploy-plan.mjs exits 2 for a planned change, 0 when the values already run, 1 when the release cannot be read"
gate() { node tools/nx-deploy/bin/deploy-plan.mjs affected -t deploy --env local --base=HEAD~1 --outputStyle=static "$@" 2>&1; }
status=0
out="$(gate --current-values tmp/release-values.yaml)" || status=$?
[ "$status" = 2 ] || fail "a plan with an api update exited $status, not 2: $out"
expect_in "$out" 'deploy-plan: changes to release todo-chatbot \(local\): api update; plan in tmp/deploy-plan.json \(exit 2\)' "the gate did not name the change"
nx run api:helm-values --env local >/dev/null
cp deploy/generated/local/values.yaml tmp/current-values.yaml
status=0
out="$(gate --current-values tmp/current-values.yaml)" || status=$?
[ "$status" = 0 ] || fail "a plan against the values it would write exited $status, not 0: $out"
expect_in "$out" 'Verdict: no changes' "the plan does not say it changes nothing"
status=0
out="$(gate)" || status=$?
[ "$status" = 1 ] || fail "a plan against an unreachable cluster exited $status, not 1: $out"
expect_in "$out" 'Cannot read release todo-chatbot in todo-chatbot' "the unreadable release is not the error"
status=0
out="$(nx affected -t deploy --env local --base=HEAD~1 --dry-run --detailed-exitcode)" || status=$?
[ "$status" = 1 ] || fail "--detailed-exitcode without --plan-out was accepted"
expect_in "$out" '--detailed-exitcode needs --plan-out <file>' "the error does not name the option"

step "3. a commit touching a shared lib plans both services"
echo "// e2e: shared change $run_id" >>libs/domain/src/index.ts
commit "touch domain"
both="$(nx affected -t deploy --env local --dry-run --current-values tmp/release-values.yaml --base=HEAD~1)"
expect_in "$both" '^api .* update' "api is not planned"
expect_in "$both" '^web .* update' "web is not planned"
expect_in "$both" '~ Deployment/todo-chatbot-api' "no change to the api Deployment"
expect_in "$both" '~ Deployment/todo-chatbot-web' "no change to the web Deployment"

step "3b. a commit touching only test support changes no image tag and plans nothing"
nx run api:helm-values --env local >/dev/null
cp deploy/generated/local/values.yaml tmp/before-test-support.yaml
echo "// e2e: test helper change $run_id" >>libs/db/src/lib/testing/test-database.ts
echo "// e2e: fixture change $run_id" >>libs/agent/src/lib/testing/utterances.fixture.ts
commit "touch test support"
helpers="$(nx affected -t deploy --env local --dry-run --current-values tmp/before-test-support.yaml --base=HEAD~1)"
expect_in "$helpers" '^api +api .* unchanged' "a test helper changed the api image tag"
expect_not_in "$helpers" ' update$' "a test helper made a service update"
expect_in "$helpers" 'No manifest changes' "a test helper changed the manifests"

step "4. a new service: generate, build, render, validate, run"
nx g @todo/nx-deploy:service billing --no-interactive
again="$(nx g @todo/nx-deploy:service billing --no-interactive)"
expect_not_in "$again" '^(CREATE|UPDATE) ' "the second generator run changed files"
git add -A && commit "billing service"
nx run-many -t lint typecheck test -p billing >/dev/null
# The generated app is the same every run, so an earlier run may have left its image: build it afresh.
docker images --format '{{.Repository}}:{{.Tag}}' todo-chatbot/billing | xargs -r docker rmi -f >/dev/null
built="$(nx run billing:docker-build)"
expect_in "$built" '^billing .* built \(' "billing was not built"
nx run billing:helm-values --env local >/dev/null
"$helm" lint --strict helm/todo-chatbot-chart -f deploy/generated/local/values.yaml
"$helm" template todo-chatbot helm/todo-chatbot-chart -f deploy/generated/local/values.yaml \
  | node "$here/validate-manifests.mjs" Deployment/todo-chatbot-billing Service/todo-chatbot-billing
image="$(sed -n 's/^billing .* \(todo-chatbot\/billing:[0-9a-f]*\) .*/\1/p' <<<"$built")"
container="$(docker run -d --rm -p 127.0.0.1::8080 "$image")"
trap 'docker rm -f "$container" >/dev/null 2>&1; rm -rf "$work"' EXIT
port="$(docker port "$container" 8080/tcp | head -1 | sed 's/.*://')"
for _ in $(seq 1 30); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/healthz" | grep -q '"ok"' || fail "billing does not answer /healthz"

step "5. push to a registry records the digest; a second push finds the tag there"
registry="$("$source_root/.ci/docker/start-registry.sh")"
pushed="$(nx run api:docker-build --push --registry "$registry")"
expect_in "$pushed" "^api .*pushed $registry/todo-chatbot/api:[0-9a-f]+@sha256:[0-9a-f]{64}" "api was not pushed with a digest"
node -e '
  const record = JSON.parse(require("fs").readFileSync("dist/images/api.json", "utf8"));
  if (!/^sha256:[0-9a-f]{64}$/.test(record.digest) || record.registry !== process.argv[1]) {
    console.error("dist/images/api.json lacks the pushed digest:", record);
    process.exit(1);
  }
  console.log("recorded", `${record.registry}/${record.repository}:${record.tag}@${record.digest}`);
' "$registry"
again="$(nx run api:docker-build --push --registry "$registry")"
expect_in "$again" '^api .* skipped \(exists in the registry\)' "the second push did not find the image in the registry"

printf '\nE2E PASSED: build all, skip unchanged, affected-only plan, detailed exit code 2/0/1, shared-lib plan, test support changes no tag, new service, push with digest\n'
