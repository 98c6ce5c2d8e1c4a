"""Typographic normalisation: apostrophes, quotes, spaces.

French text mixes ``l'Union`` and ``l’Union``; both must be the same words everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from redac.text.cache import short_cache

APOSTROPHES = "'’‘ʼ`´′"
_APOS_RE = re.compile(f"[{re.escape(APOSTROPHES[1:])}]")
_SPACES_RE = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u3000]")
_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")


def straight_apostrophes(text: str) -> str:
    """Replace typographic apostrophes with the ASCII one."""
    return _APOS_RE.sub("'", text)


def normalize_spaces(text: str) -> str:
    """Non-breaking and thin spaces become plain spaces; zero-width characters go."""
    return _ZERO_WIDTH_RE.sub("", _SPACES_RE.sub(" ", text))


@short_cache(maxsize=16384)
def normalize_text(text: str) -> str:
    """NFC, plain spaces, straight apostrophes: the form used for measuring and matching."""
    return straight_apostrophes(normalize_spaces(unicodedata.normalize("NFC", text)))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case- and accent-insensitive key for a word (``Élysée`` → ``elysee``); cached, since the
    same words are folded again and again."""
    return strip_accents(straight_apostrophes(word).lower())


def apostrophes_like(text: str, model: str) -> str:
    """Use the apostrophe style of ``model`` (typographic ’ or straight ') in ``text``."""
    if _curly(model):
        return text.replace("'", "’")
    return straight_apostrophes(text)


@lru_cache(maxsize=4)
def _curly(model: str) -> bool:
    """``model`` mostly writes typographic apostrophes (cached: models are whole sources, the
    one or two of the rewrite under way; a server must not keep older ones alive)."""
    return model.count("’") > model.count("'")
