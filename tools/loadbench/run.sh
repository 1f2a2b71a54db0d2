#!/usr/bin/env bash
# run.sh: the search server under wrk with the query mix of search-mix.lua.
#
# Starts the server on 127.0.0.1 (rate limiting off, logging at Warning, so no line per request), waits for
# /healthz, warms it up with the mix, runs wrk once per entry of RUNS, prints the server's RSS, CPU time and
# log warnings, and stops the server (also on Ctrl+C or an error).
#
#   apt-get install -y wrk
#   dotnet publish src/SearchEngine.Server -c Release -o /tmp/loadbench/server
#   INDEX=/tmp/loadbench/index SERVER=/tmp/loadbench/server tools/loadbench/run.sh
#
# Environment (defaults in brackets):
#   INDEX     the index folder to serve (required; build one with `searchctl rebuild --index DIR --source FILE`)
#   SERVER    the folder holding SearchEngine.Server.dll [src/SearchEngine.Server/bin/Release/net10.0]; copy a
#             build out of the working tree so that edits made during the run do not change what is measured
#   PORT      [5391]
#   THREADS   wrk threads [2]
#   WARMUP    warm-up seconds with the mix at the first RUNS connection count, not measured [30]
#   DURATION  seconds per measured run [60]
#   RUNS      connection counts, one measured run each [16 16 16 4]
#   OUT       folder for the server log and each run's wrk output [/tmp/loadbench/out]
#   QUIET_WAIT before each measured run, wait up to this many seconds for the rest of the machine to be
#             quiet (under 0.2 cores busy over 3 s), for a shared machine [0: do not wait]
#   MIX_SEED, MIX_ONLY: passed to search-mix.lua (see its header)
#
# After each run it prints the CPU the server, wrk and the whole machine used during it (in cores), so that
# a run disturbed by other work on the machine shows: machine - server - wrk - stolen is everything else.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
: "${INDEX:?set INDEX to the index folder to serve}"
SERVER="${SERVER:-$repo/src/SearchEngine.Server/bin/Release/net10.0}"
PORT="${PORT:-5391}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-30}"
DURATION="${DURATION:-60}"
RUNS="${RUNS:-16 16 16 4}"
OUT="${OUT:-/tmp/loadbench/out}"
QUIET_WAIT="${QUIET_WAIT:-0}"
url="http://127.0.0.1:$PORT"
script="$here/search-mix.lua"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
[ -f "$SERVER/SearchEngine.Server.dll" ] || { echo "no SearchEngine.Server.dll in $SERVER" >&2; exit 1; }
if curl -s -o /dev/null "$url/healthz"; then echo "something already listens on $url" >&2; exit 1; fi
mkdir -p "$OUT"
log="$OUT/server.log"

dotnet "$SERVER/SearchEngine.Server.dll" \
  --urls "$url" \
  --Search:IndexPath="$INDEX" \
  --Search:RateLimitPermits=0 \
  --Logging:LogLevel:Default=Warning \
  >"$log" 2>&1 &
server_pid=$!
echo "server pid $server_pid, log $log"

stop_server() {
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    echo "server $server_pid stopped"
  fi
}
trap stop_server EXIT

for _ in $(seq 1 120); do
  if health="$(curl -fsS "$url/healthz" 2>/dev/null)"; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { echo "the server exited; see $log" >&2; cat "$log" >&2; exit 1; }
  sleep 0.5
done
[ -n "${health:-}" ] || { echo "no answer from $url/healthz after 60 s" >&2; exit 1; }
echo "healthz: $health"

# CPU seconds (user + system) the server has used so far.
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server_pid/stat"; }
server_mem() { grep -E '^(VmRSS|VmHWM|RssAnon|RssFile)' "/proc/$server_pid/status" | tr -s ' \t' ' ' | tr '\n' ' '; }

# Busy and total jiffies of the whole machine, from the first line of /proc/stat.
# Fields: user nice system idle iowait irq softirq steal; busy counts steal (time the hypervisor gave to others).
machine_jiffies() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6, $9 }' /proc/stat; }
# Cores stolen by the hypervisor between two machine_jiffies samples.
cores_stolen() { awk -v a="$1" -v b="$2" -v n="$(nproc)" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[2] - x[2]; printf "%.2f", (t > 0 ? n * (y[3] - x[3]) / t : 0) }'; }
# Cores busy between two machine_jiffies samples: busy share of the time times the number of cores.
cores_busy() { awk -v a="$1" -v b="$2" -v n="$(nproc)" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[2] - x[2]; printf "%.2f", (t > 0 ? n * (y[1] - x[1]) / t : 0) }'; }

wait_for_quiet() {
  local waited=0 before after busy
  while :; do
    before="$(machine_jiffies)"; sleep 3; after="$(machine_jiffies)"
    busy="$(cores_busy "$before" "$after")"
    if awk -v b="$busy" 'BEGIN { exit !(b < 0.2) }'; then echo "machine quiet ($busy cores busy)"; return; fi
    waited=$((waited + 3))
    if [ "$waited" -ge "$QUIET_WAIT" ]; then echo "machine not quiet after ${waited} s ($busy cores busy); running anyway"; return; fi
  done
}

first_c="${RUNS%% *}"
echo "warm-up: wrk -t$THREADS -c$first_c -d${WARMUP}s (not measured)"
wrk -t"$THREADS" -c"$first_c" -d"${WARMUP}s" --latency -s "$script" "$url" >"$OUT/warmup.txt"
grep '^RESULT' "$OUT/warmup.txt"
echo "after warm-up: $(server_mem)"

i=0
for c in $RUNS; do
  i=$((i + 1))
  if [ "$QUIET_WAIT" -gt 0 ]; then wait_for_quiet; fi
  cpu_before="$(server_cpu)"
  machine_before="$(machine_jiffies)"
  echo "run $i: wrk -t$THREADS -c$c -d${DURATION}s --latency -s $script $url"
  /usr/bin/time -f "%U %S" -o "$OUT/run$i-c$c.wrk-cpu" \
    wrk -t"$THREADS" -c"$c" -d"${DURATION}s" --latency -s "$script" "$url" | tee "$OUT/run$i-c$c.txt"
  machine_after="$(machine_jiffies)"
  cpu_after="$(server_cpu)"
  awk -v a="$cpu_before" -v b="$cpu_after" -v d="$DURATION" -v m="$(cores_busy "$machine_before" "$machine_after")" \
    -v st="$(cores_stolen "$machine_before" "$machine_after")" \
    '{ w = $1 + $2 } END { printf "CPU run %d: server %.2f cores, wrk %.2f cores, machine %.2f cores busy (%.2f stolen by the hypervisor), other work %.2f cores\n", i, (b - a) / d, w / d, m, st, m - (b - a) / d - w / d - st }' \
    i="$i" "$OUT/run$i-c$c.wrk-cpu" | tee -a "$OUT/cpu.txt"
  echo "run $i: $(server_mem)"
  echo
done

echo "server memory after the runs: $(server_mem)"
echo "server log lines at warning or above:"
grep -E '^(warn|fail|crit):' "$log" || echo "  none"
