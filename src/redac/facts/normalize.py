"""Normal forms that make "11%", "11 %" and "11 pour cent" the same fact."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from redac.lang import all_languages, get_language
from redac.text.cache import long_cache
from redac.text.normalize import fold, normalize_text

_QUOTE_CHARS = re.compile(r"[«»“”„\"']")


@cache
def _percent() -> re.Pattern[str]:
    """ "%" and every registered language's words for it ("pour cent", "per cent")."""
    words = {w for lang in all_languages() for w in lang.facts.percent_words}
    alts = "|".join(r"\s*".join(map(re.escape, w.split())) for w in sorted(words, key=len)[::-1])
    return re.compile(rf"\s*(%|{alts})\b|\s*%", re.I)


@cache
def _elided() -> frozenset[str]:
    """Elided words of every registered language, without their apostrophe ("l", "qu")."""
    return frozenset(e.rstrip("'") for lang in all_languages() for e in lang.elisions)


@cache
def _leading_articles() -> re.Pattern[str]:
    """An article or partitive before a name, in any registered language ("la", "de l'", "the")."""
    items = {
        flat_article(a)
        for lang in all_languages()
        for a in (*lang.facts.articles, *lang.facts.partitives)
    }
    alts = "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True) if i)
    return re.compile(rf"^(?:{alts}) ")


def flat_article(text: str) -> str:
    return " ".join(fold(w).rstrip("'") for w in text.split()).strip()


def number_key(text: str) -> str:
    """``"11 %"`` → ``11%``; ``"3,5 millions"`` → ``3.5 millions``; ``"1 200"`` → ``1200``."""
    t = normalize_text(text).lower().strip()
    t = _percent().sub("%", t)
    t = re.sub(r"(?<=\d)[\s.](?=\d{3}\b)", "", t)  # thousands separators
    t = re.sub(r"(?<=\d),(?=\d)", ".", t)  # decimal comma
    return re.sub(r"\s+", " ", t)


@long_cache()
def quote_key(text: str) -> str:
    """Quote text compared verbatim, up to typography (quotes, apostrophes, spaces, case of first letter).

    Kept for the last two long texts: the claim checker and the fact check both read the whole
    source so (0.03 s on 100,000 words)."""
    t = _QUOTE_CHARS.sub("", normalize_text(text))
    t = re.sub(r"\s+", " ", t).strip(" .,;:…")
    return t.lower()


def flat_words(text: str) -> str:
    """Folded words joined by single spaces: punctuation-free text for phrase lookups."""
    from redac.text.words import words

    return " ".join(map(_flat_word, words(text)))


@lru_cache(maxsize=65536)
def _flat_word(word: str) -> str:
    """A word as :func:`flat_words` writes it (cached: a long text holds the same words again
    and again, and the fact check reads the whole source and the whole article)."""
    f = fold(word)
    head, _, rest = f.rpartition("'")
    if not head or not rest:
        return f
    if head in _elided():
        return rest  # "l'etat" → "etat"
    return f"{head} {rest}"  # "2009's" → "2009 s", "aujourd'hui" → "aujourd hui"


def entity_key(text: str) -> str:
    """A name without its article ("la Russie" → "russie"), folded, for matching."""
    t = flat_words(text.replace("-", " "))
    return _leading_articles().sub("", t).strip()


@cache
def frame_words(lang: str) -> frozenset[str]:
    """Folded words of the offline engine's fixed phrases in ``lang`` (labels, templates,
    connectors): a "name" made only of them is not a claim about the world."""
    texts = get_language(lang).phrases.texts()
    return frozenset(flat_words(re.sub(r"\{\w+\}", " ", " ".join(texts))).split())
