"""The keyphrase as a search box without word forms sees it: its words *as written*.

redac's analyser understands French word forms (« écoles » matches « école », « l'intégration »
matches « intégration »). A plain matcher — the one most SEO plug-ins run, Yoast SEO's free
analysis among them — does not: it wants each content word of the keyphrase, as the user typed
it, as a whole word of the text (case aside; an elided article before it is fine, as in
« l'école »). The metadata the planner writes must satisfy both, so it is checked with this
stricter reading too. Our own rule, written from that description: no other project's code.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from redac.analysis.config import profile
from redac.lang import LanguageData
from redac.text.normalize import normalize_text
from redac.text.words import words

_QUOTED = re.compile(r'^\s*["“«]\s*(.+?)\s*["”»]\s*$')


@lru_cache(maxsize=1024)
def content_words(phrase: str, lang: LanguageData) -> tuple[str, ...]:
    """The keyphrase's words a matcher looks for: lower case, as written, function words
    dropped (all of them kept when nothing else is left)."""
    m = _QUOTED.match(normalize_text(phrase or ""))
    if m:
        return (m.group(1).lower(),)
    ws = [w.lower() for w in words(phrase or "")]
    content = [w for w in ws if w not in lang.function_words]
    return tuple(dict.fromkeys(content or ws))


@lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern[str]:
    # a whole word: not glued to a letter or digit on either side; an apostrophe before it is an
    # elision (« l'école »), one after it followed by a letter makes it a piece (« aujourd'hui »).
    # The word comes first and the character before it is looked at from its end (each of its
    # characters matches one): ``re`` then skips to where the word's first letter stands, where
    # a pattern opening on the look-behind is tried at every character (3x slower on a long
    # source, where the keyphrase's words are counted)
    return re.compile(
        rf"{re.escape(word)}(?<![^\W_].{{{len(word)}}})(?![^\W_])(?!'[^\W_])",
        re.IGNORECASE | re.DOTALL,
    )


def occurrences(word: str, text: str) -> int:
    return len(_pattern(word).findall(normalize_text(text)))


def count(phrase: str, text: str, lang: LanguageData) -> int:
    """How many whole keyphrases a sentence (or a title) holds: its rarest content word's
    count."""
    ws = content_words(phrase, lang)
    if not ws:
        return 0
    return min(occurrences(w, text) for w in ws)


class Counts:
    """:func:`count` over many texts at once (the sentences of a long source): each text's
    normalised form is made once, and each word is looked for once in all of them (joined by
    line breaks, which no word spans and which bound a word as the start and end of a text
    do), not once per text — the same sum as ``sum(count(phrase, t, lang) for t in texts)``."""

    def __init__(self, texts: list[str]) -> None:
        normed = [normalize_text(t) for t in texts]
        self._starts: list[int] = []
        pos = 0
        for t in normed:
            self._starts.append(pos)
            pos += len(t) + 1
        self._joined = "\n".join(normed)
        self._found: dict[str, Counter[int]] = {}  # each word's count per text, looked for once

    def total(self, phrase: str, lang: LanguageData) -> int:
        ws = content_words(phrase, lang)
        if not ws:
            return 0
        per = [self._per_text(w) for w in ws]
        both = set(per[0]).intersection(*per[1:])
        return sum(min(c[i] for c in per) for i in both)

    def _per_text(self, word: str) -> Counter[int]:
        """How many times ``word`` stands in each text (by index); the keyphrases weighed share
        words (« Paul Whelan », « Whelan »)."""
        if word not in self._found:
            self._found[word] = Counter(
                bisect_right(self._starts, m.start()) - 1
                for m in _pattern(word).finditer(self._joined)
            )
        return self._found[word]


def share(phrase: str, text: str, lang: LanguageData) -> float:
    """Share of the keyphrase's content words found as written in a text."""
    ws = content_words(phrase, lang)
    if not ws:
        return 0.0
    norm = normalize_text(text)  # found at all: the first occurrence is enough
    return sum(1 for w in ws if _pattern(w).search(norm)) / len(ws)


def found(phrase: str, text: str, lang: LanguageData) -> bool:
    return share(phrase, text, lang) >= 1


def in_heading(phrase: str, heading: str, lang: LanguageData) -> bool:
    """A subheading reflects the keyphrase when it holds more than half its words."""
    return share(phrase, heading, lang) > 0.5


class Offered:
    """Which sections offer a subheading that reflects a keyphrase (:func:`in_heading` on each
    section's candidates), for many keyphrases: a section whose candidates, joined, hold no
    more than half the keyphrase's words cannot hold them in one candidate, and is passed over
    without reading its candidates one by one (a long source has thousands of them)."""

    def __init__(
        self, sections: list[list[str]], fine: list[Callable[[str], bool]] | None = None
    ) -> None:
        """``fine[i]``: which of section ``i``'s candidates may be used (asked only of those
        that reflect a keyphrase); all of them when ``None``."""
        self._sections = sections
        self._fine = fine or [_anything] * len(sections)
        # joined by line breaks, which no word spans and which bound a word as a text's ends do
        self._joined = ["\n".join(normalize_text(c) for c in cands) for cands in sections]

    def count(self, phrase: str, lang: LanguageData) -> int:
        """How many sections hold a candidate that reflects ``phrase``."""
        ws = content_words(phrase, lang)
        if not ws:
            return 0
        n = 0
        for cands, fine, joined in zip(self._sections, self._fine, self._joined, strict=True):
            if sum(1 for w in ws if _pattern(w).search(joined)) / len(ws) <= 0.5:
                continue  # not even all its candidates together
            n += any(in_heading(phrase, c, lang) and fine(c) for c in cands)
        return n


def _anything(text: str) -> bool:
    return True


def at_start(phrase: str, title: str, lang: LanguageData) -> bool:
    """The whole keyphrase, word for word, opens the title (function words before it aside):
    « Le Liban veut… » opens with « Liban »."""
    text = normalize_text(title)
    key = normalize_text(phrase).strip().strip('"“”«»').strip()
    if not key:
        return False
    m = re.search(rf"(?<![^\W_]){re.escape(key)}(?![^\W_])(?!'[^\W_])", text, re.IGNORECASE)
    if m is None:
        return False
    before = words(text[: m.start()])
    return all(_function(w, lang) for w in before)


def _function(word: str, lang: LanguageData) -> bool:
    w = word.lower()
    return w in lang.function_words or f"{w}'" in lang.function_words


def whole(phrase: str, text: str) -> bool:
    """The keyphrase appears word for word somewhere in the text."""
    key = normalize_text(phrase).strip().strip('"“”«»').strip()
    pat = rf"(?<![^\W_]){re.escape(key)}(?![^\W_])(?!'[^\W_])"
    return bool(key) and re.search(pat, normalize_text(text), re.IGNORECASE) is not None


def length(phrase: str, lang: LanguageData) -> int:
    """The keyphrase's length as a matcher weighs it: content words, hyphenated ones split."""
    return sum(len([p for p in w.split("-") if p]) for w in content_words(phrase, lang)) or 1


def density_band(phrase: str, total_words: int, lang: LanguageData) -> tuple[int, int]:
    """(fewest, most) occurrences of the keyphrase the density check accepts in a text of
    ``total_words``: the analyser's density bounds, weighed by the keyphrase's length (a long
    keyphrase is needed fewer times), never under two."""
    cfg = profile()["keyphrase_density"]
    factor = 0.7 + length(phrase, lang) / 3
    low = cfg["minimum"] * total_words / (100 * factor)
    high = cfg["maximum"] * total_words / (100 * factor)
    return max(2, math.ceil(low)), max(2, math.floor(high))
