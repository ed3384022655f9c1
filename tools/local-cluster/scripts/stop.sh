#!/usr/bin/env bash
# Stops the local cluster and deletes it (its etcd data and its kubeconfig context).
# Usage: stop.sh [--name todo-chatbot] [--keep]   (--keep stops the processes but keeps the data)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
name=todo-chatbot
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "stop: unknown option $1 (use --name, --keep)" >&2; exit 2 ;;
  esac
done
kwokctl="$(bash "$here/scripts/cache-dir.sh" kwok)/bin/kwokctl"
if ! [ -x "$kwokctl" ] || ! "$kwokctl" get clusters 2>&1 | grep -qx "$name"; then
  echo "local-cluster: no cluster named $name"
  exit 0
fi
if $keep; then
  "$kwokctl" --v WARN stop cluster --name "$name"
  echo "local-cluster: stopped $name (data kept; start.sh starts it again)"
else
  "$kwokctl" --v WARN delete cluster --name "$name"
  echo "local-cluster: deleted $name and its kubectl context kwok-$name"
fi
