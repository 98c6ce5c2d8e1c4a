"""A long French text without repeats, for ``bench/speed.py --text``: the paragraphs of novels
of the ELTeC French collection (public domain; https://github.com/COST-ELTeC/ELTeC-fra, TEI
files under ``level1/``), joined with blank lines until ``WORDS`` words. Only the ``<p>`` of each
book's ``<body>`` are read, their notes left out; a paragraph without a letter, or one already
taken (« – Ah ! »), is skipped, so that no paragraph repeats.

Usage: python bench/eltec_text.py WORDS BOOK.xml [BOOK.xml ...] > text.txt
The figures in the README used FRA00201_Audoux, FRA04501_Barres and FRA00401_Allais (commit
83f0a43 of ELTeC-fra), 100,000 words.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

TEI = "{http://www.tei-c.org/ns/1.0}"


def paragraphs(path: Path) -> Iterator[str]:
    body = ET.parse(path).getroot().find(f".//{TEI}text/{TEI}body")
    for p in body.iter(f"{TEI}p") if body is not None else ():
        for parent in list(p.iter()):
            for child in list(parent):
                if child.tag == f"{TEI}note":
                    parent.remove(child)
        text = re.sub(r"\s+", " ", "".join(p.itertext())).strip()
        if text:
            yield text


def main(words: int, books: list[Path]) -> str:
    taken: list[str] = []
    seen: set[str] = set()
    n = 0
    for book in books:
        for text in paragraphs(book):
            if n >= words:
                break
            if not re.search(r"\w", text) or text in seen:
                continue
            seen.add(text)
            taken.append(text)
            n += len(text.split())
    return "\n\n".join(taken) + "\n"


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    sys.stdout.write(main(int(sys.argv[1]), [Path(p) for p in sys.argv[2:]]))
