#!/usr/bin/env bash
# Builds a local stand-in for the official postgres image under the name the compose file
# uses, because CI reaches no registry: a Debian minbase root (debian-root.sh) of the tag's
# suite with Debian's PostgreSQL server of the tag's major, gosu, and an entrypoint with the
# official image's contract (postgres-entrypoint.sh). CI support only: it is never pushed, and
# users pull the official image. Skips the work when the tag already exists.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"

image=$(postgres_image_name)
# Both image scripts read their tag the same way (name:<major>-<suite>): each stands alone in CI.
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "$image already present"
  exit 0
fi

# postgres:<major>-<suite>, e.g. postgres:15-bookworm
tag=${image#postgres:}
major=${tag%%-*}
suite=${tag#*-}
if ! [[ $major =~ ^[0-9]+$ ]] || [ "$suite" = "$tag" ] || [ -z "$suite" ]; then
  echo "make-postgres-image: $image is not postgres:<major>-<debian suite>; the stand-in needs both" >&2
  exit 1
fi

started=$SECONDS
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs
"$here/debian-root.sh" "$suite" "$rootfs"

in_root() { chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive "$@" >>"$work/apt.log" 2>&1; }
failed() { tail -n 30 "$work/apt.log" >&2; echo "make-postgres-image: $*" >&2; exit 1; }
# Nothing may start a service inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
chmod +x "$rootfs/usr/sbin/policy-rc.d"
# The official image's postgres user: uid and gid 999, so a data volume moves between the two.
in_root groupadd --system --gid 999 postgres
in_root useradd --system --gid postgres --uid 999 --home-dir /var/lib/postgresql --shell /bin/bash postgres
in_root apt-get update || failed "apt-get update failed in the $suite root"
# As the official image: the entrypoint makes the cluster in $PGDATA, not the package.
in_root apt-get install -y --no-install-recommends postgresql-common gosu || failed "installing postgresql-common failed"
sed -ri 's/#(create_main_cluster) .*$/\1 = false/' "$rootfs/etc/postgresql-common/createcluster.conf"
in_root apt-get install -y --no-install-recommends "postgresql-$major" \
  || failed "Debian $suite has no installable postgresql-$major for $image"
# ssl-cert made a snakeoil key pair while installing; no key belongs in an image.
rm -f "$rootfs/etc/ssl/private/ssl-cert-snakeoil.key" "$rootfs/etc/ssl/certs/ssl-cert-snakeoil.pem"
rm -rf "$rootfs/usr/sbin/policy-rc.d" "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log "$rootfs"/var/log/apt/*
# The official image listens on every interface by default.
sed -ri "s!^#?(listen_addresses)\s*=\s*\S+.*!\1 = '*'!" "$rootfs/usr/share/postgresql/$major/postgresql.conf.sample"

install -m 0755 "$here/postgres-entrypoint.sh" "$rootfs/usr/local/bin/docker-entrypoint.sh"
mkdir -p "$rootfs/var/lib/postgresql/data"
in_root chown postgres:postgres /var/lib/postgresql/data
chmod 0700 "$rootfs/var/lib/postgresql/data"

tar -C "$rootfs" -c . | docker import --message "debootstrap $suite minbase + Debian postgresql-$major" - "$image" >/dev/null
root_id=$(docker image inspect -f '{{.Id}}' "$image")
# docker import takes no STOPSIGNAL, so the image settings go on in a build from the imported root.
docker build --quiet -t "$image" - >/dev/null <<DOCKERFILE
FROM $image
ENV PATH=/usr/lib/postgresql/$major/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    PG_MAJOR=$major PGDATA=/var/lib/postgresql/data LANG=C.UTF-8
LABEL org.opencontainers.image.description="CI stand-in for the official $image; never pushed"
VOLUME /var/lib/postgresql/data
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
STOPSIGNAL SIGINT
EXPOSE 5432
DOCKERFILE
docker rmi "$root_id" >/dev/null
docker run --rm --entrypoint postgres "$image" --version
echo "$image built in $((SECONDS - started))s"
