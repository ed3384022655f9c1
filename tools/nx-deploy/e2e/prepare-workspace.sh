#!/usr/bin/env bash
# Copies the working tree (tracked and untracked files, minus ignored ones) into a fresh git
# repository, shares node_modules and .toolchain, and registers @todo/nx-deploy in its nx.json
# when the checkout does not yet. Prints the new workspace path.
set -euo pipefail

source_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/nx-deploy-e2e.XXXXXX")"

(cd "$source_root" && git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done \
  | tar --null -T - -cf -) | tar -C "$work" -xf -
ln -s "$source_root/node_modules" "$work/node_modules"
[ -d "$source_root/.toolchain" ] && ln -s "$source_root/.toolchain" "$work/.toolchain"

node -e '
  const fs = require("node:fs");
  const path = process.argv[1] + "/nx.json";
  const nx = JSON.parse(fs.readFileSync(path, "utf8"));
  const registered = (nx.plugins ?? []).some((p) => (typeof p === "string" ? p : p.plugin) === "@todo/nx-deploy");
  if (!registered) {
    nx.plugins = [...(nx.plugins ?? []), { plugin: "@todo/nx-deploy", options: {} }];
    fs.writeFileSync(path, JSON.stringify(nx, null, 2) + "\n");
  }
' "$work"

cd "$work"
git init -q -b main
git -c user.name=e2e -c user.email=e2e@example.com add -A
git -c user.name=e2e -c user.email=e2e@example.com commit -q -m "workspace under test"
echo "$work"
