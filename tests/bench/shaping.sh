#!/usr/bin/env bash
# Shaping cost (issue 16): ms per PDF page, HarfBuzz glyph layer against the unshaped engine (PDFsharp's
# one-glyph-per-character text drawing, last on main at 3d71264) and against one warm Typst process, on the seed
# and on the Simplified Chinese handout. Builds both engines in Release (the unshaped one from a temporary
# worktree); tests/bench/shaping.py times paired, interleaved runs of 20 copies per process.
#   bash tests/bench/shaping.sh [UNSHAPED_REF] [RUNS]     # defaults: 3d71264, 5 runs
# Typst is left out when node is missing; it is installed into tests/bench/typst (bench only, never CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-3d71264}
runs=${2:-5}
work=$(mktemp -d)
cleanup() { git worktree remove --force "$work/src-unshaped" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

git worktree add --detach "$work/src-unshaped" "$base" >/dev/null 2>&1
dotnet build "$work/src-unshaped/src/AcneBotox.Cli" -c Release -o "$work/unshaped" -nologo -v q >/dev/null
dotnet build src/AcneBotox.Cli -c Release -o "$work/shaped" -nologo -v q >/dev/null

if command -v npm >/dev/null; then
  [ -d tests/bench/typst/node_modules/@myriaddreamin/typst-ts-node-compiler ] \
    || (cd tests/bench/typst && npm ci --no-audit --no-fund --loglevel=error)
fi
python3 tests/bench/shaping.py --unshaped "$work/unshaped" --shaped "$work/shaped" --runs "$runs"
