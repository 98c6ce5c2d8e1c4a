"""Sentence splitting that respects abbreviations, initials, decimals and quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from redac.text.cache import short_cache
from redac.text.normalize import normalize_text

# End punctuation, then optional closing quotes/brackets, then space, then a sentence start.
_BOUNDARY = re.compile(r"""([.!?…]+(?:\s?["»”’)\]])*)\s+(?=[«"“(\[]?\s*[A-ZÀ-ÖØ-Þ0-9«"“—–-])""")
_TRAILING_WORD = re.compile(r"([^\W\d_][\w.]*)\.$")


_RUN = re.compile(r"[\w.]*")
_TAIL = 48  # characters the last word is looked for in first


def _is_false_boundary(head: str, abbreviations: Iterable[str]) -> bool:
    """A period that ends an abbreviation ("M.", "Dr.") or an initial ("J.") is not an end."""
    # the last word is in the head's last characters unless they are all one run of word
    # characters (then the whole head is searched): the same match, without trying every
    # position of a long sentence
    at = max(0, len(head) - _TAIL)
    m = _TRAILING_WORD.search(head, at)
    if at and _RUN.fullmatch(head, at):
        m = _TRAILING_WORD.search(head)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return len(word) == 1 or word in abbreviations


def split_sentences(text: str, abbreviations: Iterable[str] = ()) -> list[str]:
    """Sentences of one block of text (a paragraph or a heading), a new list each call."""
    return list(_split(text, frozenset(abbreviations)))


@short_cache(maxsize=8192)
def _split(text: str, abbr: frozenset[str]) -> tuple[str, ...]:
    """Cached: a 100,000-word rewrite splits the same paragraphs again and again (44,887
    calls on 5,499 texts, seven characters in eight read before), from the planner, the
    writer, the checks and the analyser. 8,192 paragraphs of at most 2,000 characters, their
    sentences about as large: ~35 MB at worst."""
    text = normalize_text(text).strip()
    if not text:
        return ()
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
    return tuple(out)
