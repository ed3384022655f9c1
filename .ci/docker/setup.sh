#!/usr/bin/env bash
# Gives CI a working Docker engine and the local Node base image. Idempotent.
set -euo pipefail
here=$(dirname "$0")

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
[ -x /usr/bin/docker ] || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
fi

"$here/start-engine.sh"
"$here/make-base-image.sh"
