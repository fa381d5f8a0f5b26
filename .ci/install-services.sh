#!/usr/bin/env bash
# Installs PostgreSQL 15 + pgvector (built from Debian's source package), Redis and Chromium.
# Idempotent: quick when everything is already there.
set -euo pipefail
need=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql-15 postgresql-server-dev-15)
[ -d /usr/include/postgresql/15/server ] || need+=(postgresql-server-dev-15)
command -v redis-server >/dev/null || need+=(redis-server)
command -v chromium >/dev/null || need+=(chromium)
command -v dpkg-source >/dev/null || need+=(dpkg-dev)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" make gcc >/dev/null
fi
PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
if [ ! -f "$($PG_CONFIG --sharedir)/extension/vector.control" ]; then
  tmp=$(mktemp -d)
  # Reuse the mirror this machine already uses; only add trixie's deb-src line in a throwaway config.
  mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | awk '{print $2}')
  [ -n "$mirror" ] || mirror=$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | head -1 | awk '{print $2}')
  echo "deb-src [trusted=yes] $mirror trixie main" > "$tmp/sources.list"
  mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial"
  opts=(-o Dir::Etc::sourcelist="$tmp/sources.list" -o Dir::Etc::sourceparts=/dev/null
        -o Dir::State::Lists="$tmp/lists" -o Dir::Cache="$tmp/cache" -o Acquire::AllowInsecureRepositories=true)
  apt-get "${opts[@]}" update -qq
  (cd "$tmp" && apt-get "${opts[@]}" source --download-only pgvector >/dev/null)
  (cd "$tmp" && tar xzf pgvector_*.orig.tar.gz)
  src=$(find "$tmp" -maxdepth 1 -type d -name 'pgvector-*' | head -1)
  make -s -C "$src" PG_CONFIG=$PG_CONFIG OPTFLAGS="" >/dev/null
  make -s -C "$src" install PG_CONFIG=$PG_CONFIG >/dev/null
  rm -rf "$tmp"
fi
echo "services installed: postgres $($PG_CONFIG --version), redis $(redis-server --version | awk '{print $3}'), chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
