# shellcheck shell=bash
# Sourced by the scripts here. Debian's docker client (20.10) has BuildKit built in; the
# stock /usr/local/bin/docker on these machines has no buildx and falls back to the legacy builder.
export DOCKER_BUILDKIT=1
DOCKER_CLI=${DOCKER_CLI:-/usr/bin/docker}
docker() { "$DOCKER_CLI" "$@"; }

workspace_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# The base image name comes from the app Dockerfiles, so the local stand-in carries exactly
# the name a user's build pulls.
base_image_name() {
  local names
  names=$(sed -n 's/^FROM \(node:[^ ]*\).*/\1/p' "$workspace_root"/apps/*/Dockerfile | sort -u)
  if [ "$(printf '%s\n' "$names" | grep -c .)" -ne 1 ]; then
    echo "expected one node base image across apps/*/Dockerfile, found: ${names:-none}" >&2
    return 1
  fi
  printf '%s\n' "$names"
}

compose_file=$workspace_root/deploy/compose/docker-compose.yml

# Likewise the Postgres image name comes from the compose file.
postgres_image_name() {
  local names
  names=$(sed -n 's/^ *image: *\(postgres:[^ ]*\) *$/\1/p' "$compose_file" | sort -u)
  if [ "$(printf '%s\n' "$names" | grep -c .)" -ne 1 ]; then
    echo "expected one postgres image in $compose_file, found: ${names:-none}" >&2
    return 1
  fi
  printf '%s\n' "$names"
}
