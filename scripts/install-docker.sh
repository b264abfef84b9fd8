#!/usr/bin/env bash
# Makes a Docker engine with Compose v2 answer on a Debian host, using only
# Debian's own packages: docker.io and Compose v2 from trixie (bookworm has no
# Compose v2), through a trixie source pinned low so nothing else is upgraded.
# Does nothing where `docker info` and `docker compose version` already work.
# Needs root for the install; starting dockerd needs root too.
set -euo pipefail

log() { printf 'install-docker: %s\n' "$*" >&2; }

engine_answers() { timeout 10 docker info >/dev/null 2>&1; }
compose_v2() { timeout 10 docker compose version 2>/dev/null | grep -qE 'v?2\.'; }

if command -v docker >/dev/null 2>&1 && engine_answers && compose_v2; then
  log "Docker engine and Compose v2 already answer; nothing to do."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  log "not root: install Docker Engine and Compose v2 yourself (see README 'Setup')."
  exit 1
fi

add_trixie_source() {
  local src=/etc/apt/sources.list.d/debian.sources
  local dst=/etc/apt/sources.list.d/rtr-trixie.sources
  [ -f "$dst" ] && return 0
  if [ ! -f "$src" ]; then
    log "no $src to copy the Debian source from; add a trixie source by hand."
    exit 1
  fi
  # Copy the first stanza (the main archive) of the existing source, changing
  # only the suite, so the mirror this machine already uses is reused.
  awk 'BEGIN{RS=""; ORS="\n\n"} NR==1{print; exit}' "$src" |
    sed -E 's/^Suites:.*/Suites: trixie/' >"$dst"
  cat >/etc/apt/preferences.d/rtr-trixie <<'PIN'
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
}

need_packages() {
  command -v dockerd >/dev/null 2>&1 || return 0
  command -v docker >/dev/null 2>&1 || return 0
  [ -x /usr/libexec/docker/cli-plugins/docker-compose ] || return 0
  return 1
}

if need_packages; then
  add_trixie_source
  log "apt-get update"
  apt-get update -qq
  log "installing docker.io and docker-compose from trixie"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t trixie \
    --no-install-recommends docker.io docker-cli docker-compose iptables >/dev/null
fi

if ! engine_answers; then
  log "starting dockerd in the background (log: /var/log/rtr-dockerd.log)"
  # A stale pid file from an earlier, killed dockerd stops a new one starting.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  # Its own session: whatever started this script (a test runner, CI) can end
  # without taking the engine with it.
  setsid nohup dockerd >/var/log/rtr-dockerd.log 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    engine_answers && break
    sleep 1
  done
fi

if ! engine_answers; then
  log "dockerd did not answer within 60 s; last lines of its log:"
  tail -n 30 /var/log/rtr-dockerd.log >&2 || true
  exit 1
fi
if ! compose_v2; then
  log "the engine answers but 'docker compose version' is not v2."
  exit 1
fi
log "ready: $(docker version --format 'engine {{.Server.Version}}'), $(docker compose version --short)"
