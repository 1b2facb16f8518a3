#!/usr/bin/env bash
# Publishes the acnebotox command as it should ship: Release, Native AOT (one native executable, with
# libHarfBuzzSharp.so next to it; no runtime start-up and no JIT, so a one-article run is mostly our own
# work). Native AOT needs a C toolchain: on Debian `apt-get install clang zlib1g-dev`. Without one, or with
# ACNEBOTOX_PUBLISH=r2r, it publishes the previous form instead (framework-dependent, ReadyToRun) and says so.
#   bash tests/bench/publish.sh DIR     # then run DIR/acnebotox
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: publish.sh OUTPUT_DIR}
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
form=${ACNEBOTOX_PUBLISH:-aot}
if [ "$form" = aot ] && ! command -v clang >/dev/null; then
  echo "publish: no clang, so no Native AOT (apt-get install clang zlib1g-dev); publishing ReadyToRun instead" >&2
  form=r2r
fi
if [ "$form" = aot ]; then
  dotnet publish src/AcneBotox.Cli -c Release -r "$rid" -p:PublishAot=true -o "$out" -nologo -v quiet
else
  dotnet publish src/AcneBotox.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" -nologo -v quiet
fi
echo "$out/acnebotox"
