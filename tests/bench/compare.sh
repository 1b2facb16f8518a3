#!/usr/bin/env bash
# End-to-end comparison (issue 14): publishes acnebotox as it ships (Release, Native AOT) and runs it, pandoc
# and Typst (the npm package @myriaddreamin/typst-ts-node-compiler, installed into tests/bench/typst, a
# bench-only folder: CI never installs or runs it) on the same texts. Prints medians of paired, interleaved
# runs and the ratios the issue's targets are stated in. See tests/bench/compare.py for the sections.
#   bash tests/bench/compare.sh                         # everything (about 5 minutes on an idle 2-core machine)
#   bash tests/bench/compare.sh --only cold --runs 9    # any compare.py option
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time (/usr/bin/time) is required (apt-get install time)"; exit 2; }
command -v pandoc >/dev/null || echo "bench: pandoc not found; the pandoc comparison is left out"
if command -v node >/dev/null && command -v npm >/dev/null; then
  [ -d tests/bench/typst/node_modules/@myriaddreamin/typst-ts-node-compiler ] \
    || (cd tests/bench/typst && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "bench: node/npm not found; the Typst comparison is left out"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash tests/bench/publish.sh "$work/tool" >/dev/null
python3 tests/bench/compare.py --cli "$work/tool/acnebotox" "$@"
