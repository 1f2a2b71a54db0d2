#!/bin/sh
# The test command (README): installs what the tests need on a Debian machine, then runs every test of the
# solution. What it cannot install (no root, no network) only makes the tests that need it skip, with a reason.
#   snowball-data            Snowball stemmer vocabularies, when ../shared/oracles is absent
#   openjdk-17-jdk-headless  javac/java for the Lucene peer in ../shared/peers (analysis parity tests)
#   liblucene8-java          Lucene 8 jars for that peer
#   chromium                 the browser the web front end's tests drive through Playwright (never downloaded by it)
#   hunspell-da, hunspell-nl the spelling dictionaries the embedded entity lexicons are checked against
#   nats-server              NATS with JetStream: the cluster's replicated change log, key-value and object stores (issue 15)
#   nginx                    the load balancer in front of the cluster's search nodes (issue 15)
#   curl                     scripts/cluster.sh's readiness probes
# nginx and nats-server are installed as programs the tests start on loopback, never as system services: no daemon is
# started by the install (policy-rc.d below), and none is left listening on port 80.
set -eu
cd "$(dirname "$0")/.."

missing=""
[ -f /usr/share/snowball/data/danish/voc.txt ] || missing="$missing snowball-data"
command -v javac >/dev/null 2>&1 || missing="$missing openjdk-17-jdk-headless"
ls /usr/share/java/lucene-core-8*.jar >/dev/null 2>&1 || missing="$missing liblucene8-java"
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing="$missing chromium"
[ -f /usr/share/hunspell/da_DK.dic ] || missing="$missing hunspell-da"
[ -f /usr/share/hunspell/nl.dic ] || missing="$missing hunspell-nl"
command -v nats-server >/dev/null 2>&1 || missing="$missing nats-server"
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing="$missing nginx"
command -v curl >/dev/null 2>&1 || missing="$missing curl"

if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    sudo="unavailable"
  fi
  if [ "$sudo" = "unavailable" ]; then
    echo "test.sh: cannot install$missing (not root, no sudo); the tests that need them will be skipped" >&2
  else
    echo "test.sh: installing$missing" >&2
    # A package's maintainer script starts its service (nginx on port 80) unless /usr/sbin/policy-rc.d forbids it
    # (exit 101, as Docker images have it): where there is none, one is put there for the install and removed after.
    policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      policy=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\n# test.sh: no service starts while it installs packages\nexit 101\n' | $sudo tee "$policy" >/dev/null
      $sudo chmod 755 "$policy"
    fi
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null; } \
      || echo "test.sh: apt-get could not install$missing; the tests that need them will be skipped" >&2
    [ -z "$policy" ] || $sudo rm -f "$policy"
  fi
fi

# Every test on the default engine (lucenenet); the facade's contract tests run both engines in that pass. Then the
# server's HTTP tests (not the browser's) and searchctl's tests again on the native engine, which they build their
# indexes with when SEARCHENGINE_TEST_ENGINE says so.
dotnet test SearchEngine.sln -c Release --logger "console;verbosity=normal"
for project in tests/SearchEngine.Server.Tests tests/SearchEngine.Cli.Tests; do
  SEARCHENGINE_TEST_ENGINE=native dotnet test "$project" -c Release --no-build --filter "FullyQualifiedName!~.Browser." \
    --logger "console;verbosity=normal"
done
