#!/usr/bin/env python3
"""Builds one hostile input per dimension at a given size, for tests/bench/scaling.sh.

Usage: scaling_inputs.py DIMENSION N OUTPUT_FOLDER   (prints the path of the file it wrote)
       scaling_inputs.py --list                      (prints "dimension default-n" lines)

N counts the dimension's unit (characters, acronyms, links, items, cells, pixels ...); the file
grows linearly with N, so timing N and 4N shows how the CLI scales in that one dimension.
"""
import itertools
import string
import struct
import sys
import zlib
from pathlib import Path

SENTENCE = "Botox may help acne "


def acronyms(count):
    # Distinct capital words of 3-5 letters ("ABC", "ABD", ...): each one is a new acronym.
    letters = string.ascii_uppercase
    out = []
    for size in (3, 4, 5):
        for combo in itertools.product(letters, repeat=size):
            out.append("".join(combo))
            if len(out) == count:
                return out
    return out


def png(width, height):
    # A valid grey 8-bit PNG; rows of zeros compress to almost nothing (a "decompression bomb").
    raw = zlib.compress(b"".join(b"\x00" + bytes(width) for _ in range(height)), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def table(cells, columns=10, words=3):
    rows = max(1, cells // columns)
    head = "|" + "|".join(f"Column {c}" for c in range(columns)) + "|\n"
    rule = "|" + "|".join("---" for _ in range(columns)) + "|\n"
    text = " ".join(["some words"] * words)
    body = "".join("|" + "|".join(f"r{r} c{c} {text}" for c in range(columns)) + "|\n" for r in range(rows))
    return "# Big table\n\n" + head + rule + body


def build(dimension, n, folder):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        # One paragraph line of n characters.
        "line-length": ("txt", lambda: "Long line\n\n" + (SENTENCE * (n // len(SENTENCE) + 1))[:n] + "\n"),
        # One word of n letters (the PDF writer must cut it into lines).
        "word-length": ("md", lambda: "# One long word\n\n" + "a" * n + "\n"),
        # A run of n capitals, then a lower-case letter: the acronym check's worst case.
        "capitals-run": ("txt", lambda: "Capitals\n\n" + "A" * n + "b\n"),
        # n distinct acronyms, none spelled out: n warnings before the cap.
        "acronyms": ("txt", lambda: "Acronyms\n\n" + " ".join(f"Ask about {a} today." for a in acronyms(n)) + "\n"),
        # "a.a.a.a." with n dots: the e-mail pattern's worst case.
        "dotted-words": ("txt", lambda: "Dotted words\n\n" + "a." * n + "\n"),
        # n Markdown links in paragraphs of 20.
        "links": ("md", lambda: "# Links\n\n" + "\n\n".join(" ".join(f"[link {i}](https://example.com/{i})" for i in chunk) for chunk in batched(range(n), 20)) + "\n"),
        # n opening brackets, n unresolved references: Markdig's link parser.
        "link-brackets": ("md", lambda: "# Brackets\n\n" + "[a]" * n + "\n"),
        "link-openers": ("md", lambda: "# Openers\n\n" + "[a](" * n + "\n"),
        # n list items separated by blank lines (one list), in plain text and Markdown.
        "list-items": ("txt", lambda: "List items\n\n" + "".join(f"- item number {i}\n\n" for i in range(n))),
        "list-items-md": ("md", lambda: "# List items\n\n" + "".join(f"- item number {i}\n\n" for i in range(n))),
        # n headings with the same text (ids "more", "more-1", ...).
        "headings": ("md", lambda: "# Headings\n\n" + "".join("## More about it\n\nSome text.\n\n" for _ in range(n))),
        # n question and answer pairs, every question the same.
        "qa-pairs": ("txt", lambda: "Questions\n\n" + "".join("Q. Does it hurt?\nA. No, it does not.\n\n" for _ in range(n))),
        # A table of n cells (10 columns).
        "table-cells": ("md", lambda: table(n)),
        # A table of 10 columns whose cells hold n characters in all (about 540 each, as in the 5.4 MB finding).
        "table-text": ("md", lambda: table(n // 540, words=50)),
        # One image of n pixels (a square), referenced once.
        "image-pixels": ("md", None),
        # n lines of debris, each dropped with a warning.
        "warnings": ("txt", lambda: "Warnings\n\nSome text for the reader.\n\n" + "Advertisement\n" * n),
    }
    if dimension not in files:
        raise SystemExit(f"unknown dimension {dimension}; use --list")
    ext, make = files[dimension]
    path = folder / f"{dimension}-{n}.{ext}"
    if dimension == "image-pixels":
        side = int(n ** 0.5)
        (folder / f"img-{n}.png").write_bytes(png(side, side))
        path.write_text(f"# Image\n\n![A test picture](img-{n}.png)\n\nSome text.\n", encoding="utf-8")
    else:
        path.write_text(make(), encoding="utf-8")
    return path


def batched(items, size):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


# Default n per dimension: 4n stays under the 10 MB input limit (and the 100,000-line limit).
DEFAULTS = {
    "line-length": 2_000_000,
    "word-length": 1_250_000,
    "capitals-run": 200_000,
    "acronyms": 20_000,
    "dotted-words": 500_000,
    "links": 5_000,
    "link-brackets": 200_000,
    "link-openers": 100_000,
    "list-items": 2_000,
    "list-items-md": 2_000,
    "headings": 2_000,
    "qa-pairs": 2_000,
    "table-cells": 2_000,
    "table-text": 1_350_000,
    "image-pixels": 4_000_000,
    "warnings": 20_000,
}

if __name__ == "__main__":
    if sys.argv[1:] == ["--list"]:
        for name, n in DEFAULTS.items():
            print(name, n)
    else:
        print(build(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
