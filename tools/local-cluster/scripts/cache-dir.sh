#!/usr/bin/env bash
# Prints the folder (outside the clone) that holds the binaries built from the current pins.
# Each component has its own subfolder keyed by its version and the hash of its module files,
# so changing one pin rebuilds only that component.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="${LOCAL_CLUSTER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/todo-chatbot/local-cluster}"
# shellcheck source=../pins.env
source "$here/pins.env"

module_hash() { cat "$here/modules/$1/go.mod" "$here/modules/$1/go.sum" "$here"/modules/"$1"/*.go 2>/dev/null | sha256sum | cut -c1-12; }
go_version="$(go env GOVERSION)"

case "${1:-root}" in
  root) echo "$root" ;;
  kube) echo "$root/kube-$KUBERNETES_VERSION-$(module_hash kube)-$go_version" ;;
  etcd) echo "$root/etcd-$ETCD_VERSION-$(module_hash etcd)-$go_version" ;;
  kwok) echo "$root/kwok-$KWOK_VERSION-$go_version" ;;
  *) echo "cache-dir: unknown component $1" >&2; exit 2 ;;
esac
