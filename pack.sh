#!/usr/bin/env bash
# Packs every CeuRules package into one folder, each with the same prerelease version of its own, so that a
# NuGet cache never serves an earlier build under the same id and version.
#
#   ./pack.sh [FOLDER] [VERSION]
#
# FOLDER defaults to ./packages; VERSION to 0.1.0-local.YYYYMMDDHHMMSS (UTC), newer than any earlier pack.
# Prints the version last. docs/getting-started.md#install says how to install from the folder.
set -euo pipefail
cd "$(dirname "$0")"
folder=${1:-packages}
version=${2:-0.1.0-local.$(date -u +%Y%m%d%H%M%S)}
mkdir -p "$folder"
folder=$(cd "$folder" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
for project in CeuRules CeuRules.Json CeuRules.Reports CeuRules.Spreadsheets CeuRules.Calendars CeuRules.Recommendations CeuRules.Cli; do
  dotnet pack "src/$project" -c Release -p:Version="$version" -o "$folder" --nologo -v quiet
done
echo "Packed every CeuRules package, version $version, into $folder"
echo "$version"
