#!/usr/bin/env bash
# Prints the image `nx run <app>:docker-build` makes for the current sources (its content-hash
# tag), building it only when that tag is missing. Its summary line goes to stderr, and all of
# nx's output when it fails.
# usage: nx-image.sh <app>
set -euo pipefail
app=${1:?usage: nx-image.sh <app>}
cd "$(dirname "$0")/../.."

output=$(npx nx run "$app:docker-build" --outputStyle=static 2>&1) || { printf '%s\n' "$output" >&2; exit 1; }
# The executor's summary line: "<app>  <image>  built|skipped (...)".
summary=$(printf '%s\n' "$output" | grep "^$app  " || true)
if [ "$(printf '%s\n' "$summary" | grep -c .)" -ne 1 ]; then
  printf '%s\n' "$output" >&2
  echo "nx-image: no single '$app  <image>  ...' line in the docker-build output above" >&2
  exit 1
fi
printf '%s\n' "$summary" >&2
image=$(printf '%s\n' "$summary" | sed 's/^[^ ]*  \([^ ]*\)  .*/\1/')
printf '%s\n' "$image"
