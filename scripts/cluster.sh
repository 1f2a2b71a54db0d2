#!/bin/sh
# Starts or stops a whole cluster on loopback (issue 15; docs/DEPLOYMENT.md): three nats-server nodes with JetStream
# (one NATS cluster, the change stream replicated three times), one indexer, two search nodes and nginx in front.
#
#   scripts/cluster.sh up DIR [BASE_PORT]   start everything (BASE_PORT default 24000), wait until every node is ready,
#                                           write DIR/cluster.env and one pid file per process under DIR/pids/
#   scripts/cluster.sh down DIR             stop what `up` started (SIGTERM, then SIGKILL after 20 s)
#   scripts/cluster.sh start DIR NAME       start one process of the cluster again (nats-1, indexer, search-2, ...),
#                                           with the command line `up` gave it (DIR/run/NAME.sh), after it was stopped
#
# Ports, from BASE_PORT: NATS clients +1..+3, NATS routes +11..+13, NATS monitoring +21..+23, indexer +30, search
# nodes +31 and +32, nginx +40. DIR/cluster.env gives NGINX_URL, API_KEY, NATS_URLS, INDEXER_URL, SEARCH_1_URL and
# SEARCH_2_URL. Needs nats-server and nginx (scripts/test.sh installs both) and the .NET SDK; the server is published
# once into DIR/app, unless SEARCHENGINE_SERVER_DLL names a built SearchEngine.Server.dll to run instead (the tests').
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)

die() { echo "cluster.sh: $*" >&2; exit 1; }

# Waits until URL answers 200, at most $2 half-seconds; returns 1 when it never does.
wait_ok() {
  i=0
  while [ "$i" -lt "$2" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)
    [ "$code" = "200" ] && return 0
    i=$((i + 1)); sleep 0.5
  done
  return 1
}

# Quotes each argument for sh.
quote() {
  for a in "$@"; do printf "'%s' " "$(printf '%s' "$a" | sed "s/'/'\\\\''/g")"; done
}

# Writes DIR/run/NAME.sh (the program and its arguments, exec'd so the pid is the program's) and starts it.
start() {
  name=$1; shift
  printf '#!/bin/sh\nexec %s\n' "$(quote "$@")" > "$dir/run/$name.sh"
  run "$name"
}

# Starts DIR/run/NAME.sh in the background: its output in DIR/logs/NAME.log (appended), its pid in DIR/pids/NAME.pid.
run() {
  nohup sh "$dir/run/$1.sh" >> "$dir/logs/$1.log" 2>&1 &
  echo $! > "$dir/pids/$1.pid"
}

up() {
  command -v nats-server >/dev/null 2>&1 || die "nats-server is not installed (scripts/test.sh installs it)"
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  [ -x "$nginx_bin" ] || die "nginx is not installed (scripts/test.sh installs it)"
  [ ! -e "$dir/pids" ] || die "$dir already holds a cluster (scripts/cluster.sh down $dir first)"
  mkdir -p "$dir/pids" "$dir/logs" "$dir/run" "$dir/nginx/logs"
  dir=$(cd "$dir" && pwd)

  server=${SEARCHENGINE_SERVER_DLL:-}
  if [ -z "$server" ]; then
    dotnet publish "$here/src/SearchEngine.Server" -c Release -o "$dir/app" --nologo -v quiet >"$dir/logs/publish.log" 2>&1 \
      || die "publishing the server failed; see $dir/logs/publish.log"
    server="$dir/app/SearchEngine.Server.dll"
  fi
  [ -f "$server" ] || die "no server at $server"

  api_key=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  routes="nats-route://127.0.0.1:$((base + 11)),nats-route://127.0.0.1:$((base + 12)),nats-route://127.0.0.1:$((base + 13))"
  nats_urls="nats://127.0.0.1:$((base + 1)),nats://127.0.0.1:$((base + 2)),nats://127.0.0.1:$((base + 3))"
  for n in 1 2 3; do
    mkdir -p "$dir/nats-$n"
    start "nats-$n" nats-server -n "nats-$n" -a 127.0.0.1 -p $((base + n)) -m $((base + 20 + n)) -js -sd "$dir/nats-$n" \
      --cluster_name search --cluster "nats://127.0.0.1:$((base + 10 + n))" --routes "$routes"
  done
  for n in 1 2 3; do
    wait_ok "http://127.0.0.1:$((base + 20 + n))/healthz?js-enabled-only=true" 60 || die "nats-$n did not start; see $dir/logs/nats-$n.log"
  done

  # Every node: the API key, nginx trusted for the client's address, no per-client rate limit (one test client makes
  # all the requests of a load run), and the cluster settings.
  node() {
    name=$1; role=$2; port=$3
    mkdir -p "$dir/$name"
    start "$name" dotnet "$server" --urls "http://127.0.0.1:$port" \
      --Search:IndexPath="$dir/$name/index" --Search:SampleArticlesPath="" --Search:ApiKey="$api_key" \
      --Search:TrustedProxies:0=127.0.0.1 --Search:RateLimitPermits=0 \
      --Search:Cluster:Urls="$nats_urls" --Search:Cluster:Role="$role" --Search:Cluster:NodeName="$name"
  }
  node indexer indexer $((base + 30))
  node search-1 search $((base + 31))
  node search-2 search $((base + 32))

  reads=$(printf '        server 127.0.0.1:%s max_fails=1 fail_timeout=5s;\\n' $((base + 31)) $((base + 32)))
  writes=$(printf '        server 127.0.0.1:%s max_fails=0;\\n' $((base + 31)) $((base + 32)))
  sed -e "s#@PREFIX@#$dir#g" -e "s#@LISTEN@#127.0.0.1:$((base + 40))#g" -e "s#@READ_SERVERS@#$reads#" -e "s#@WRITE_SERVERS@#$writes#" \
    "$here/deploy/nginx.conf.template" > "$dir/nginx.conf"
  # nginx's workers run as nobody when started by root: they write their temporary files here.
  chmod 1777 "$dir/nginx"
  "$nginx_bin" -t -q -c "$dir/nginx.conf" -p "$dir/nginx" >"$dir/logs/nginx-test.log" 2>&1 || die "nginx rejects $dir/nginx.conf; see $dir/logs/nginx-test.log"
  "$nginx_bin" -c "$dir/nginx.conf" -p "$dir/nginx" >>"$dir/logs/nginx.log" 2>&1 || die "nginx did not start; see $dir/logs/nginx.log"

  for name in indexer search-1 search-2; do
    case $name in indexer) port=$((base + 30));; search-1) port=$((base + 31));; *) port=$((base + 32));; esac
    wait_ok "http://127.0.0.1:$port/healthz/ready" 240 || die "$name did not become ready; see $dir/logs/$name.log"
  done
  wait_ok "http://127.0.0.1:$((base + 40))/healthz/ready" 20 || die "nginx does not reach the search nodes; see $dir/logs/nginx-error.log"

  cat > "$dir/cluster.env" <<ENV
NGINX_URL=http://127.0.0.1:$((base + 40))
API_KEY=$api_key
NATS_URLS=$nats_urls
INDEXER_URL=http://127.0.0.1:$((base + 30))
SEARCH_1_URL=http://127.0.0.1:$((base + 31))
SEARCH_2_URL=http://127.0.0.1:$((base + 32))
ENV
  echo "cluster.sh: up; settings in $dir/cluster.env"
}

down() {
  [ -d "$dir/pids" ] || die "$dir holds no cluster"
  # nginx first (it stops taking requests), then the .NET nodes, then NATS.
  for name in nginx indexer search-1 search-2 nats-1 nats-2 nats-3; do
    f="$dir/pids/$name.pid"
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    kill -TERM "$pid" 2>/dev/null || true
  done
  for name in nginx indexer search-1 search-2 nats-1 nats-2 nats-3; do
    f="$dir/pids/$name.pid"
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    i=0
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 40 ]; do i=$((i + 1)); sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$f"
  done
  rmdir "$dir/pids" 2>/dev/null || true
  echo "cluster.sh: down"
}

[ $# -ge 2 ] || die "usage: scripts/cluster.sh up DIR [BASE_PORT] | down DIR | start DIR NAME"
command=$1; dir=$2
case $command in
  up) base=${3:-24000}; up ;;
  down) down ;;
  start)
    [ $# -eq 3 ] && [ -f "$dir/run/$3.sh" ] || die "no process named '${3:-}' in $dir/run"
    run "$3" ;;
  *) die "unknown command '$command': up, down or start" ;;
esac
