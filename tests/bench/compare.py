#!/usr/bin/env python3
"""End-to-end speed comparison (issue 14): the published acnebotox against pandoc and Typst on the same texts.

Called by tests/bench/compare.sh, which publishes the tool and installs Typst first. Every comparison runs
the contenders in pairs, interleaved (A B, B A, A B, ...), so a machine that gets busier during the run slows
both alike; medians are reported, and the ratios are what to read on a shared machine.

Sections (each prints its figures and the issue's target):
  cold     one article (the seed), fresh process: all three formats against one pandoc DOCX call (target <= 1.5x),
           PDF alone against one cold Typst compile (target <= 1x)
  batch    N articles (default 1,000), all formats, --jobs 2, fresh output: wall (target < 5 s) and CPU share
           (target >= 170 %)
  pdf      N articles (default 300), PDF only: our --jobs 2 run against one warm Typst process compiling them
           all (target: Typst / ours >= 1.5)
  memory   peak memory at N1 and N2 articles (default 300 and 3,000), all formats, with --report, medians of
           runs taking turns (targets: N2 within 20 % of N1, under 200 MB); each run is followed by an unchanged
           rerun into the same folder (every document read from the cache), whose peaks are compared the same way
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "content" / "can-botox-help-acne.txt"
SETTINGS = ROOT / "content" / "handout.yml"
FONTS = ROOT / "src" / "AcneBotox.Core" / "Fonts"
TYPST = ROOT / "tests" / "bench" / "typst" / "typst-pdf.mjs"


def run(command, cwd=None):
    """Runs a command under GNU time; returns (wall s, cpu s, cpu %, peak MB). A failure stops the bench."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.name, *command],
                                cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
        if result.returncode not in (0, 1):
            sys.exit(f"bench: {' '.join(map(str, command))} exited {result.returncode}:\n{result.stderr[-2000:]}")
        wall, user, system, kib = timing.read().strip().splitlines()[-1].split()
    wall, cpu = float(wall), float(user) + float(system)
    return wall, cpu, 100 * cpu / max(wall, 0.01), int(kib) / 1024


def corpus(folder, count):
    """count copies of the seed, each with its own title and a numbered last sentence (so every hash differs)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SETTINGS, folder / "handout.yml")
    seed = SEED.read_text(encoding="utf-8").splitlines()
    for i in range(1, count + 1):
        lines = list(seed)
        lines[0] = f"{lines[0].rstrip()} (handout {i})"
        lines += ["", f"This is handout number {i}. Ask your clinic about visit {i % 17 + 1}."]
        (folder / f"article-{i:04}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def typst_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typst_source(article):
    """The article as Typst markup with our look: A4, 1-inch margins, Atkinson Hyperlegible 13 pt, leading 1.4,
    the title as a heading, short lines as section headings, "Page X of Y" in the footer. Text goes in as
    Typst strings, so no character of the article is read as markup."""
    lines = [l.strip() for l in article.read_text(encoding="utf-8").splitlines() if l.strip()]
    out = [
        '#set document(title: ' + typst_string(lines[0]) + ')',
        '#set page(paper: "a4", margin: 1in, footer: context [#set text(10pt); #h(1fr) Page #counter(page).display() of #counter(page).final().first()])',
        '#set text(font: "Atkinson Hyperlegible", size: 13pt, lang: "en")',
        '#set par(leading: 0.4em * 13 / 10, spacing: 1em)',
        '#show heading: set text(fill: rgb("#1F5C99"))',
        '= #' + typst_string(lines[0]),
    ]
    for line in lines[1:]:
        out.append(('== #' if len(line) < 60 and not line.endswith('.') else '#') + typst_string(line))
        out.append('')
    return "\n".join(out) + "\n"


def typst_corpus(source_folder, folder):
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for article in sorted(source_folder.glob("*.txt")):
        target = folder / (article.stem + ".typ")
        target.write_text(typst_source(article), encoding="utf-8")
        files.append(target)
    return files


def fresh(folder):
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def paired(runs, contenders):
    """Runs each contender `runs` times, interleaved and alternating the order; returns medians by name."""
    results = {name: [] for name in contenders}
    names = list(contenders)
    for i in range(runs):
        for name in (names if i % 2 == 0 else names[::-1]):
            results[name].append(contenders[name]())
    return {name: tuple(statistics.median(r[k] for r in rows) for k in range(4)) for name, rows in results.items()}


def verdict(ok):
    return "met" if ok else "NOT met"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the published acnebotox executable")
    parser.add_argument("--runs", type=int, default=5, help="paired runs for the cold and pdf sections")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs of the batch section")
    parser.add_argument("--memory-runs", type=int, default=3, help="runs of each size in the memory section")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--pdf", type=int, default=300)
    parser.add_argument("--memory", default="300,3000")
    parser.add_argument("--only", default="cold,batch,pdf,memory", help="comma-separated sections")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    sections = set(args.only.split(","))
    cli = [args.cli]
    node = shutil.which("node")
    pandoc = shutil.which("pandoc")
    work = pathlib.Path(tempfile.mkdtemp(prefix="acnebotox-compare-"))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; tool {args.cli}")
    try:
        if "cold" in sections:
            seed_folder = work / "seed"
            seed_folder.mkdir()
            shutil.copy(SEED, seed_folder)
            shutil.copy(SETTINGS, seed_folder)
            seed_typ = typst_corpus(seed_folder, work / "seed-typ")[0]
            contenders = {
                "ours, all three formats": lambda: run([*cli, "export", str(seed_folder), "-o", str(fresh(work / "o1")), "--quiet"]),
                "ours, PDF only": lambda: run([*cli, "export", str(seed_folder), "-o", str(fresh(work / "o2")), "-f", "pdf", "--quiet"]),
                "ours, DOCX only": lambda: run([*cli, "export", str(seed_folder), "-o", str(fresh(work / "o3")), "-f", "docx", "--quiet"]),
                "ours, --version": lambda: run([*cli, "--version"]),
            }
            if pandoc:
                contenders["pandoc, DOCX"] = lambda: run([pandoc, "-f", "markdown", str(SEED), "-o", str(work / "pandoc.docx")])
            if node:
                contenders["Typst (cold process)"] = lambda: run([node, str(TYPST), str(FONTS), str(fresh(work / "o4")), str(seed_typ)])
            medians = paired(args.runs, contenders)
            print(f"\n== cold: one article (the seed), fresh process, median of {args.runs} paired runs ==")
            for name, (wall, cpu, share, mb) in medians.items():
                print(f"{name:26} {wall:6.3f} s wall {cpu:6.3f} s CPU {mb:6.0f} MB")
            if pandoc:
                r = medians["ours, all three formats"][0] / medians["pandoc, DOCX"][0]
                print(f"ratio ours (3 formats) / pandoc DOCX: {r:.2f}x   (target <= 1.5x: {verdict(r <= 1.5)})")
                r = medians["ours, DOCX only"][0] / medians["pandoc, DOCX"][0]
                print(f"ratio ours (DOCX) / pandoc DOCX:      {r:.2f}x")
            if node:
                r = medians["ours, PDF only"][0] / medians["Typst (cold process)"][0]
                print(f"ratio ours (PDF) / Typst cold:        {r:.2f}x   (target <= 1x: {verdict(r <= 1.0)})")

        if "batch" in sections:
            folder = corpus(work / f"batch-{args.batch}", args.batch)
            rows = [run([*cli, "export", str(folder), "-o", str(fresh(work / "ob")), "--jobs", str(args.jobs), "--quiet"])
                    for _ in range(args.batch_runs)]
            wall, cpu, share, mb = (statistics.median(r[k] for r in rows) for k in range(4))
            print(f"\n== batch: {args.batch} articles, all formats, --jobs {args.jobs}, fresh output, median of {args.batch_runs} ==")
            print(f"wall {wall:.2f} s (target < 5 s: {verdict(wall < 5)}), CPU {cpu:.2f} s = {share:.0f} % "
                  f"(target >= 170 %: {verdict(share >= 170)}), peak {mb:.0f} MB; runs: "
                  + ", ".join(f"{r[0]:.2f} s/{r[2]:.0f} %" for r in rows))

        if "pdf" in sections and node:
            folder = corpus(work / f"pdf-{args.pdf}", args.pdf)
            typ = typst_corpus(folder, work / f"pdf-{args.pdf}-typ")
            medians = paired(args.runs, {
                "ours": lambda: run([*cli, "export", str(folder), "-o", str(fresh(work / "op")), "-f", "pdf", "--jobs", str(args.jobs), "--quiet"]),
                "typst": lambda: run([node, str(TYPST), str(FONTS), str(fresh(work / "ot")), *map(str, typ)]),
            })
            ours, typst = medians["ours"], medians["typst"]
            print(f"\n== pdf: {args.pdf} articles, PDF only, median of {args.runs} paired runs ==")
            print(f"ours --jobs {args.jobs}: {ours[0]:.2f} s wall, {ours[1]:.2f} s CPU ({ours[2]:.0f} %), peak {ours[3]:.0f} MB")
            print(f"one warm Typst process: {typst[0]:.2f} s wall, {typst[1]:.2f} s CPU ({typst[2]:.0f} %), peak {typst[3]:.0f} MB")
            r = typst[0] / ours[0]
            print(f"ratio Typst / ours (wall): {r:.2f}x   (target >= 1.5x: {verdict(r >= 1.5)}); per CPU second: {typst[1] / ours[1]:.2f}x")

        if "memory" in sections:
            sizes = [int(s) for s in args.memory.split(",")]
            folders = {n: corpus(work / f"mem-{n}", n) for n in sizes}
            # A peak moves by several MB from run to run (when the collector happens to run, what the kernel reclaims),
            # so the sizes take turns and the medians are compared, as everywhere else here.
            runs = {n: [] for n in sizes}
            reruns = {n: [] for n in sizes}
            for _ in range(args.memory_runs):
                for n in sizes:
                    export = [*cli, "export", str(folders[n]), "-o", str(fresh(work / "om")), "--jobs", str(args.jobs),
                              "--quiet", "--report", str(work / "report.json")]
                    runs[n].append(run(export))
                    # The same export again into the same folder: every document up to date, read from the cache file,
                    # which grows with the batch (about 7 KB a document).
                    reruns[n].append(run(export))
            peaks = []
            rerun_peaks = []
            for n in sizes:
                wall, cpu, share, mb = (statistics.median(r[i] for r in runs[n]) for i in range(4))
                peaks.append(mb)
                each = ", ".join(f"{r[3]:.0f}" for r in runs[n])
                print(f"\n== memory: {n} articles, all formats, --jobs {args.jobs}, --report, median of {args.memory_runs}: peak {mb:.0f} MB "
                      f"(runs: {each} MB), {wall:.1f} s, {share:.0f} % CPU")
                again = statistics.median(r[3] for r in reruns[n])
                rerun_peaks.append(again)
                print(f"   unchanged rerun (all up to date): peak {again:.0f} MB (runs: {', '.join(f'{r[3]:.0f}' for r in reruns[n])} MB), "
                      f"{statistics.median(r[0] for r in reruns[n]):.2f} s")
                shutil.rmtree(folders[n])
            if len(peaks) >= 2:
                r = peaks[-1] / peaks[0]
                print(f"ratio peak {sizes[-1]} / {sizes[0]}: {r:.2f}   (target <= 1.2: {verdict(r <= 1.2)}; "
                      f"under 200 MB: {verdict(peaks[-1] < 200)})")
                print(f"ratio peak {sizes[-1]} / {sizes[0]}, unchanged rerun: {rerun_peaks[-1] / rerun_peaks[0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
