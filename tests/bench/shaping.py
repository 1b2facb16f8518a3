"""Shaping cost per PDF page (issue 16), called by tests/bench/shaping.sh.

For each text (the seed article, and the Simplified Chinese handout of tests/fixtures/scripts), COPIES copies are
exported to PDF in one process by the unshaped engine (PDFsharp's one-glyph-per-character drawing, an older commit)
and by the shaped one (HarfBuzz glyph layer, this checkout), and compiled by one warm Typst process (the npm package
@myriaddreamin/typst-ts-node-compiler) from the same text as Typst markup with the same fonts (Atkinson Hyperlegible,
then Droid Sans Fallback for Chinese). Runs are paired and interleaved; medians are printed as ms per page, each
tool's pages counted with pdfinfo in its own output.

The unshaped engine cannot draw Chinese: it prints "?" for every ideograph, so its Chinese time is the cost of
setting that many placeholder glyphs, not a like-for-like figure.
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from compare import ROOT, SEED, SETTINGS, TYPST, paired, run, typst_source, typst_string  # noqa: E402

CHINESE = ROOT / "tests" / "fixtures" / "scripts" / "zh-cuochuang-pifu-huli.md"
ATKINSON = ROOT / "src" / "AcneBotox.Core" / "Fonts"
DROID = pathlib.Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")


def markdown_typst(article):
    """The Markdown handout as Typst markup with our look: front matter title as the heading, '##' as section
    headings, list items and table rows as list items and paragraphs; all text as Typst strings."""
    text = article.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    title = next(l.split(":", 1)[1].strip() for l in front.splitlines() if l.startswith("title:"))
    out = [
        '#set document(title: ' + typst_string(title) + ')',
        '#set page(paper: "a4", margin: 1in, footer: context [#set text(10pt); #h(1fr) #counter(page).display() / #counter(page).final().first()])',
        '#set text(font: ("Atkinson Hyperlegible", "Droid Sans Fallback"), size: 13pt, lang: "zh")',
        '#set par(leading: 0.4em * 13 / 10, spacing: 1em)',
        '= #' + typst_string(title),
    ]
    for line in (l.strip() for l in body.splitlines()):
        if not line or line.startswith("|---"):
            continue
        if line.startswith("## "):
            out.append("== #" + typst_string(line[3:]))
        elif line.startswith("- "):
            out.append("- #" + typst_string(line[2:]))
        elif line.startswith("|"):
            out.append("#" + typst_string("  ".join(c.strip() for c in line.strip("|").split("|"))))
        else:
            out.append("#" + typst_string(line))
        out.append("")
    return "\n".join(out) + "\n"


def pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--unshaped", required=True, help="folder of the unshaped engine's acnebotox.dll")
    parser.add_argument("--shaped", required=True, help="folder of this checkout's acnebotox.dll")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    node = shutil.which("node")
    work = pathlib.Path(tempfile.mkdtemp(prefix="acnebotox-shaping-"))
    try:
        fonts = work / "fonts"
        fonts.mkdir()
        for font in ATKINSON.glob("*.ttf"):
            shutil.copy(font, fonts)
        if DROID.exists():
            shutil.copy(DROID, fonts)
        texts = {"seed (English)": (SEED, typst_source(SEED)), "Chinese handout": (CHINESE, markdown_typst(CHINESE))}
        print(f"{'text':18} {'tool':10} {'pages':>6} {'ms/page':>9}   (median of {args.runs} paired runs, {args.copies} copies per run)")
        for label, (source, typst) in texts.items():
            folder = work / label.split()[0] / "in"
            folder.mkdir(parents=True)
            shutil.copy(SETTINGS, folder / "handout.yml")
            typ = work / label.split()[0] / "typ"
            typ.mkdir()
            for n in range(1, args.copies + 1):
                shutil.copy(source, folder / f"copy-{n:03}{source.suffix}")
                (typ / f"copy-{n:03}.typ").write_text(typst, encoding="utf-8")
            outputs = {name: work / label.split()[0] / f"out-{name}" for name in ("unshaped", "shaped", "typst")}

            def ours(name):
                dll = pathlib.Path(getattr(args, name)) / "acnebotox.dll"
                return lambda: run(["dotnet", str(dll), "export", str(folder), "-f", "pdf", "-o", str(outputs[name]), "--force", "-q"])

            contenders = {"unshaped": ours("unshaped"), "shaped": ours("shaped")}
            if node and TYPST.parent.joinpath("node_modules").exists():
                outputs["typst"].mkdir()
                contenders["typst"] = lambda: run([node, str(TYPST), str(fonts), str(outputs["typst"]), *map(str, sorted(typ.glob("*.typ")))])
            medians = paired(args.runs, contenders)
            for name, (wall, _, _, _) in medians.items():
                count = sum(pages(pdf) for pdf in outputs[name].glob("*.pdf"))
                print(f"{label:18} {name:10} {count:>6} {wall * 1000 / count:>9.1f}")
            shaped = medians["shaped"][0] / sum(pages(p) for p in outputs["shaped"].glob("*.pdf"))
            unshaped = medians["unshaped"][0] / sum(pages(p) for p in outputs["unshaped"].glob("*.pdf"))
            line = f"{label:18} shaped / unshaped per page: {shaped / unshaped:.2f}x"
            if "typst" in medians:
                typst_page = medians["typst"][0] / sum(pages(p) for p in outputs["typst"].glob("*.pdf"))
                line += f"; shaped / Typst per page: {shaped / typst_page:.2f}x"
            print(line)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
