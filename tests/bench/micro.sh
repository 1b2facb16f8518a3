#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks of the hot pieces (tests/AcneBotox.Benchmarks): line breaker, paginator,
# syllable counter, zip writer, and the HTML, DOCX and PDF writers on the seed. Run by hand, never by CI.
#   bash tests/bench/micro.sh                     # every benchmark
#   bash tests/bench/micro.sh --filter '*Docx*'   # any BenchmarkDotNet switch (--job short for a quick look)
set -euo pipefail
cd "$(dirname "$0")/../.."
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--filter '*')
dotnet run -c Release --project tests/AcneBotox.Benchmarks -- "${args[@]}"
