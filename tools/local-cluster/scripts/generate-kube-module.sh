#!/usr/bin/env bash
# Writes modules/kube/go.mod: a wrapper module that requires k8s.io/kubernetes at the pinned tag and
# replaces each staging module (the tag's own `=> ./staging/src/...` lines) with its published v0.Y.Z.
# Usage: generate-kube-module.sh [--check]   (--check fails when the committed go.mod/go.sum differ)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../pins.env
source "$here/pins.env"

target="$here/modules/kube"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tag_gomod="$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/^\s*"GoMod": "\(.*\)",$/\1/p')"
[ -s "$tag_gomod" ] || { echo "generate-kube-module: no go.mod for k8s.io/kubernetes@$KUBERNETES_VERSION" >&2; exit 1; }
# Staging modules are published as v0.<minor>.<patch> for kubernetes v1.<minor>.<patch>.
staging_version="v0.${KUBERNETES_VERSION#v1.}"

cd "$work"
go mod init todo-chatbot/local-cluster/kube >/dev/null 2>&1
go_line="$(grep -m1 '^go ' "$tag_gomod")"
go mod edit -go="${go_line#go }"
godebug_line="$(grep -m1 '^godebug ' "$tag_gomod" || true)"
if [ -n "$godebug_line" ]; then
  go mod edit -godebug="${godebug_line#godebug }"
fi
go mod edit -require="k8s.io/kubernetes@$KUBERNETES_VERSION"
staging_modules="$(sed -n 's#^\s*\(k8s\.io/[^ ]*\) => \./staging/src/.*#\1#p' "$tag_gomod")"
[ -n "$staging_modules" ] || { echo "generate-kube-module: no staging replaces found in $tag_gomod" >&2; exit 1; }
for module in $staging_modules; do
  go mod edit -replace="$module=$module@$staging_version"
done
for cmd in kube-apiserver kube-controller-manager kube-scheduler; do
  go mod edit -tool="k8s.io/kubernetes/cmd/$cmd"
done
go mod tidy 2>/dev/null

if [ "${1:-}" = "--check" ]; then
  if ! diff -u "$target/go.mod" go.mod || ! diff -q "$target/go.sum" go.sum >/dev/null; then
    echo "FAIL: tools/local-cluster/modules/kube is not what pins.env generates; run tools/local-cluster/scripts/generate-kube-module.sh" >&2
    exit 1
  fi
  echo "modules/kube matches k8s.io/kubernetes@$KUBERNETES_VERSION ($(echo "$staging_modules" | wc -w) staging replaces)"
  exit 0
fi
mkdir -p "$target"
cp go.mod go.sum "$target/"
echo "wrote modules/kube for k8s.io/kubernetes@$KUBERNETES_VERSION ($(echo "$staging_modules" | wc -w) staging replaces)"
