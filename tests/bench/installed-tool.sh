#!/usr/bin/env bash
# Installed tool vs `dotnet run`: packs the CLI as a .NET tool (as the README shows), installs it into a temporary
# --tool-path, then times a cold export of the seed (content/, every format, a fresh output folder each run, so no
# cache) with the installed `acnebotox` and with `dotnet run --project src/AcneBotox.Cli` (built beforehand, so
# its runs have nothing to compile). Runs alternate between the two so a busy machine slows both alike.
# Usage: tests/bench/installed-tool.sh [RUNS]   (default 3). Prints each run's seconds, the medians and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack src/AcneBotox.Cli -c Release -o "$work/artifacts" -nologo -v q >/dev/null
dotnet tool install acnebotox --tool-path "$work/tool" --add-source "$work/artifacts" >/dev/null
# dotnet run checks the build first; building once here means every timed run finds nothing to do.
dotnet build src/AcneBotox.Cli -nologo -v q >/dev/null

now() { date +%s.%N; }
# Times one export into a fresh folder; fails loudly when the export does.
timed() {
  local out="$work/out-$RANDOM$RANDOM" start end
  start=$(now)
  "$@" export content -o "$out" -q >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  end=$(now)
  test -s "$out/can-botox-help-acne.pdf"
  python3 -c "print(f'{$end - $start:.2f}')"
}

tool=(); run=()
for ((i = 1; i <= runs; i++)); do
  tool+=("$(timed "$work/tool/acnebotox")")
  run+=("$(timed dotnet run --project src/AcneBotox.Cli --no-launch-profile --)")
done

median() { printf '%s\n' "$@" | sort -n | python3 -c "import sys; v=[float(x) for x in sys.stdin]; print(f'{sorted(v)[len(v)//2]:.2f}')"; }
echo "installed acnebotox: ${tool[*]} s (median $(median "${tool[@]}") s)"
echo "dotnet run:          ${run[*]} s (median $(median "${run[@]}") s)"
python3 -c "print(f'dotnet run / installed: {$(median "${run[@]}") / $(median "${tool[@]}"):.1f}x')"
