#!/usr/bin/env bash
# PDF benchmark: ms per page for the seed article and a ~50-page document, our PDF writer against
# WeasyPrint on HTML of the same content (same font, A4, 1-inch margins, 13 pt, line height 1.4).
# Usage: tests/bench/pdf.sh [runs]   (default 5 runs; prints a table; needs weasyprint for the comparison)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/AcneBotox.Cli -c Release -o "$work/bin" -nologo -v q >/dev/null
cli=("dotnet" "$work/bin/acnebotox.dll")

# The long document: the seed's title and sections repeated with numbered headings.
mkdir -p "$work/in/long" "$work/in/batch"
cp content/can-botox-help-acne.txt "$work/in/seed.txt"
cp content/handout.yml "$work/in/handout.yml"; cp content/handout.yml "$work/in/long/"; cp content/handout.yml "$work/in/batch/"
python3 - "$work" <<'PY'
import sys, re, html, pathlib
work = pathlib.Path(sys.argv[1])
seed = (work / "in/seed.txt").read_text(encoding="utf-8")
lines = [l.strip() for l in seed.splitlines() if l.strip()]
paras = [l for l in lines[2:] if len(l) >= 60]
out = ["Acne treatments: a long handout", ""]
for i in range(140):
    out += [f"Part {i + 1}: what you should know", "", paras[i % len(paras)], "", paras[(i + 3) % len(paras)], ""]
(work / "in/long/long.txt").write_text("\n".join(out), encoding="utf-8")
for n in range(20):
    (work / f"in/batch/seed-{n:02}.txt").write_text(seed, encoding="utf-8")

# HTML of the same content for WeasyPrint.
fonts = pathlib.Path("src/AcneBotox.Core/Fonts").resolve()
css = f"""
@font-face {{ font-family: AH; src: url(file://{fonts}/AtkinsonHyperlegible-Regular.ttf); }}
@font-face {{ font-family: AH; font-weight: bold; src: url(file://{fonts}/AtkinsonHyperlegible-Bold.ttf); }}
@page {{ size: A4; margin: 1in; @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 10pt AH; }} }}
body {{ font: 13pt/1.4 AH; color: #1a1a1a; }} h1 {{ font-size: 26pt; color: #1F5C99; }} h2 {{ font-size: 17.5pt; color: #1F5C99; break-after: avoid; }}
p {{ widows: 2; orphans: 2; }}
"""
def to_html(text):
    ls = [l.strip() for l in text.splitlines() if l.strip()]
    body = [f"<h1>{html.escape(ls[0])}</h1>"]
    for l in ls[1:]:
        body.append(f"<h2>{html.escape(l)}</h2>" if len(l) < 60 else f"<p>{html.escape(l)}</p>")
    return f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(ls[0])}</title><style>{css}</style></head><body>{''.join(body)}</body></html>"
(work / "seed.html").write_text(to_html(seed), encoding="utf-8")
(work / "long.html").write_text(to_html((work / "in/long/long.txt").read_text(encoding="utf-8")), encoding="utf-8")
PY

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
# Median wall time in ms of a command over $runs runs.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

row() { printf '%-44s %6s %8s %10s\n' "$1" "$2" "$3" "$4"; }
row "case" "pages" "ms" "ms/page"
bench() { # name pages ms
  row "$1" "$2" "$3" "$(awk -v m="$3" -v p="$2" 'BEGIN {printf "%.1f", m / p}')"
}

"${cli[@]}" export "$work/in/seed.txt" -f pdf -o "$work/out" >/dev/null 2>&1
"${cli[@]}" export "$work/in/long/long.txt" -f pdf -o "$work/out" >/dev/null 2>&1
seed_pages=$(pages "$work/out/seed.pdf"); long_pages=$(pages "$work/out/long.pdf")

bench "acnebotox seed (one process per file)" "$seed_pages" "$(median_ms "${cli[@]}" export "$work/in/seed.txt" -f pdf -o "$work/out")"
bench "acnebotox long (one process per file)" "$long_pages" "$(median_ms "${cli[@]}" export "$work/in/long/long.txt" -f pdf -o "$work/out")"
batch_ms=$(median_ms "${cli[@]}" export "$work/in/batch" -f pdf -o "$work/outb")
bench "acnebotox 20 x seed in one process" "$((seed_pages * 20))" "$batch_ms"

if command -v weasyprint >/dev/null; then
  weasyprint "$work/seed.html" "$work/ws-seed.pdf" 2>/dev/null; weasyprint "$work/long.html" "$work/ws-long.pdf" 2>/dev/null
  bench "weasyprint seed (HTML, same content)" "$(pages "$work/ws-seed.pdf")" "$(median_ms weasyprint "$work/seed.html" "$work/ws-seed.pdf")"
  bench "weasyprint long (HTML, same content)" "$(pages "$work/ws-long.pdf")" "$(median_ms weasyprint "$work/long.html" "$work/ws-long.pdf")"
else
  echo "weasyprint not installed (apt-get install weasyprint): comparison skipped"
fi
