"""Regular expressions for dates, numbers and quotations, built from a language's vocabulary."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from redac.lang import get_language
from redac.text.cache import long_cache


@dataclass(frozen=True)
class Patterns:
    date: re.Pattern[str]
    number: re.Pattern[str]
    quote: re.Pattern[str]
    role_before: re.Pattern[str]
    speech: re.Pattern[str]  # a verb of speech, or "according to"
    according: re.Pattern[str]  # "according to" + an optional article, the name after it
    # ``date``'s alternatives that hold no digit, in its order: what ``date`` finds in a text
    # without a digit (a quicker scan of the many sentences that have none)
    date_words: re.Pattern[str]
    # whether no date holds a full stop and ``date_words`` holds no digit: what lets
    # :func:`dates_in` scan each sentence with a digit alone
    by_sentence: bool


def alternation(items: Iterable[str]) -> str:
    """``a|b|c`` of escaped items, longest first (so "pour cent" wins over "pour")."""
    return "|".join(re.escape(i) for i in sorted(set(items), key=lambda s: (-len(s), s)))


@cache
def patterns(lang: str) -> Patterns:
    f = get_language(lang).facts
    months = alternation(f.months)
    days = alternation(f.weekdays)
    rel = alternation(f.relative_dates)
    joiners = alternation(f.date_joiners)
    day = r"\d{1,2}(?:er|st|nd|rd|th)?(?!\d)"
    date = (
        rf"(?:(?:{days})\s+)?{day}(?:\s*(?:{joiners})\s*{day})?\s+(?:{months})(?:\s+\d{{4}})?"
        rf"|(?:{months})\s+{day}(?:,?\s+\d{{4}})?"
        rf"|(?:{months})\s+\d{{4}}"
        rf"|\b(?:{rel})\b"
        rf"|\b(?:{days})\b"
        r"|\b(?:1[89]\d\d|20\d\d)(?:\s*[-–]\s*(?:1[89]\d\d|20\d\d))?\b"
    )
    units = alternation(f.units)
    number = rf"(?<![\w.,])\d+(?:[  .]\d{{3}})*(?:[.,]\d+)?(?:\s?(?:{units})(?![\w]))?"
    quote = r"«\s*([^«»]{3,}?)\s*»|“([^“”]{3,}?)”|\"([^\"\n]{3,}?)\""
    dets = alternation(f.determiners)
    role_before = rf"(?:^|(?<=[\s,(]))(?:{dets})(?:\s|(?<='))"
    articles = "|".join(re.escape(a) + ("" if a.endswith("'") else " ") for a in f.articles)
    words = (*f.months, *f.weekdays, *f.relative_dates, *f.date_joiners)
    by_sentence = not any("." in w for w in words) and not any(
        c.isdigit() for w in (*f.weekdays, *f.relative_dates) for c in w
    )
    return Patterns(
        date=re.compile(date, re.I),
        number=re.compile(number, re.I),
        quote=re.compile(quote),
        role_before=re.compile(role_before, re.I),
        speech=re.compile(rf"\b(?:{alternation(f.speech_verbs + f.according_to)})\b", re.I),
        date_words=re.compile(rf"\b(?:{rel})\b|\b(?:{days})\b", re.I),
        according=re.compile(rf"\b(?:{alternation(f.according_to)})\s+((?:{articles})?)", re.I),
        by_sentence=by_sentence,
    )


_DIGIT = re.compile(r"\d")


def dates_in(text: str, lang: str) -> Iterator[re.Match[str]]:
    """:func:`scan_dates`, kept for the last two long texts: the ledger's extraction and the
    fact check's source side read the dates of the same source (0.1 s on 100,000 words)."""
    return iter(_dates(text, lang))


@long_cache()
def _dates(text: str, lang: str) -> tuple[re.Match[str], ...]:
    return tuple(scan_dates(text, lang))


def scan_dates(text: str, lang: str) -> Iterator[re.Match[str]]:
    """``patterns(lang).date.finditer(text)``, found quicker in a long text. A date is words,
    digits, spaces and dashes, never a full stop: each stretch between two full stops is
    scanned alone, with ``date`` where it holds a digit and with ``date_words`` (its
    alternatives that need none) elsewhere — ``date`` tries every one of its alternatives at
    every character, and most sentences of a text hold no digit."""
    p = patterns(lang)
    if not p.by_sentence:
        yield from p.date.finditer(text)
        return
    at = 0  # where the text not yet scanned starts: a full stop, or 0
    for digit in _DIGIT.finditer(text):
        if digit.start() < at:
            continue  # in the stretch just scanned
        a = text.rfind(".", 0, digit.start()) + 1
        b = text.find(".", digit.start())
        b = len(text) if b < 0 else b
        yield from p.date_words.finditer(text, at, a)
        yield from p.date.finditer(text, a, b)
        at = b
    yield from p.date_words.finditer(text, at)
