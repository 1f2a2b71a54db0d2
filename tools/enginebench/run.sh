#!/usr/bin/env bash
# run.sh: the two engines beside the bare Lucene.Net 4.8 peer and Java Lucene 8, on one corpus and query file, in
# one run: per round, each builds its index (wall time, peak RSS, bytes), then times every query (search + facets
# with drill-sideways + one snippet). summary.py turns the rounds into the tables of docs/PERFORMANCE.md.
#
#   python3 ../shared/tools/gen_corpus.py ... --docs 100000 --seed 11 --out /tmp/b11/corpus-100k.jsonl
#   dotnet publish tools/SearchEngine.Cli -c Release -o /tmp/enginebench/bin
#   CORPUS=/tmp/b11/corpus-100k.jsonl BIN=/tmp/enginebench/bin tools/enginebench/run.sh
#   python3 tools/enginebench/summary.py /tmp/enginebench/out
#
# Environment (defaults in brackets):
#   CORPUS   the JSONL corpus (required)
#   BIN      the folder holding searchctl.dll (required): a copy outside the working tree
#   QUERIES  [tests/data/engine-bench-queries.jsonl]
#   OUT      [/tmp/enginebench/out]; round R writes OUT/rR/{native,lucenenet,lnpeer,java}.{index,search}.json, .results.jsonl, .time
#   ROUNDS   [3]   REPEAT [20]   WARMUP [20]   (the peers' --repeat and --warmup, and query-batch's)
#   SHARED   [../shared beside the repository]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
: "${CORPUS:?set CORPUS to the corpus JSONL}"
: "${BIN:?set BIN to the folder holding searchctl.dll}"
QUERIES="${QUERIES:-$repo/tests/data/engine-bench-queries.jsonl}"
OUT="${OUT:-/tmp/enginebench/out}"
ROUNDS="${ROUNDS:-3}"
REPEAT="${REPEAT:-20}"
WARMUP="${WARMUP:-20}"
SHARED="${SHARED:-$repo/../shared}"
IDX="$OUT/indexes"

sh "$SHARED/peers/lucene/build.sh" >&2
CP="$(sh "$SHARED/peers/lucene/build.sh" --cp)"
sh "$SHARED/peers/lucenenet/build.sh" >&2
LNPEER="$(sh "$SHARED/peers/lucenenet/build.sh" --dll)"

# Peak RSS and wall time of a command, into $1.time; the command's stdout into $1.index.json.
timed() {
  local name="$1"; shift
  sync; sleep 2
  /usr/bin/time -f '{"wall_s": %e, "peak_rss_kb": %M}' -o "$name.time" "$@" > "$name.index.json"
}

for round in $(seq 1 "$ROUNDS"); do
  dir="$OUT/r$round"; mkdir -p "$dir"; rm -rf "$IDX"; mkdir -p "$IDX"
  echo "round $round: indexing" >&2
  timed "$dir/native" dotnet "$BIN/searchctl.dll" rebuild --engine native --index "$IDX/native" --source "$CORPUS" --json
  timed "$dir/lucenenet" dotnet "$BIN/searchctl.dll" rebuild --engine lucenenet --index "$IDX/lucenenet" --source "$CORPUS" --json
  timed "$dir/lnpeer" dotnet "$LNPEER" index "$CORPUS" "$IDX/lnpeer" --java-parity
  timed "$dir/java" java -cp "$CP" Peer index "$CORPUS" "$IDX/java"
  echo "round $round: searching" >&2
  dotnet "$BIN/searchctl.dll" query-batch --index "$IDX/native" --queries "$QUERIES" --out "$dir/native.results.jsonl" --repeat "$REPEAT" --warmup "$WARMUP" > "$dir/native.search.json"
  dotnet "$BIN/searchctl.dll" query-batch --index "$IDX/lucenenet" --queries "$QUERIES" --out "$dir/lucenenet.results.jsonl" --repeat "$REPEAT" --warmup "$WARMUP" > "$dir/lucenenet.search.json"
  dotnet "$LNPEER" search "$IDX/lnpeer" "$QUERIES" "$dir/lnpeer.results.jsonl" --repeat "$REPEAT" --warmup "$WARMUP" --time-sideways > "$dir/lnpeer.search.json"
  java -cp "$CP" Peer search "$IDX/java" "$QUERIES" "$dir/java.results.jsonl" --repeat "$REPEAT" --warmup "$WARMUP" --time-sideways > "$dir/java.search.json"
  for engine in native lucenenet lnpeer java; do
    du -sb "$IDX/$engine" | cut -f1 > "$dir/$engine.bytes"
  done
done
echo "done: python3 $here/summary.py $OUT" >&2
