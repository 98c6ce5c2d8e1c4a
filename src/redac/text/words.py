"""Words of a text: the unit of every count (length, density, sentence length)."""

from __future__ import annotations

import re

from redac.text.cache import short_cache
from redac.text.normalize import normalize_text

# A word: letters or digits, possibly joined by an apostrophe, a hyphen, or a decimal mark
# inside a number ("l'Union", "a-t-il", "3,5", "2021-2023").
WORD_RE = re.compile(r"[^\W_]+(?:(?:['\-]|(?<=\d)[.,](?=\d))[^\W_]+)*")
# a number, possibly an ordinal with a short suffix in any language ("1er", "3ème", "21st")
_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*[^\W\d_]{0,3}$")


def words(text: str) -> list[str]:
    """Word tokens, apostrophes straightened, case kept (a new list each call)."""
    return list(_words(text))


@short_cache(maxsize=16384, max_chars=600)
def _words(text: str) -> tuple[str, ...]:
    """Cached for sentence-sized texts: a 100,000-word rewrite asks for the words of the same
    sentences and paragraphs again and again (169,756 calls on 25,775 texts, three quarters of
    the characters read more than once), from some twenty places that each need them once. A
    word list takes several times its text's memory (a string per word), so the cache is kept
    to 16,384 texts of at most 600 characters: 24 MB after the 100,000-word rewrite, ~120 MB
    at worst (0.42 s of words on the 100,000 words without repeats, against 0.37 s with
    paragraphs of 2,000 characters cached too and 0.67 s without a cache)."""
    return tuple(WORD_RE.findall(normalize_text(text)))


@short_cache(maxsize=65536)
def word_count(text: str) -> int:
    """How many words (cached: the planner, the writer and the report count the same
    paragraphs and sentences again)."""
    return len(words(text))


def is_number(word: str) -> bool:
    return bool(_NUMBER_RE.match(word))


def lower_words(text: str) -> list[str]:
    return [w.lower() for w in words(text)]
