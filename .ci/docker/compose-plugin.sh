#!/usr/bin/env bash
# Installs Docker Compose as the `docker compose` CLI plugin, built from the Go module pinned in
# compose-module/go.mod into a folder outside the clone keyed by that pin, its go.sum and the Go
# version, so it is built once per machine. Why not Debian's package: docs/decisions/compose-in-ci.md.
# usage: compose-plugin.sh   (installs into $DOCKER_CONFIG/cli-plugins, default ~/.docker/cli-plugins)
set -euo pipefail
source "$(dirname "$0")/env.sh"
module_dir="$(cd "$(dirname "$0")" && pwd)/compose-module"
module=github.com/docker/compose/v5

command -v go >/dev/null || { echo "compose-plugin: Go is needed to build Compose from $module_dir/go.mod" >&2; exit 1; }
version=$(cd "$module_dir" && go list -mod=readonly -m -f '{{.Version}}' "$module")
module_hash=$(cat "$module_dir/go.mod" "$module_dir/go.sum" | sha256sum | cut -c1-12)
cache="${COMPOSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/todo-chatbot/compose}/$version-$module_hash-$(go env GOVERSION)"
plugin_dir="${DOCKER_CONFIG:-$HOME/.docker}/cli-plugins"

if [ -x "$cache/docker-compose" ]; then
  echo "compose-plugin: Compose $version cached in $cache"
else
  echo "compose-plugin: building Compose $version from $module ..."
  started=$SECONDS
  rm -rf "$cache.partial" && mkdir -p "$cache.partial"
  (cd "$module_dir" && CGO_ENABLED=0 GOFLAGS="${GOFLAGS:-} -buildvcs=false" go build -mod=readonly -trimpath \
    -ldflags "-s -w -X $module/internal.Version=$version" -o "$cache.partial/docker-compose" "$module/cmd")
  rm -rf "$cache" && mv "$cache.partial" "$cache"
  echo "compose-plugin: built Compose $version in $((SECONDS - started))s"
fi

mkdir -p "$plugin_dir"
ln -sfn "$cache/docker-compose" "$plugin_dir/docker-compose"
installed=$(docker compose version --short)
if [ "v${installed#v}" != "$version" ]; then
  echo "compose-plugin: docker compose reports '$installed', expected $version (another plugin shadows $plugin_dir?)" >&2
  exit 1
fi
echo "compose-plugin: docker compose $installed ($plugin_dir/docker-compose)"
