#!/usr/bin/env bash
# Starts a local Kubernetes control plane (etcd, kube-apiserver, kube-controller-manager,
# kube-scheduler) with kwok's simulated nodes, from the binaries build.sh made. The kubeconfig
# context kwok-<name> is merged into $KUBECONFIG (default ~/.kube/config), as kind and Minikube do.
# Usage: start.sh [--name todo-chatbot] [--nodes 1]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
workspace="$(cd "$here/../.." && pwd)"
# shellcheck source=../pins.env
source "$here/pins.env"
name=todo-chatbot
nodes=1
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="$2"; shift 2 ;;
    --nodes) nodes="$2"; shift 2 ;;
    *) echo "start: unknown option $1 (use --name, --nodes)" >&2; exit 2 ;;
  esac
done
started=$SECONDS

bash "$here/scripts/build.sh"
kube="$(bash "$here/scripts/cache-dir.sh" kube)/bin"
etcd="$(bash "$here/scripts/cache-dir.sh" etcd)/bin"
kwok_dir="$(bash "$here/scripts/cache-dir.sh" kwok)"
kubectl="$workspace/.toolchain/bin/kubectl"
[ -x "$kubectl" ] || node "$workspace/tools/scripts/install-helm.mjs" >/dev/null

# Local binaries are used as they are; the binary runtime never tries docker or downloads.
export KWOK_RUNTIME=binary KWOK_KUBE_VERSION="$KUBERNETES_VERSION" KWOK_ETCD_VERSION="${ETCD_VERSION#v}" KWOK_VERSION \
  KWOK_KUBE_APISERVER_BINARY="$kube/kube-apiserver" \
  KWOK_KUBE_CONTROLLER_MANAGER_BINARY="$kube/kube-controller-manager" \
  KWOK_KUBE_SCHEDULER_BINARY="$kube/kube-scheduler" \
  KWOK_ETCD_BINARY="$etcd/etcd" \
  KWOK_CONTROLLER_BINARY="$kwok_dir/bin/kwok" \
  KWOK_KUBECTL_BINARY="$kubectl"
kwokctl="$kwok_dir/bin/kwokctl"

if "$kwokctl" get clusters 2>&1 | grep -qx "$name"; then
  echo "local-cluster: $name exists; starting it again"
  "$kwokctl" --v WARN start cluster --name "$name" --wait 2m
else
  # The default stages plus the chaos stage, which fails the containers of pods labelled
  # pod-container-running-failed.stage.kwok.x-k8s.io=true (a rollout that cannot become ready).
  config="$(mktemp)"
  trap 'rm -f "$config"' EXIT
  for stage in "$kwok_dir"/stages/*.yaml; do printf -- '---\n' >>"$config"; cat "$stage" >>"$config"; done
  "$kwokctl" --v WARN create cluster --name "$name" --config "$config" --wait 2m
fi
"$kubectl" --context "kwok-$name" apply -f "$kwok_dir/manifests" >/dev/null
"$kwokctl" --v WARN scale node --name "$name" --replicas "$nodes" >/dev/null
"$kubectl" --context "kwok-$name" wait --for=condition=Ready node --all --timeout=60s >/dev/null
"$kubectl" --context "kwok-$name" version
echo "local-cluster: $name ready in $((SECONDS - started))s (kubectl context kwok-$name, $nodes kwok node(s))"
