#!/usr/bin/env bash
# Gives CI a working Docker engine and the local Node base image. Idempotent.
# usage: setup.sh [bin dir first on PATH]
# With a bin dir, Debian's docker client is linked there: a stock docker CLI without buildx
# fails every build that sets DOCKER_BUILDKIT=1, as the Nx docker-build executor does.
set -euo pipefail
here=$(dirname "$0")

missing=()
if ! command -v dockerd >/dev/null || [ ! -x /usr/bin/docker ]; then
  missing+=(docker.io)
fi
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ $# -gt 0 ]; then
  mkdir -p "$1"
  ln -sfn /usr/bin/docker "$1/docker"
fi

"$here/start-engine.sh"
"$here/make-base-image.sh"
