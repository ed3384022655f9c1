#!/usr/bin/env bash
# The deploy suite against a live Kubernetes API server (tools/local-cluster: kube-apiserver,
# etcd, controllers, kwok nodes), with real Nx, real helm 4 and images from the real dockerd.
# Run after .ci/docker/setup.sh and `npx nx run local-cluster:start`. kwok runs no containers:
# its stages mark pods Running/Ready (and hook Jobs Complete); the images are proven by the
# docker smoke tests, this suite proves the orchestration.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_root="$(cd "$here/../../.." && pwd)"
source "$here/lib.sh"

context=kwok-todo-chatbot
namespace=todo-chatbot
release=todo-chatbot
kubectl_bin="$source_root/.toolchain/bin/kubectl"
helm_bin="$source_root/.toolchain/bin/helm"
kc() { "$kubectl_bin" --context "$context" "$@"; }
k() { kc --namespace "$namespace" "$@"; }
h() { "$helm_bin" --kube-context "$context" --namespace "$namespace" "$@"; }
revisions() { h history "$release" --output json | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).length)'; }
# helm keeps 10 revisions in its history by default: past that, count by number, not by entries.
current_revision() { h status "$release" --output json | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).version)'; }
live_image() { k get deployment "todo-chatbot-$1" -o jsonpath='{.spec.template.spec.containers[0].image}'; }
planned_image() { sed -nE "s/^$1 +$1 +.* → +([^ ]+) .*/\\1/p" <<<"$2" | head -1; }
secret_value() { k get secret todo-chatbot-secrets -o "jsonpath={.data.$1}"; }
# Runs inside $(…), so the figure goes to a file, not a variable.
figures="$(mktemp)"
timed() {
  local label="$1" started=$SECONDS status=0
  shift
  "$@" || status=$?
  echo "$label: $((SECONDS - started))s" >>"$figures"
  return "$status"
}

docker info >/dev/null 2>&1 || fail "no container engine answers: run .ci/docker/setup.sh first"
kc get --raw /readyz >/dev/null 2>&1 || fail "no API server behind context $context: run npx nx run local-cluster:start"
suite_started=$SECONDS

step "fresh start: no release, no namespace"
h uninstall "$release" --wait >/dev/null 2>&1 || true
kc delete namespace "$namespace" --ignore-not-found --wait >/dev/null

work="$("$here/prepare-workspace.sh")"
work_b=""
trap 'rm -rf "$work" "$figures" ${work_b:+"$work_b"}' EXIT
cd "$work"
run_id="$(date +%s%N)"
# Steps add values to the environment file; each starts again from the committed one.
original_env="$work/kwok.yaml.committed"
cp deploy/environments/kwok.yaml "$original_env"

step "9. every chart scenario and every file in k8s/ passes kubectl apply --dry-run=server (validation, admission, unknown fields)"
kc create namespace "$namespace" >/dev/null
out="$(kc apply --dry-run=server --validate=strict -f k8s/ 2>&1)" || fail "k8s/ is refused by the API server: $out"
expect_in "$out" 'deployment.apps/todo-chatbot-api created \(server dry run\)' "k8s/ was not validated by the server"
kube_version="$(kc version -o json | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).serverVersion.gitVersion)')"
# One line per scenario: its name, then its values files (layered as the chart's lint does).
scenarios="$(node --input-type=module -e '
  import { listScenarios } from "./tools/chart-tests/scripts/lib/scenarios.mjs";
  for (const { name, valuesFiles } of listScenarios("helm/todo-chatbot-chart")) console.log([name, ...valuesFiles].join(" "));
')"
while read -r scenario files; do
  name="dry-run-$scenario-$RANDOM"
  kc create namespace "$name" >/dev/null
  values=()
  for file in $files; do values+=(--values "$file"); done
  out="$("$helm_bin" template "$release" helm/todo-chatbot-chart --namespace "$name" --kube-version "$kube_version" "${values[@]}" \
    | kc apply --dry-run=server --validate=strict -f - 2>&1)" || fail "scenario $scenario is refused by the API server: $out"
  echo "scenario $scenario: $(grep -c 'server dry run' <<<"$out") objects accepted by the server"
  kc delete namespace "$name" --wait=false >/dev/null
done <<<"$scenarios"
unknown="$(printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: probe, namespace: %s}\nspec: {}\n' "$namespace" | kc apply --dry-run=server --validate=strict -f - 2>&1 || true)"
expect_in "$unknown" 'unknown field "spec"' "the server did not refuse an unknown field (is --validate=strict effective?)"

step "1. first install with run-many: revision 1, every Deployment Available, migration hook Job completed, the Secret made once"
first="$(timed "first install (both images built or found)" nx run-many -t deploy --env kwok)"
expect_in "$first" 'first install' "the plan did not see a first install"
expect_in "$first" "Deployed: release $release is at revision 1 in $namespace" "the first install did not report revision 1"
expect_in "$first" 'rollout +[0-9]+s +Deployment/todo-chatbot-api +1 desired' "no rollout progress rows were shown"
expect_in "$first" 'Verified: every service of todo-chatbot answered its readiness check' "the helm test checks did not run"
[ "$(revisions)" = 1 ] || fail "expected one revision after the first install"
k wait --for=condition=Available deployment --all --timeout=30s >/dev/null || fail "a Deployment is not Available"
h status "$release" --output json | node -e '
  const status = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const migrate = status.hooks.find((hook) => hook.name === "todo-chatbot-migrate");
  if (status.info.status !== "deployed" || migrate?.last_run?.phase !== "Succeeded") {
    console.error("the migration hook Job did not complete:", JSON.stringify(migrate?.last_run));
    process.exit(1);
  }
  console.log(`migration hook Job: ${migrate.last_run.phase} (${migrate.last_run.started_at} → ${migrate.last_run.completed_at})`);
'
auth_secret="$(secret_value AUTH_SECRET)"
db_password="$(secret_value POSTGRES_PASSWORD)"
[ -n "$auth_secret" ] && [ -n "$db_password" ] || fail "the chart did not generate AUTH_SECRET and POSTGRES_PASSWORD"
api_rev1="$(live_image api)"
web_rev1="$(live_image web)"

step "2. an api-only commit: nx affected deploys revision 2, api gets the new image, web keeps its generation and image"
echo "// e2e: api-only change $run_id" >>apps/api/src/main.ts
commit "touch api"
web_generation="$(k get deployment todo-chatbot-web -o jsonpath='{.metadata.generation}')"
affected="$(timed "affected deploy (api image built)" nx affected -t deploy --env kwok --base=HEAD~1)"
expect_in "$affected" "current images: release $release in $namespace \\($context\\), revision 1" "the plan did not read the live release"
expect_in "$affected" "^api +api +${api_rev1//./\\.} +→ +todo-chatbot/api:[0-9a-f]+ +built +update" "api's current image is not the live one"
expect_in "$affected" "^web +web +${web_rev1//./\\.} +→ +${web_rev1//./\\.} +- +kept" "web does not keep its live image"
expect_in "$affected" "Deployed: release $release is at revision 2" "the affected deploy did not make revision 2"
api_rev2="$(planned_image api "$affected")"
[ "$(live_image api)" = "$api_rev2" ] || fail "the api Deployment runs $(live_image api), not $api_rev2"
[ "$(live_image web)" = "$web_rev1" ] || fail "web's image changed"
[ "$(k get deployment todo-chatbot-web -o jsonpath='{.metadata.generation}')" = "$web_generation" ] || fail "web's Deployment changed generation"

step "3. nothing changed: no helm upgrade, no new revision"
noop="$(timed "no-op deploy" nx affected -t deploy --env kwok --base=HEAD~1)"
expect_in "$noop" "Nothing to deploy: release $release revision 2" "a no-op deploy did not say so"
expect_not_in "$noop" 'helm upgrade --install' "a no-op deploy ran helm upgrade"
[ "$(revisions)" = 2 ] || fail "a no-op deploy made a revision"

step "3b. --detailed-exitcode through deploy-plan.mjs: 0 with nothing to change (and --plan of that plan runs no upgrade), 2 once a change is planned"
gate() { node tools/nx-deploy/bin/deploy-plan.mjs affected -t deploy --env kwok --base=HEAD~1 --outputStyle=static 2>&1; }
status=0
unchanged_gate="$(gate)" || status=$?
[ "$status" = 0 ] || fail "a plan with nothing to change exited $status, not 0: $unchanged_gate"
expect_in "$unchanged_gate" "deploy-plan: no changes to release $release \\(kwok\\); plan in tmp/deploy-plan.json \\(exit 0\\)" "the gate did not say no changes"
nothing="$(nx run-many -t deploy --env kwok --plan tmp/deploy-plan.json)"
expect_in "$nothing" "Nothing to deploy: plan tmp/deploy-plan.json \\(made .* against revision 2\\) changes nothing; no helm upgrade" "a plan without changes was applied"
echo "// e2e: gated api change $run_id" >>apps/api/src/main.ts
status=0
changed_gate="$(gate)" || status=$?
[ "$status" = 2 ] || fail "a plan with an api change exited $status, not 2: $changed_gate"
expect_in "$changed_gate" "deploy-plan: changes to release $release \\(kwok\\): api update; plan in tmp/deploy-plan.json \\(exit 2\\)" "the gate did not name the change"
node -e 'const p = require("./tmp/deploy-plan.json"); if (p.changes !== true || p.revision !== 2) { console.error("plan:", p.changes, p.revision); process.exit(1); }' \
  || fail "the plan file does not carry the verdict against revision 2"
git checkout -q -- apps/api/src/main.ts
[ "$(revisions)" = 2 ] || fail "planning made a revision"

step "3c. --explain names the edited lib and file for the service that uses it, unchanged for the other"
recorded_revision="$(h get values "$release" --output json | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).services.api.image.revision)')"
[ "$recorded_revision" = "$(git rev-parse HEAD)" ] || fail "the release records api's revision as $recorded_revision, not the commit it was built from"
echo "// e2e: explained db change $run_id" >>libs/db/src/index.ts
explained="$(nx run-many -t deploy --env kwok --dry-run --explain)"
expect_in "$explained" "^  api: ${api_rev2//./\\.} runs → todo-chatbot/api:[0-9a-f]+; inputs changed since ${recorded_revision:0:12} \\(the commit the running image was built from\\):" "api's tag is not explained against its revision"
expect_in "$explained" "^    lib db \\(libs/db\\):\$" "the edited lib is not named"
expect_in "$explained" "^      modified libs/db/src/index.ts\$" "the edited file is not named"
expect_not_in "$explained" "own files \\(apps/api\\)" "api's own files are named, though none changed since its image"
expect_in "$explained" "^  web: unchanged: tag ${web_rev1//./\\.} is running\$" "web, which does not use libs/db, is not unchanged"
git checkout -q -- libs/db/src/index.ts

step "4. a rollout that cannot become ready rolls back by itself and names what failed"
echo "// e2e: broken api $run_id" >>apps/api/src/main.ts
# kwok's chaos stage fails the containers of pods with this label; minReadySeconds lets it strike first.
cat >>deploy/environments/kwok.yaml <<'YAML'
values:
  services:
    api:
      minReadySeconds: 5
      podLabels:
        pod-container-running-failed.stage.kwok.x-k8s.io: "true"
YAML
commit "break api"
status=0
failed="$(timed "failed rollout, diagnosed and rolled back" nx affected -t deploy --env kwok --base=HEAD~1 --timeout 25s)" || status=$?
[ "$status" -ne 0 ] || fail "a failed rollout exited 0"
expect_in "$failed" 'Deployment/todo-chatbot-api: 1 desired' "the failing Deployment is not named"
expect_in "$failed" 'condition (Available|Progressing)=' "the Deployment's conditions are not shown"
expect_in "$failed" 'container api terminated \(containerFailed' "the pods' failure reason is not shown"
expect_in "$failed" 'events:' "no events are shown"
expect_in "$failed" "Rollback result: rolled back to revision 2 \\(now revision 4\\)" "the rollback result is not reported"
expect_in "$failed" 'Deployment/todo-chatbot-api did not become ready' "the error does not name the failing resource"
[ "$(live_image api)" = "$api_rev2" ] || fail "after the rollback api runs $(live_image api), not revision 2's $api_rev2"
git checkout -q HEAD~1 -- deploy/environments/kwok.yaml && commit "unbreak api"

step "5. nx run api:rollback --revision 1, then back one revision"
back="$(nx run api:rollback --env kwok --revision 1)"
expect_in "$back" "Rolled back: release $release runs revision 1 again, as revision 5" "rollback --revision 1 did not report revision 5"
[ "$(live_image api)" = "$api_rev1" ] || fail "rollback --revision 1 left api on $(live_image api)"
back="$(nx run api:rollback --env kwok)"
expect_in "$back" "as revision 6" "rollback did not make revision 6"
[ "$(live_image api)" = "$api_rev2" ] || fail "rolling back one revision left api on $(live_image api), not $api_rev2"

step "6. upgrades and rollbacks never regenerated AUTH_SECRET or the database password"
[ "$(secret_value AUTH_SECRET)" = "$auth_secret" ] || fail "AUTH_SECRET changed"
[ "$(secret_value POSTGRES_PASSWORD)" = "$db_password" ] || fail "POSTGRES_PASSWORD changed"
echo "AUTH_SECRET and POSTGRES_PASSWORD unchanged over $(revisions) revisions"

step "7a. two deploys from two checkouts at once: the second waits for the first's lease"
work_b="$("$here/prepare-workspace.sh")"
echo "// e2e: slow api $run_id" >>apps/api/src/main.ts
printf 'values:\n  services:\n    api:\n      minReadySeconds: 6\n' >>deploy/environments/kwok.yaml
commit "slow api"
nx run api:docker-build >/dev/null
nx run api:deploy --env kwok >"$work/first-deploy.log" 2>&1 &
first_pid=$!
for _ in $(seq 1 60); do k get lease "$release-deploy-lock" >/dev/null 2>&1 && break; sleep 0.5; done
k get lease "$release-deploy-lock" >/dev/null 2>&1 || fail "the first deploy took no lease"
second="$(cd "$work_b" && nx run web:deploy --env kwok)"
wait "$first_pid" || fail "the first of two concurrent deploys failed: $(cat "$work/first-deploy.log")"
expect_in "$second" "Waiting: another deploy of $release holds lease $release-deploy-lock" "the second deploy did not wait for the first"
h history "$release" --output json | node -e '
  const history = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const bad = history.filter((r) => !["superseded", "deployed"].includes(r.status) && !/^Upgrade .* failed/.test(r.description));
  if (bad.length) { console.error("revisions left in flight:", bad); process.exit(1); }
'

step "7b. a helm client outside nx-deploy is upgrading: deploy waits for helm's pending state"
h upgrade "$release" helm/todo-chatbot-chart --values deploy/generated/kwok/values.yaml --set-string services.web.podAnnotations.e2e="$run_id" \
  --set services.web.minReadySeconds=15 --wait=watcher --timeout 90s >"$work/raw-helm.log" 2>&1 &
helm_pid=$!
pending_seen=false
for _ in $(seq 1 240); do
  if h status "$release" -o json 2>/dev/null | grep -q '"status":"pending-upgrade"'; then pending_seen=true; break; fi
  sleep 0.25
done
$pending_seen || fail "the outside helm upgrade never showed pending-upgrade: $(cat "$work/raw-helm.log")"
pending="$(nx run web:deploy --env kwok)"
wait "$helm_pid" || fail "the outside helm upgrade failed: $(cat "$work/raw-helm.log")"
expect_in "$pending" "Waiting: release $release is pending-upgrade" "deploy did not wait for helm's pending-upgrade"
expect_in "$pending" 'Deployed: release' "deploy did not go on after the pending upgrade"

step "8. drift: out-of-band kubectl set image and kubectl scale show in the plan and are put back"
k set image deployment/todo-chatbot-api api=nginx:drift >/dev/null
k scale deployment/todo-chatbot-web --replicas=3 >/dev/null
drift="$(nx run-many -t deploy --env kwok --dry-run)"
expect_in "$drift" 'Drift: 2 live field\(s\) changed out of band' "the plan does not show the drift"
expect_in "$drift" 'Deployment/todo-chatbot-api container api image: live nginx:drift, release todo-chatbot/api:' "the set image is not shown"
expect_in "$drift" 'Deployment/todo-chatbot-web replicas: live 3, release 1' "the scale is not shown"
fixed="$(nx run-many -t deploy --env kwok)"
expect_in "$fixed" 'Deployed: release' "a drifted release was not deployed"
[ "$(live_image api)" != nginx:drift ] || fail "the drifted image was not put back"
[ "$(k get deployment todo-chatbot-web -o jsonpath='{.spec.replicas}')" = 1 ] || fail "the drifted replicas were not put back"

step "11. a failing post-deploy check (helm test) rolls back"
cp "$original_env" deploy/environments/kwok.yaml
# The chaos stage, at once (no delay), on the api's check pod only: the check fails, the pods are fine.
cat >>deploy/environments/kwok.yaml <<'YAML'
values:
  services:
    api:
      verify:
        podLabels:
          pod-container-running-failed.stage.kwok.x-k8s.io: "true"
        podAnnotations:
          pod-container-running-failed.stage.kwok.x-k8s.io/delay: "0"
          pod-container-running-failed.stage.kwok.x-k8s.io/jitter-delay: "0"
YAML
commit "api check fails"
before="$(current_revision)"
status=0
unverified="$(nx run api:deploy --env kwok --timeout 30s)" || status=$?
[ "$status" -ne 0 ] || fail "a failed check exited 0"
expect_in "$unverified" 'Verification of release todo-chatbot failed' "the failed check is not reported"
expect_in "$unverified" 'Job/todo-chatbot-verify-api: 0 succeeded' "the failing check Job is not named"
expect_in "$unverified" "Rollback result: rolled back to revision $before" "the failed check did not roll back"
cp "$original_env" deploy/environments/kwok.yaml && commit "api check passes"
skipped="$(nx run api:deploy --env kwok --no-verify)"
expect_not_in "$skipped" 'helm test' "--no-verify still ran the checks"

step "12. a reviewed plan: --plan-out writes it and deploys nothing, --plan applies exactly it, a stale plan is refused"
echo "// e2e: planned api $run_id" >>apps/api/src/main.ts
commit "planned api"
before="$(current_revision)"
planned="$(nx affected -t deploy --env kwok --base=HEAD~1 --plan-out tmp/kwok-plan.json)"
expect_in "$planned" 'Plan written to tmp/kwok-plan.json \(and tmp/kwok-plan.json.txt to read\); nothing was deployed' "the plan was not written"
[ "$(current_revision)" = "$before" ] || fail "--plan-out deployed"
grep -qE '^api +api .* update' tmp/kwok-plan.json.txt || fail "the readable plan lacks the api update"
planned_api="$(node -e 'const p = require("./tmp/kwok-plan.json"); const a = p.services.find((s) => s.service === "api"); console.log(`${a.after.repository}:${a.after.tag}`); if (p.revision !== Number(process.argv[1])) process.exit(1)' "$before")" \
  || fail "the plan does not name the revision it was made against"
applied="$(nx run-many -t deploy --env kwok --plan tmp/kwok-plan.json)"
expect_in "$applied" "Applying plan tmp/kwok-plan.json \\(made .* against revision $before, still current\\)" "the plan was not applied"
[ "$(live_image api)" = "$planned_api" ] || fail "the applied plan runs $(live_image api), not $planned_api"
status=0
stale="$(nx run-many -t deploy --env kwok --plan tmp/kwok-plan.json)" || status=$?
[ "$status" -ne 0 ] || fail "a stale plan was applied"
expect_in "$stale" "Refusing --plan tmp/kwok-plan.json: the release moved on since the plan: it was made against revision $before" "a stale plan is not refused plainly"

step "13. pushed images run pinned by digest: repo:tag@sha256"
registry="$("$source_root/.ci/docker/start-registry.sh")"
sed -e "s#^registry: .*#registry: $registry#" -e 's#^namespace: .*#namespace: todo-chatbot-pinned#' "$original_env" >deploy/environments/kwok-pinned.yaml
git add -A && commit "pinned environment"
pinned="$(nx run api:deploy --env kwok-pinned --no-verify)"
expect_in "$pinned" "^api .*$registry/todo-chatbot/api:[0-9a-f]+@sha256:[0-9a-f]{64}" "the plan does not pin api by digest"
pinned_image="$(kc --namespace todo-chatbot-pinned get deployment todo-chatbot-api -o jsonpath='{.spec.template.spec.containers[0].image}')"
[[ "$pinned_image" =~ ^$registry/todo-chatbot/api:[0-9a-f]+@sha256:[0-9a-f]{64}$ ]] || fail "the api runs $pinned_image, not a digest-pinned image"
"$helm_bin" --kube-context "$context" --namespace todo-chatbot-pinned uninstall "$release" --wait >/dev/null
kc delete namespace todo-chatbot-pinned --wait=false >/dev/null

step "10. a generated service deploys: billing's Deployment is Available"
nx g @todo/nx-deploy:service billing --no-interactive >/dev/null
git add -A && commit "billing service"
billing="$(timed "affected deploy of a new service (billing image built)" nx affected -t deploy --env kwok --base=HEAD~1)"
expect_in "$billing" '^billing +billing +\(none\) +→ +todo-chatbot/billing:[0-9a-f]+ +(built|skipped) +install' "billing is not planned as an install"
k wait --for=condition=Available deployment/todo-chatbot-billing --timeout=30s >/dev/null || fail "billing is not Available"
expect_in "$billing" 'TEST SUITE: +todo-chatbot-verify-billing' "the new service got no post-deploy check"

step "14. a preview: its own namespace with a TTL label, affected-only inside it, teardown leaves nothing"
preview_ns=todo-preview-feature-login-42
kc delete namespace "$preview_ns" --ignore-not-found --wait >/dev/null
created="$(nx run-many -t deploy --env preview --name feature/Login_42 --no-verify)"
expect_in "$created" "Preview feature/Login_42: namespace $preview_ns, expires " "the preview was not announced"
[ "$(kc get namespace "$preview_ns" -o jsonpath='{.metadata.labels.nx-deploy/preview}')" = true ] || fail "the preview namespace is not labelled"
[ "$(kc get namespace "$preview_ns" -o jsonpath='{.metadata.labels.nx-deploy/ttl}')" = 72h ] || fail "the preview namespace has no TTL label"
kc --namespace "$preview_ns" wait --for=condition=Available deployment --all --timeout=30s >/dev/null || fail "the preview's Deployments are not Available"
preview_web="$(kc --namespace "$preview_ns" get deployment todo-chatbot-web -o jsonpath='{.spec.template.spec.containers[0].image}')"
echo "// e2e: preview api $run_id" >>apps/api/src/main.ts
commit "preview api"
inside="$(nx affected -t deploy --env preview --name feature/Login_42 --base=HEAD~1 --no-verify)"
expect_in "$inside" "current images: release $release in $preview_ns \\($context\\), revision 1" "the preview plan did not read the preview's own release"
expect_in "$inside" "^web +web +${preview_web//./\\.} +→ +${preview_web//./\\.} +- +kept" "web is not kept inside the preview"
expect_in "$inside" '^api +api .* update' "api is not updated inside the preview"
[ "$(k get deployment todo-chatbot-api -o jsonpath='{.spec.template.spec.containers[0].image}')" != "$(kc --namespace "$preview_ns" get deployment todo-chatbot-api -o jsonpath='{.spec.template.spec.containers[0].image}')" ] \
  || fail "the preview deploy touched the kwok environment's release"
status=0
refused="$(nx run api:teardown --env kwok --name x)" || status=$?
[ "$status" -ne 0 ] || fail "teardown of a non-preview environment was not refused"
gone="$(nx run api:teardown --env preview --name feature/Login_42)"
expect_in "$gone" "Preview feature/Login_42 removed: release $release uninstalled, namespace $preview_ns deleted" "teardown did not report"
left="$(kc --namespace "$preview_ns" get all,secrets --no-headers 2>&1 || true)"
expect_in "$left" 'No resources found|NotFound|not found' "teardown left something behind: $left"
kc get namespace "$preview_ns" >/dev/null 2>&1 && fail "the preview namespace still exists"

printf '\nFigures (live API server):\n'
sed 's/^/  /' "$figures"
echo "  cluster suite: $((SECONDS - suite_started))s"
printf '\nE2E PASSED (live API): server dry-run of chart and k8s/, first install, affected deploy, no-op, detailed exit code 0 then 2, --explain, failed rollout rolled back, rollback --revision, secrets kept, concurrent deploys serialised, drift shown and put back, failed check rolled back, a saved plan applied and a stale one refused, digest pinning, a preview deployed affected-only and torn down, new service deployed and checked\n'
