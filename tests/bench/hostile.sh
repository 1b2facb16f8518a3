#!/usr/bin/env bash
# Worst-case inputs through the real CLI, each measured with GNU time: wall seconds and peak RSS.
# Issue 7 asks for exit 0/1/2 within 30 s and 1.5 GB on each; this prints a table and exits 1 if
# any run breaks a bound. Run on an idle machine: timings on a shared CI box are not comparable.
#   bash tests/bench/hostile.sh            # builds Release first
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time (/usr/bin/time) is required (apt-get install time)"; exit 2; }

dotnet build src/AcneBotox.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/AcneBotox.Cli/bin/Release/net10.0/acnebotox.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit=$((10 * 1024 * 1024))

# The worst inputs of tests/AcneBotox.Tests/BadInput, rebuilt with shell tools ('yes | head' ends by SIGPIPE).
set +o pipefail
head -c "$limit" /dev/zero | tr '\0' '>' > "$work/quotes-10mb.md"
{ printf '# Many items\n\n'; yes -- '- item' | head -n 1400000; } > "$work/flat-list-10mb.md"
{ printf '# Many items\n\n'; yes -- '- item' | head -n 9000; } > "$work/flat-list-9000.md"
{ printf 'Long line\n\n'; yes 'Botox may help acne' | head -n 250000 | tr '\n' ' '; printf '\n'; } > "$work/huge-line.txt"
{ printf '# One long word\n\n'; head -c 200000 /dev/zero | tr '\0' 'a'; printf '\n'; } > "$work/long-word.md"
{ printf -- '---\ntitle: '; head -c 5000000 /dev/zero | tr '\0' 't'; printf '\n---\n\n# Huge\n\nBody.\n'; } > "$work/yaml-huge-scalar.md"
{ printf '# Headings\n\n'; for i in $(seq 1 3000); do printf '## Heading %d\n\nText %d.\n\n' "$i" "$i"; done; } > "$work/many-headings.md"
{ printf '# Deep\n\n'; for i in $(seq 0 99); do printf '%*s- level %d\n' $((i * 2)) '' "$i"; done; } > "$work/nested-lists.md"
cp tests/AcneBotox.Tests/BadInput/Corpus/yaml-billion-laughs.md tests/AcneBotox.Tests/BadInput/Corpus/deep-html.md "$work/"
cp content/can-botox-help-acne.txt "$work/seed.txt"
set -o pipefail

printf '%-24s %5s %9s %10s\n' input exit seconds peak-MB
fail=0
for input in "$work"/*.md "$work"/*.txt; do
  name=$(basename "$input")
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "${cli[@]}" export "$input" -o "$work/out" >/dev/null 2>"$work/stderr.txt"
  code=$?
  set -e
  read -r seconds kb < <(tail -n 1 "$work/time.txt")
  mb=$((kb / 1024))
  printf '%-24s %5d %9s %10d\n' "$name" "$code" "$seconds" "$mb"
  if [ "$code" -gt 2 ] || [ "$mb" -ge 1536 ] || awk "BEGIN{exit !($seconds >= 30)}" || grep -q '   at ' "$work/stderr.txt"; then
    echo "  ^ breaks a bound (exit 0-2, < 30 s, < 1.5 GB, no stack trace)"; fail=1
  fi
done
exit "$fail"
