#!/usr/bin/env bash
# Builds one app's image from the workspace root with its OCI labels.
# usage: build-image.sh <app> [tag [docker build flags...]]   (tag defaults to todo-chatbot/<app>:ci)
set -euo pipefail
source "$(dirname "$0")/env.sh"

app=$1
tag=${2:-todo-chatbot/$app:ci}
shift $(($# < 2 ? $# : 2))
cd "$workspace_root"

# Userinfo is dropped from the remote URL so a token in a CI clone never lands in a label.
source_url=${IMAGE_SOURCE:-$(git config --get remote.origin.url | sed -E 's#//[^/@]+@#//#' || true)}
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
# The commit time, not the build time, so the same commit gives the same image config.
created=$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)

docker build --progress=plain -f "apps/$app/Dockerfile" -t "$tag" \
  --build-arg "SOURCE=${source_url:-unknown}" \
  --build-arg "REVISION=$revision" \
  --build-arg "CREATED=$created" \
  "$@" .
