#!/usr/bin/env bash
# Publishes the acnebotox command as it should ship: Release, ReadyToRun (precompiled, so a run does not
# start by JIT-compiling its own code: about a third of a one-article run otherwise), framework-dependent.
#   bash tests/bench/publish.sh DIR     # then run DIR/acnebotox
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: publish.sh OUTPUT_DIR}
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish src/AcneBotox.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" -nologo -v quiet
echo "$out/acnebotox"
