#!/bin/sh
# Packs the library packages and the searchctl .NET tool (NyhedZoek.*) with dotnet pack -c Release.
#   ./scripts/pack.sh [--output DIR] [--version-suffix SUFFIX] [--build-dir DIR]
#   --output DIR             where the .nupkg and .snupkg files go (default artifacts/, git-ignored)
#   --version-suffix SUFFIX  a prerelease suffix: 0.1.0-SUFFIX instead of the VersionPrefix of Directory.Build.props
#   --build-dir DIR          build in DIR (bin, obj) instead of the projects' own bin/ and obj/, so a packing test
#                            leaves the working tree's builds alone
set -eu
cd "$(dirname "$0")/.."

output=artifacts
suffix=""
build_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --output) output="$2"; shift 2 ;;
    --version-suffix) suffix="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    *) echo "pack.sh: unknown argument '$1'; usage: pack.sh [--output DIR] [--version-suffix SUFFIX] [--build-dir DIR]" >&2; exit 2 ;;
  esac
done

# The packable projects; every other project says IsPackable false (Directory.Build.props).
projects="src/SearchEngine.Analysis src/SearchEngine.Core src/SearchEngine.News src/SearchEngine.Engines.LuceneNet
src/SearchEngine.Engines.Native src/SearchEngine.Hosting tools/SearchEngine.Cli"

set -- -c Release --nologo -p:ContinuousIntegrationBuild=true
[ -n "$suffix" ] && set -- "$@" --version-suffix "$suffix"
[ -n "$build_dir" ] && set -- "$@" --artifacts-path "$build_dir"

# The tool references every library but the hosting one; these two builds compile them all, and each pack reuses them.
dotnet build tools/SearchEngine.Cli "$@"
dotnet build src/SearchEngine.Hosting "$@"
for project in $projects; do
  dotnet pack "$project" "$@" --no-build --output "$output"
done
echo "pack.sh: packages in $output:"
ls "$output"
