"""Page-fill benchmark helpers (see page-fill.sh).

generate OUT N SEED    writes N Markdown handouts with figures and tables of random sizes (and their PNGs) to OUT
measure PDF...         prints, per PDF, the blank share of every non-final page and whether the final page holds
                       only end matter; exit 1 when a non-final page is more than 15% blank or a final page
                       holds only end matter

Blank share is measured from a pdftoppm rendering (72 dpi, grey): the body area is the page minus the 1-inch
margins (header and footer are outside it); the blank share of a page is the height between the lowest
non-white pixel row inside the body area and the body's bottom edge, over the body height. It is measured
from what is printed, not from our layout engine, so it also catches a layout that thinks it filled a page.
"""
import random
import struct
import subprocess
import sys
import zlib
from pathlib import Path

WORDS = ("skin acne botox doctor nurse cream sunscreen redness peel laser week day gently wash water treatment "
         "side effect swelling dose clinic appointment call help heal scar spot oil pore mild strong daily use "
         "avoid touch pick rest cool dry itch rash sore face cheek forehead chin neck sleep pillow").split()


def sentence(rng, lo=6, hi=16):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


def paragraph(rng, lo=1, hi=5):
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))


def png(path, width, height, rng):
    """A striped RGB PNG, written with zlib only."""
    colour = [rng.randint(30, 220) for _ in range(3)]
    stripe = max(4, width // 12)
    row = bytearray()
    for x in range(width):
        row += bytes(colour) if (x // stripe) % 2 == 0 else b"\xf0\xf0\xf0"
    raw = b"".join(b"\x00" + bytes(row) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def table(rng):
    columns = rng.randint(2, 4)
    rows = rng.randint(2, 12)
    head = "| " + " | ".join(rng.choice(WORDS).capitalize() for _ in range(columns)) + " |"
    rule = "|" + "---|" * columns
    body = ["| " + " | ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9))) for _ in range(columns)) + " |"
            for _ in range(rows)]
    return "\n".join([head, rule, *body])


def handout(rng, number, images):
    lines = ["---", f"title: \"Generated handout {number}: caring for your skin\"",
             f"summary: {sentence(rng)}", "reviewed: 2026-01-15", "nextReview: 2027-01-15",
             "authors: [Dr Maya Patel]", f"version: \"{number}\""]
    if rng.random() < 0.5:
        lines.append(f"onlineUrl: https://riverside.example/handouts/generated-{number:02}")
    lines += ["sources:", f"  - https://example.org/guidelines/skin-care-after-treatment-number-{number}", "---", ""]
    lines += [":::key-points", *[f"- {sentence(rng, 4, 9)}" for _ in range(rng.randint(2, 4))], ":::", ""]
    for section in range(rng.randint(3, 7)):
        lines += [f"## Section {section + 1}: {sentence(rng, 2, 5)[:-1]}", ""]
        for _ in range(rng.randint(1, 3)):
            lines += [paragraph(rng), ""]
        kind = rng.random()
        if kind < 0.35:
            name = f"figure-{number:02}-{section}.png"
            png(images / name, rng.randint(200, 1400), rng.randint(150, 1300), rng)
            caption = f' "{sentence(rng, 3, 8)}"' if rng.random() < 0.7 else ""
            lines += [f"![{sentence(rng, 3, 6)[:-1]}](images/{name}{caption})", ""]
        elif kind < 0.65:
            lines += [table(rng), ""]
        elif kind < 0.8:
            lines += [*[f"{i + 1}. {sentence(rng, 4, 12)}" for i in range(rng.randint(2, 6))], ""]
        elif kind < 0.9:
            lines += ["> [!WARNING]", f"> {paragraph(rng, 1, 2)}", ""]
        if rng.random() < 0.3:
            lines += [f"Read more in [our guide to {rng.choice(WORDS)}](https://example.org/guides/{rng.choice(WORDS)}/{number}).", ""]
    return "\n".join(lines) + "\n"


def generate(out, count, seed):
    rng = random.Random(seed)
    out = Path(out)
    (out / "images").mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        (out / f"generated-{number:02}.md").write_text(handout(rng, number, out / "images"), encoding="utf-8")


END_MATTER_STARTS = ("Last reviewed", "Reviewed by", "Written by", "Version", "This handout is general information",
                     "doctor or nurse", "or nurse.", "Questions? Call", "Online version", "https://riverside.example",
                     "Talk to them", "change any treatment")


def page_size(pdf, page):
    info = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), pdf], capture_output=True, text=True, check=True).stdout
    for line in info.splitlines():
        if line.startswith(f"Page{page:>5} size:") or (line.startswith("Page size:")):
            parts = line.split(":")[1].split()
            return float(parts[0]), float(parts[2])
    raise SystemExit(f"no page size for {pdf}")


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))


def blank_share(pdf, page):
    """Share of the body height left blank below the lowest printed pixel row (72 dpi: 1 px = 1 pt)."""
    ppm = subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", str(page), "-l", str(page), pdf],
                         capture_output=True, check=True).stdout
    # PGM (P5): header of magic, width, height, maxval separated by whitespace.
    fields, at = [], 0
    while len(fields) < 4:
        while ppm[at:at + 1].isspace():
            at += 1
        start = at
        while not ppm[at:at + 1].isspace():
            at += 1
        fields.append(ppm[start:at])
    at += 1
    width, height = int(fields[1]), int(fields[2])
    pixels = ppm[at:]
    top, bottom = 72, height - 72
    lowest = top
    for y in range(top, bottom):
        row = pixels[y * width:(y + 1) * width]
        if min(row) < 200:
            lowest = y + 1
    return (bottom - lowest) / (bottom - top)


def final_page_only_end_matter(pdf, page):
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True, check=True).stdout
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    # Drop the running header (first line) and the footer ("Page X of Y" and the review line).
    body = [l for l in lines[1:] if not l.startswith("Page ") and not l.startswith("Last reviewed")]
    return all(l.startswith(END_MATTER_STARTS) for l in body)


def measure(pdfs):
    failures, shares = 0, []
    for pdf in pdfs:
        count = pages_of(pdf)
        blanks = [blank_share(pdf, p) for p in range(1, count)]
        shares += blanks
        only_end = final_page_only_end_matter(pdf, count)
        bad = [b for b in blanks if b > 0.15]
        status = "FAIL" if bad or only_end else "ok"
        failures += status == "FAIL"
        shown = " ".join(f"{b * 100:4.1f}%" for b in blanks) or "-"
        print(f"{status:4} {Path(pdf).name:48} pages {count}  blank of non-final pages: {shown}"
              + ("  FINAL PAGE ONLY END MATTER" if only_end else ""))
    if shares:
        print(f"\n{len(pdfs)} PDFs, {len(shares)} non-final pages: mean blank {sum(shares) / len(shares) * 100:.1f}%, "
              f"max {max(shares) * 100:.1f}%, over 15%: {sum(s > 0.15 for s in shares)}; failing PDFs: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1] == "measure":
        sys.exit(measure(sys.argv[2:]))
    else:
        raise SystemExit(__doc__)
