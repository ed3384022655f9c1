#!/usr/bin/env bash
# Starts a throwaway local OCI registry (Debian's docker-registry) on 127.0.0.1:5000 for push
# tests, without the package's default htpasswd auth. Idempotent; prints the registry address.
set -euo pipefail
address=127.0.0.1:5000

if curl -fsS "http://$address/v2/" >/dev/null 2>&1; then
  echo "$address"
  exit 0
fi
if ! command -v docker-registry >/dev/null; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-registry >/dev/null
  # The package starts its own service where an init system runs; ours is configured below.
  pkill -f '^/usr/bin/docker-registry' 2>/dev/null || true
fi

state=$(mktemp -d)
cat >"$state/config.yml" <<CFG
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $state/data
http:
  addr: $address
CFG
nohup docker-registry serve "$state/config.yml" >"$state/registry.log" 2>&1 &
for _ in $(seq 1 30); do
  curl -fsS "http://$address/v2/" >/dev/null 2>&1 && { echo "$address"; exit 0; }
  sleep 0.5
done
cat "$state/registry.log" >&2
echo "the local registry did not start" >&2
exit 1
