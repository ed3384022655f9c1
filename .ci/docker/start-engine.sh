#!/usr/bin/env bash
# Starts dockerd (Debian's docker.io) on the default socket unless one already answers with its
# default bridge in place (without docker0 every build step that needs a network fails).
set -euo pipefail
source "$(dirname "$0")/env.sh"

log_file=${DOCKERD_LOG:-/var/log/dockerd.log}

if docker info >/dev/null 2>&1; then
  if ip link show docker0 >/dev/null 2>&1; then
    echo "docker engine already running"
    exit 0
  fi
  echo "docker engine running without its docker0 bridge: restarting it"
  kill "$(cat /var/run/docker.pid)"
  for _ in $(seq 1 60); do [ -e /var/run/docker.pid ] || break; sleep 0.5; done
fi

nohup dockerd -H unix:///var/run/docker.sock >"$log_file" 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1 && ip link show docker0 >/dev/null 2>&1; then
    echo "docker engine ready (log: $log_file)"
    exit 0
  fi
  sleep 0.5
done
echo "dockerd did not answer within 30 s; last log lines:" >&2
tail -n 20 "$log_file" >&2
exit 1
