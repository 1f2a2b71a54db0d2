#!/usr/bin/env bash
# run.sh: the cluster of scripts/cluster.sh measured (docs/PERFORMANCE.md, "The cluster"): replication lag from a
# write's acknowledgement to visible on both search nodes, and requests/s of the search mix through nginx with two
# search nodes and then one.
#
#   tools/clusterbench/run.sh CORPUS.jsonl [ARTICLES]
#
# Environment (defaults in brackets): OUT the run folder [/tmp/clusterbench], BASE_PORT [25000], LAG_WRITES [200],
# DURATION seconds per wrk run [30], CONNECTIONS [16]. Needs nats-server, nginx, curl, wrk and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="${1:?usage: run.sh CORPUS.jsonl [ARTICLES]}"
articles="${2:-5000}"
OUT="${OUT:-/tmp/clusterbench}"
BASE_PORT="${BASE_PORT:-25000}"
LAG_WRITES="${LAG_WRITES:-200}"
DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-16}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

cluster="$OUT/cluster"
rm -rf "$OUT"; mkdir -p "$OUT"
"$repo/scripts/cluster.sh" up "$cluster" "$BASE_PORT"
trap '"$repo/scripts/cluster.sh" down "$cluster"' EXIT
env="$cluster/cluster.env"
# shellcheck disable=SC1090
. "$env"

python3 "$here/cluster_load.py" load "$env" "$corpus" "$articles"
python3 "$here/cluster_load.py" lag "$env" "$LAG_WRITES"

mix() {
  wrk -t2 -c"$CONNECTIONS" -d"${1}s" --latency -s "$repo/tools/loadbench/search-mix.lua" "$NGINX_URL" 2>&1 | grep -E 'RESULT|Non-2xx|Socket errors' || true
}
mix 10 >/dev/null
echo "two search nodes:"; mix "$DURATION"
kill -TERM "$(cat "$cluster/pids/search-2.pid")"
sleep 2
echo "one search node (search-2 stopped):"; mix "$DURATION"
