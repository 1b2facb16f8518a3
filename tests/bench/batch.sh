#!/usr/bin/env bash
# Batch benchmark: export an N-article corpus (copies of the seed, each with its own title and a numbered
# sentence so every hash differs) with our CLI in every format and with only docx+html, rerun to measure
# the cache, and compare with pandoc producing docx + html for the same articles, 2 processes in parallel.
# Usage: tests/bench/batch.sh [N...]   (default 300; e.g. "10 100 1000"). Needs pandoc for the comparison.
# Prints one block per N: seconds, documents/s, peak RSS, files written, report count, rerun skips, ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-300}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/AcneBotox.Cli -c Release -o "$work/bin" -nologo -v q >/dev/null
cli=(dotnet "$work/bin/acnebotox.dll")

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
# Runs a command under /usr/bin/time; echoes "seconds peakKiB exit".
measure() {
  local start end rc=0
  start=$(now)
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  end=$(now)
  echo "$(secs "$start" "$end") $(tail -1 "$work/rss") $rc"
}
count_report() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(len(r['documents']), r['summary']['skipped'], r['summary']['failed'], ' '.join(r['formats']))" "$1"; }

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  mkdir -p "$corpus"
  cp content/handout.yml "$corpus/"
  python3 - "$corpus" "$n" <<'PY'
import sys, pathlib
corpus, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
seed = pathlib.Path("content/can-botox-help-acne.txt").read_text(encoding="utf-8").splitlines()
for i in range(1, n + 1):
    lines = list(seed)
    lines[0] = f"{lines[0].rstrip()} (handout {i})"
    lines.append("")
    lines.append(f"This is handout number {i}. Ask your clinic about visit {i % 17 + 1}.")
    (corpus / f"article-{i:04}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
PY

  out_all="$work/out-all-$n"; out_dh="$work/out-dh-$n"; out_pandoc="$work/out-pandoc-$n"
  read -r t_all rss_all rc_all < <(measure "${cli[@]}" export "$corpus" -o "$out_all" --quiet --report "$work/report-$n.json")
  files_all=$(find "$out_all" -maxdepth 1 -type f ! -name '.*' ! -name '*.json' | wc -l)
  read -r docs _ failed formats < <(count_report "$work/report-$n.json")
  read -r t_rerun rss_rerun rc_rerun < <(measure "${cli[@]}" export "$corpus" -o "$out_all" --quiet --report "$work/rerun-$n.json")
  read -r _ skipped _ _ < <(count_report "$work/rerun-$n.json")
  read -r t_dh rss_dh rc_dh < <(measure "${cli[@]}" export "$corpus" -o "$out_dh" -f docx,html --quiet) || true

  t_pandoc="n/a"; ratio_all="n/a"; ratio_dh="n/a"
  if command -v pandoc >/dev/null; then
    mkdir -p "$out_pandoc"
    start=$(now)
    find "$corpus" -name '*.txt' -print0 | xargs -0 -P 2 -I{} sh -c \
      'b=$(basename "$1" .txt); pandoc -f markdown "$1" -o "$2/$b.docx" && pandoc -f markdown -s --metadata title="$b" "$1" -o "$2/$b.html"' \
      _ {} "$out_pandoc"
    end=$(now)
    t_pandoc=$(secs "$start" "$end")
    ratio_all=$(python3 -c "print(f'{$t_pandoc / $t_all:.1f}x')")
    [[ "$rc_dh" == 0 ]] && ratio_dh=$(python3 -c "print(f'{$t_pandoc / $t_dh:.1f}x')")
  fi

  cat <<REPORT
== N=$n articles (formats: $formats; $(nproc) cores) ==
acnebotox all formats : ${t_all}s  $(python3 -c "print(f'{$n / $t_all:.0f}')") docs/s  peak ${rss_all} KiB  exit $rc_all  files $files_all  report lists $docs (failed $failed)
acnebotox rerun       : ${t_rerun}s  peak ${rss_rerun} KiB  exit $rc_rerun  skipped $skipped/$n
acnebotox docx+html   : ${t_dh}s  peak ${rss_dh} KiB  exit $rc_dh
pandoc docx+html -P 2 : ${t_pandoc}s
ratio pandoc / ours   : all formats $ratio_all, docx+html $ratio_dh
REPORT
done
