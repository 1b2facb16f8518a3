#!/usr/bin/env bash
# Scaling benchmark (issue 12, item 7): for each input dimension (line length, word length, acronyms,
# dotted words, links, list items, headings, Q&A pairs, table cells, image pixels, warnings, ...) the
# built CLI exports an input of size n and one of size 4n (tests/bench/scaling_inputs.py builds them) in
# every format, measured with GNU time. Prints one row per dimension: exit code, seconds and peak MB at
# n and 4n, and the growth ratios. A row fails when time or memory grows more than 5x from n to 4n
# (worse than about linear), or a run takes over 10 s or 1 GB, exits above 2 or prints a stack trace.
# Then the same four 9.4 MB paragraphs are exported at -j 1 and -j 4: the reports and outputs must match.
#   bash tests/bench/scaling.sh                 # every dimension
#   bash tests/bench/scaling.sh links headings  # some dimensions
# Run on an idle machine: on a shared one, times are noisy (the ratios less so).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time (/usr/bin/time) is required (apt-get install time)"; exit 2; }
command -v python3 >/dev/null || { echo "bench: python3 is required"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/AcneBotox.Cli -c Release -o "$work/bin" -nologo -v quiet >/dev/null
cli=(dotnet "$work/bin/acnebotox.dll")
gen=(python3 tests/bench/scaling_inputs.py)
max_seconds=10
max_mb=1024
max_growth=5

# Runs one export; prints "exit seconds peak-MB".
run() {
  local input=$1 out=$2 code
  shift 2
  rm -rf "$out"
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "${cli[@]}" export "$input" -o "$out" --quiet "$@" >"$work/stdout.txt" 2>"$work/stderr.txt"
  code=$?
  set -e
  if grep -q '   at ' "$work/stderr.txt" "$work/stdout.txt"; then code=99; fi
  read -r seconds kb < <(tail -n 1 "$work/time.txt")
  echo "$code $seconds $((kb / 1024))"
}

ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{b / max(a, 0.01):.2f}')" "$1" "$2"; }
over() { python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)" "$1" "$2"; }

if [ $# -gt 0 ]; then dims=("$@"); else mapfile -t dims < <("${gen[@]}" --list | cut -d' ' -f1); fi

fail=0
printf '%-14s %9s | %4s %7s %6s | %9s %4s %7s %6s | %6s %6s | %s\n' dimension n exit seconds MB 4n exit seconds MB time-x mem-x verdict
for dim in "${dims[@]}"; do
  n=$("${gen[@]}" --list | awk -v d="$dim" '$1 == d { print $2 }')
  [ -n "$n" ] || { echo "unknown dimension $dim"; exit 2; }
  small=$("${gen[@]}" "$dim" "$n" "$work/in-$dim-small")
  large=$("${gen[@]}" "$dim" $((4 * n)) "$work/in-$dim-large")
  read -r c1 s1 m1 < <(run "$small" "$work/out")
  read -r c2 s2 m2 < <(run "$large" "$work/out")
  tx=$(ratio "$s1" "$s2"); mx=$(ratio "$m1" "$m2")
  verdict=ok
  for c in "$c1" "$c2"; do [ "$c" -le 2 ] || verdict="exit $c"; done
  for s in "$s1" "$s2"; do if over "$s" "$max_seconds"; then verdict="over ${max_seconds} s"; fi; done
  for m in "$m1" "$m2"; do if [ "$m" -gt "$max_mb" ]; then verdict="over ${max_mb} MB"; fi; done
  if over "$tx" "$max_growth" || over "$mx" "$max_growth"; then verdict="grows over ${max_growth}x"; fi
  [ "$verdict" = ok ] || fail=1
  printf '%-14s %9d | %4d %7s %6d | %9d %4d %7s %6d | %6s %6s | %s\n' "$dim" "$n" "$c1" "$s1" "$m1" $((4 * n)) "$c2" "$s2" "$m2" "$tx" "$mx" "$verdict"
  rm -rf "$work/in-$dim-small" "$work/in-$dim-large"
done

# The same inputs at -j 1 and -j 4 give the same result: no timeout, no shared state decides an outcome.
if [ $# -eq 0 ]; then
  mkdir -p "$work/parallel"
  python3 - "$work/parallel" <<'PY'
import sys, pathlib
folder = pathlib.Path(sys.argv[1])
words = "Botox may help some people with acne when other treatments have not worked well enough for them. "
for i in range(4):
    text = f"Long paragraph {i}\n\n" + (f"Visit {i} is booked. " + words) * (9_400_000 // (len(words) + 20)) + "\n"
    (folder / f"paragraph-{i}.txt").write_text(text[:9_400_000], encoding="utf-8")
PY
  for jobs in 1 4; do
    set +e
    /usr/bin/time -f '%e %M' -o "$work/time-j$jobs.txt" "${cli[@]}" export "$work/parallel" -o "$work/out-j$jobs" -f html,docx \
      -j "$jobs" --quiet --report "$work/report-j$jobs.json" >/dev/null 2>"$work/stderr-j$jobs.txt"
    echo $? > "$work/exit-j$jobs.txt"
    set -e
  done
  same=$(python3 - "$work" <<'PY'
import json, sys, pathlib
work = pathlib.Path(sys.argv[1])
def outcome(jobs):
    report = json.loads((work / f"report-j{jobs}.json").read_text())
    docs = sorted(report["documents"], key=lambda d: d["source"])
    keep = lambda d: {k: v for k, v in d.items() if k not in ("elapsed", "elapsedMs", "seconds", "outputs")}
    hashes = sorted((p.name, p.read_bytes().__hash__()) for p in (work / f"out-j{jobs}").glob("paragraph-*"))
    return [keep(d) for d in docs], hashes, (work / f"exit-j{jobs}.txt").read_text().strip()
print("same" if outcome(1) == outcome(4) else "different")
PY
)
  read -r s1 m1 < "$work/time-j1.txt"; read -r s4 m4 < "$work/time-j4.txt"
  printf '\n4 x 9.4 MB paragraphs, html+docx: -j 1 exit %s %ss %dMB, -j 4 exit %s %ss %dMB: results %s\n' \
    "$(cat "$work/exit-j1.txt")" "$s1" $((m1 / 1024)) "$(cat "$work/exit-j4.txt")" "$s4" $((m4 / 1024)) "$same"
  [ "$same" = same ] || fail=1
fi
exit "$fail"
