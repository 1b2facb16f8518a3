#!/usr/bin/env bash
# Shaping cost (issue 16): ms per PDF page of the seed, HarfBuzz glyph layer against the unshaped engine
# (PDFsharp's one-glyph-per-character text drawing, last on main at 3d71264). Builds both in Release from
# temporary worktrees, then times paired, interleaved runs: 20 copies of the seed in one process (steady state,
# JIT and font loading amortised) and one seed per process (what a single export costs).
#   bash tests/bench/shaping.sh [UNSHAPED_REF] [RUNS]     # defaults: 3d71264, 7 runs
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-3d71264}
runs=${2:-7}
work=$(mktemp -d)
cleanup() { git worktree remove --force "$work/src-unshaped" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

git worktree add --detach "$work/src-unshaped" "$base" >/dev/null 2>&1
dotnet build "$work/src-unshaped/src/AcneBotox.Cli" -c Release -o "$work/unshaped" -nologo -v q >/dev/null
dotnet build src/AcneBotox.Cli -c Release -o "$work/shaped" -nologo -v q >/dev/null

mkdir -p "$work/in/batch"
cp content/handout.yml "$work/in/"; cp content/handout.yml "$work/in/batch/"
cp content/can-botox-help-acne.txt "$work/in/seed.txt"
for n in $(seq -w 1 20); do cp content/can-botox-help-acne.txt "$work/in/batch/seed-$n.txt"; done

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

dotnet "$work/shaped/acnebotox.dll" export "$work/in/seed.txt" -f pdf -o "$work/o" >/dev/null 2>&1
pages=$(pdfinfo "$work/o/seed.pdf" | awk '/^Pages:/ {print $2}')
declare -A t
for name in unshaped shaped; do t[$name-batch]=""; t[$name-one]=""; done
for _ in $(seq "$runs"); do
  for name in unshaped shaped; do   # interleaved, so load on the shared machine hits both alike
    t[$name-batch]+="$(ms dotnet "$work/$name/acnebotox.dll" export "$work/in/batch" -f pdf -o "$work/o-$name" --force) "
    t[$name-one]+="$(ms dotnet "$work/$name/acnebotox.dll" export "$work/in/seed.txt" -f pdf -o "$work/o1-$name" --force) "
  done
done
printf '%-34s %10s %10s %8s\n' "case (seed: $pages pages)" "unshaped" "shaped" "ratio"
for kind in batch one; do
  u=$(tr ' ' '\n' <<<"${t[unshaped-$kind]}" | grep . | median); s=$(tr ' ' '\n' <<<"${t[shaped-$kind]}" | grep . | median)
  if [ "$kind" = batch ]; then label="20 x seed in one process, ms/page"; n=$((pages * 20)); else label="one seed per process, ms/page"; n=$pages; fi
  awk -v l="$label" -v u="$u" -v s="$s" -v n="$n" 'BEGIN {printf "%-34s %10.1f %10.1f %8.2f\n", l, u / n, s / n, s / u}'
done
