"""Sentence splitting that respects abbreviations, initials, decimals and quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from redac.text.normalize import normalize_text

# End punctuation, then optional closing quotes/brackets, then space, then a sentence start.
_BOUNDARY = re.compile(r"""([.!?…]+(?:\s?["»”’)\]])*)\s+(?=[«"“(\[]?\s*[A-ZÀ-ÖØ-Þ0-9«"“—–-])""")
_TRAILING_WORD = re.compile(r"([^\W\d_][\w.]*)\.$")


def _is_false_boundary(head: str, abbreviations: Iterable[str]) -> bool:
    """A period that ends an abbreviation ("M.", "Dr.") or an initial ("J.") is not an end."""
    m = _TRAILING_WORD.search(head)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return len(word) == 1 or word in abbreviations


def split_sentences(text: str, abbreviations: Iterable[str] = ()) -> list[str]:
    """Sentences of one block of text (a paragraph or a heading)."""
    text = normalize_text(text).strip()
    if not text:
        return []
    abbr = frozenset(abbreviations)
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start : m.end(1)].strip()
        if _is_false_boundary(head, abbr):
            continue
        if head:
            out.append(head)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out
