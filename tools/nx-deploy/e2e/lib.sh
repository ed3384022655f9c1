# Helpers shared by the e2e suites (sourced, not run).
export CI=true NX_DAEMON=false NX_NO_CLOUD=true NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s\n' "$*"; }
fail() { printf 'E2E FAILED: %s\n' "$*" >&2; exit 1; }
expect_in() { grep -qE -- "$2" <<<"$1" || fail "$3 (no match for /$2/)"; }
expect_not_in() { ! grep -qE -- "$2" <<<"$1" || fail "$3 (unexpected /$2/)"; }
commit() { git -c user.name=e2e -c user.email=e2e@example.com commit -qam "$1"; }
# Shows Nx's output on stderr and returns it on stdout (no `tee /dev/stderr`: reopening a log file truncates it).
nx() {
  local out status=0
  out="$(npx nx "$@" --outputStyle=static 2>&1)" || status=$?
  printf '%s\n' "$out" >&2
  printf '%s\n' "$out"
  return "$status"
}
