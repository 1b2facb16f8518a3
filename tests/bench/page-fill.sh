#!/usr/bin/env bash
# Page-fill benchmark: how much of each page before the last the PDF leaves blank, and whether a last page
# holds only end matter. Inputs: the seed, the five Markdown handouts of the parity tests and 20 generated
# handouts with figures and tables of random sizes (tests/bench/page_fill.py, fixed seed), each exported in
# normal and large print on A4 and Letter (104 PDFs). Blank share is measured on a 72 dpi pdftoppm rendering:
# the height below the lowest printed row of the body area, over the body height (see page_fill.py).
# Usage: tests/bench/page-fill.sh [seed]   (default 13). Exit 1 when a page is over 15% blank or a last
# page holds only end matter. Needs poppler-utils (pdftoppm, pdftotext, pdfinfo) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
seed=${1:-13}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/AcneBotox.Cli -c Release -o "$work/bin" -nologo -v q >/dev/null
cli=(dotnet "$work/bin/acnebotox.dll")

mkdir -p "$work/in"
cp content/can-botox-help-acne.txt "$work/in/"
cp -r tests/AcneBotox.Conformance.Tests/Parity/Handouts/. "$work/in/"
python3 tests/bench/page_fill.py generate "$work/in" 20 "$seed"
cp content/handout.yml "$work/in/handout.yml"
for paper in a4 letter; do
  "${cli[@]}" export "$work/in" -o "$work/out/$paper" -f pdf --paper "$paper" -q --force >/dev/null 2>&1 || true
  "${cli[@]}" export "$work/in" -o "$work/out/$paper" -f pdf --paper "$paper" -q --force --large-print >/dev/null 2>&1 || true
done
shopt -s nullglob
for paper in a4 letter; do
  echo "== $paper"
  python3 tests/bench/page_fill.py measure "$work/out/$paper"/*.pdf || status=1
done
exit "${status:-0}"
