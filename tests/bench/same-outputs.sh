#!/usr/bin/env bash
# Checks that two builds of acnebotox write the same bytes (issue 14): the shipped, natively compiled tool
# against the plain JIT build, say. Both export the same corpora (content/, the script fixtures, the reader
# fixtures and the parity handouts, normal and large print) into their own folders; every file written
# (PDF, DOCX, HTML, index page, cache file) must have the same SHA-256.
#   bash tests/bench/same-outputs.sh "dotnet run --project src/AcneBotox.Cli -c Release --" /tmp/aot/acnebotox
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -eq 2 ] || { echo "usage: same-outputs.sh 'COMMAND A' 'COMMAND B'"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1764633600

# The corpora, each copied into a content folder of its own with its settings.
mkdir -p "$work/in/content" "$work/in/scripts" "$work/in/readers" "$work/in/parity"
cp content/* "$work/in/content/"
cp tests/fixtures/scripts/* "$work/in/scripts/"
cp tests/AcneBotox.Tests/Readers/Fixtures/* "$work/in/readers/"
cp -r tests/AcneBotox.Conformance.Tests/Parity/Handouts/* "$work/in/parity/"
# The parity tests' settings (ParityExport.cs): a missing picture is a warning there, on purpose.
cat > "$work/in/parity/handout.yml" <<'EOF'
organization: Riverside Dermatology Clinic
contact: "Questions? Call 555-0134 or email nurse@riverside.example."
brandColor: "#1F5C99"
images:
  missing: warning
EOF

export_all() { # $1 = command, $2 = output root
  local corpus exit
  for corpus in content scripts readers parity; do
    for variant in normal large; do
      local flags=(export "$work/in/$corpus" -o "$2/$corpus-$variant" -f pdf,docx,html --quiet)
      [ "$variant" = large ] && flags+=(--large-print)
      exit=0
      $1 "${flags[@]}" >/dev/null 2>"$2.$corpus-$variant.err" || exit=$?
      [ "$exit" -le 1 ] || { echo "same-outputs: '$1 ${flags[*]}' exited $exit:"; tail -5 "$2.$corpus-$variant.err"; exit 2; }
    done
  done
  (cd "$2" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}

export_all "$1" "$work/a" > "$work/a.sums"
export_all "$2" "$work/b" > "$work/b.sums"
files=$(wc -l < "$work/a.sums")
if diff -u "$work/a.sums" "$work/b.sums" > "$work/diff"; then
  echo "same-outputs: $files files, byte-identical"
else
  echo "same-outputs: outputs differ ($files files from A):"
  cat "$work/diff"
  exit 1
fi
