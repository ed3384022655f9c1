#!/usr/bin/env bash
# Builds kube-apiserver, kube-controller-manager, kube-scheduler, etcd, kwok and kwokctl from the
# pinned Go modules into a versioned cache folder outside the clone; a component whose folder
# already holds its binaries is not rebuilt. Prints what it builds and how long each took.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../pins.env
source "$here/pins.env"
export CGO_ENABLED=0 GOFLAGS="${GOFLAGS:-} -buildvcs=false"
jobs="${LOCAL_CLUSTER_BUILD_JOBS:-$(nproc)}"

have_all() { local dir="$1"; shift; for file in "$@"; do [ -s "$dir/$file" ] || return 1; done; }

build_component() {
  local name="$1" version="$2" dir="$3"; shift 3
  local outputs=("$@")
  if have_all "$dir" "${outputs[@]}"; then
    echo "local-cluster: $name $version cached in $dir"
    return
  fi
  echo "local-cluster: building $name $version (${outputs[*]##*/}) ..."
  local started=$SECONDS
  rm -rf "$dir.partial" && mkdir -p "$dir.partial/bin"
  "build_$name" "$dir.partial"
  rm -rf "$dir" && mv "$dir.partial" "$dir"
  echo "local-cluster: built $name $version in $((SECONDS - started))s"
}

build_kube() {
  local minor="${KUBERNETES_VERSION#v1.}"; minor="${minor%%.*}"
  # Without these the binaries report v0.0.0-master, which breaks Helm's .Capabilities.KubeVersion
  # and kwokctl's version checks.
  local ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$KUBERNETES_VERSION
    -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor
    -X k8s.io/component-base/version.gitTreeState=clean
    -X k8s.io/component-base/version.buildDate=1970-01-01T00:00:00Z"
  # -pgo=off: with the default auto PGO each main rebuilds the shared packages with its own profile.
  (cd "$here/modules/kube" && go build -p "$jobs" -pgo=off -trimpath -ldflags "$ldflags" -o "$1/bin/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager k8s.io/kubernetes/cmd/kube-scheduler)
}

build_etcd() {
  (cd "$here/modules/etcd" && go build -p "$jobs" -trimpath \
    -ldflags "-s -w" -o "$1/bin/etcd" .)
}

build_kwok() {
  local ldflags="-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=$KWOK_VERSION"
  GOBIN="$1/bin" go install -trimpath -ldflags "$ldflags" \
    "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION" "sigs.k8s.io/kwok/cmd/kwokctl@$KWOK_VERSION"
  # kwok's own stages, kept beside the binaries: a cluster config that names any stage replaces
  # all the defaults, so start.sh lists these again next to the chaos stage it adds.
  local source
  source="$(go mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
  mkdir -p "$1/stages"
  cp "$source"/kustomize/stage/node/fast/node-initialize.yaml \
    "$source"/kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
    "$source"/kustomize/stage/pod/fast/pod-{ready,complete,delete}.yaml \
    "$source"/kustomize/stage/pod/chaos/pod-container-running-failed.yaml \
    "$source"/kustomize/stage/volume/fast/{pv-bind,pv-delete,pvc-provision,pvc-delete}.yaml "$1/stages/"
  # Not a stage: the default StorageClass those volume stages provision for, applied by start.sh.
  mkdir -p "$1/manifests"
  cp "$source"/kustomize/stage/volume/fast/storage-class.yaml "$1/manifests/"
}

total_started=$SECONDS
build_component kube "$KUBERNETES_VERSION" "$(bash "$here/scripts/cache-dir.sh" kube)" bin/kube-apiserver bin/kube-controller-manager bin/kube-scheduler
build_component etcd "$ETCD_VERSION" "$(bash "$here/scripts/cache-dir.sh" etcd)" bin/etcd
build_component kwok "$KWOK_VERSION" "$(bash "$here/scripts/cache-dir.sh" kwok)" bin/kwok bin/kwokctl stages/pod-ready.yaml manifests/storage-class.yaml
echo "local-cluster: binaries ready in $((SECONDS - total_started))s"
