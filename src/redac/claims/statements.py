"""A text cut into statements (sentences, headings, list items), each with what a claim is
made of: content words, names, numbers, dates, quotations, clauses, speakers and roles."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from redac.claims import frames
from redac.claims.frames import Clause, Speaker, role_after, role_before
from redac.claims.lexicon import Lexicon
from redac.claims.tokens import Tok, quote_flags, tokenize
from redac.facts.normalize import number_key, quote_key
from redac.facts.patterns import patterns
from redac.text.normalize import fold
from redac.text.sentences import split_sentences


@dataclass(frozen=True)
class Mention:
    text: str
    key: str  # entity_key: folded words, article dropped
    words: tuple[str, ...]
    i: int  # token span in the statement
    j: int
    place: bool  # after a place preposition ("à Moscou", "in Denver")


@dataclass(frozen=True)
class Number:
    text: str
    key: str
    counted: str  # key of the noun it counts ("28 programmes"), or ""
    at: int = 0  # offset in the statement


@dataclass(frozen=True)
class Statement:
    index: int
    text: str
    block: int
    kind: str  # "sentence" | "heading" | "question" | "item" | "title"
    toks: tuple[Tok, ...]  # offsets in the whole text: ``base`` is the statement's start
    base: int
    keys: frozenset[str]
    key_seq: tuple[str, ...]
    flat: str  # " folded words " for phrase lookups
    mentions: tuple[Mention, ...]
    quotes: tuple[tuple[str, str], ...]  # (text, quote_key) of quoted stretches
    quoted: frozenset[int]  # token indices inside a quotation
    roles: tuple[tuple[Mention, frozenset[str], str], ...]  # (name, role keys, role text)
    lex: Lexicon = field(compare=False, repr=False)
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    # Read from the tokens when first asked: the checker asks them of the article's statements
    # and of the few source statements these rest on, not of every sentence of a long source.

    @cached_property
    def clauses(self) -> tuple[Clause, ...]:
        return frames.clauses(self.toks, self.lex)

    @cached_property
    def speakers(self) -> tuple[Speaker, ...]:
        return frames.speakers(self.toks, self.lex)

    @cached_property
    def _figures(
        self,
    ) -> tuple[tuple[Number, ...], tuple[tuple[str, frozenset[str]], ...], tuple[int, ...]]:
        return _numbers(self.text, self.toks, self.lex, self.base)

    @property
    def numbers(self) -> tuple[Number, ...]:
        return self._figures[0]

    @property
    def dates(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """(text, key items) of each date."""
        return self._figures[1]

    @property
    def date_at(self) -> tuple[int, ...]:
        """Where each date starts in the statement."""
        return self._figures[2]


def _flat(toks: Sequence[Tok]) -> str:
    return " " + " ".join(t.fold.removesuffix("'s") for t in toks if t.word) + " "


def _namey(toks: Sequence[Tok], k: int, first: int, lex: Lexicon, known: frozenset[str]) -> bool:
    t = toks[k]
    if not t.word or not t.cap or t.fold in lex.months or t.fold.isdigit():
        return False
    if t.fold in lex.not_names:
        return False
    if k == first or (k > 0 and toks[k - 1].text in ("«", "“", '"', ":")):
        if t.pos == "PROPN" and t.fold not in lex.function:
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return t.fold not in lex.function and (
            t.fold in known or (nxt is not None and nxt.word and nxt.cap and nxt.pos != "DET")
        )
    return t.fold not in lex.function or t.pos == "PROPN"


def mentions(toks: Sequence[Tok], lex: Lexicon, known: frozenset[str]) -> tuple[Mention, ...]:
    """Names: runs of capitalised words (joined by name particles and hyphens)."""
    first = next((k for k, t in enumerate(toks) if t.word), 0)
    out: list[Mention] = []
    k, n = 0, len(toks)
    while k < n:
        if not _namey(toks, k, first, lex, known):
            k += 1
            continue
        j = k + 1
        while j < n:
            if _namey(toks, j, first, lex, known):
                j += 1
            elif (
                j + 1 < n
                and (toks[j].fold in lex.particles or toks[j].text in ("-", "."))
                and _namey(toks, j + 1, first, lex, known)
            ):
                j += 2
            else:
                break
        text = "".join(
            t.text + (" " if m + 1 < j and toks[m + 1].start > t.end else "")
            for m, t in enumerate(toks[k:j], start=k)
        )
        words = [t.fold.removesuffix("'s") for t in toks[k:j] if t.word]
        while words and words[0] in lex.determiners:
            words = words[1:]
        if words:
            place = k > 0 and toks[k - 1].fold in lex.places
            out.append(Mention(text, " ".join(words), tuple(words), k, j, place))
        k = j
    return tuple(out)


_DIGIT = re.compile(r"\d")


def _numbers(
    text: str, toks: Sequence[Tok], lex: Lexicon, base: int
) -> tuple[tuple[Number, ...], tuple[tuple[str, frozenset[str]], ...], tuple[int, ...]]:
    p = patterns(lex.lang)
    dates: list[tuple[str, frozenset[str]]] = []
    at: list[int] = []
    masked = text
    digits = _DIGIT.search(text) is not None
    for m in (p.date if digits else p.date_words).finditer(text):
        items = set()
        words = [fold(w) for w in re.findall(r"\w+", m.group(0))]
        for w in words:
            if w.isdigit():
                items.add(str(int(w)))
            elif w in lex.months:
                items.add(w)
        if not items:
            items.add(" ".join(words))  # "le mois dernier", "yesterday"
        dates.append((m.group(0), frozenset(items)))
        at.append(m.start())
        masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    nums: list[Number] = []
    if not digits:  # a number opens on a digit
        return (), tuple(dates), tuple(at)
    starts = [t.start - base for t in toks]
    for m in p.number.finditer(masked):
        raw = m.group(0).strip()
        k = bisect.bisect_left(starts, m.end())
        counted = ""
        unit = raw.split()[-1] if " " in raw else ""
        if unit and unit.isalpha() and lex.key(unit):
            nums.append(Number(raw, number_key(raw), lex.key(unit), m.start()))
            continue
        while k < len(toks) and toks[k].fold in lex.role_preps:
            k += 1
        if k < len(toks) and toks[k].key and not toks[k].verb and starts[k] - m.end() <= 2:
            counted = toks[k].key
        nums.append(Number(raw, number_key(raw), counted, m.start()))
    return tuple(nums), tuple(dates), tuple(at)


def _blank_connectors(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Multi-word connectors ("par ailleurs", "in addition") link, they claim nothing: their
    words get no content key."""
    connectors = lex.connectors
    after = 0  # where the last connector found ends: the next one starts there or later
    n = len(toks)
    for k in [k for k, t in enumerate(toks) if t.fold in connectors]:  # where one may start
        if k < after:
            continue
        second = toks[k + 1].fold if k + 1 < n else ""
        for phrase, _ in connectors[toks[k].fold]:
            end = k + len(phrase)
            # most phrases of a common first word ("de", "en") fail on the second word: that
            # is looked at before the whole run is
            if len(phrase) > 1 and phrase[1] != second:
                continue
            if tuple(t.fold for t in toks[k:end]) == phrase:
                for m in range(k, end):
                    if toks[m].key:
                        toks[m] = replace(toks[m], key="")
                after = end
                break
    return toks


def build(
    text: str,
    lex: Lexicon,
    *,
    doc: Any | None = None,
    kinds: Sequence[str] = (),
    known: frozenset[str] = frozenset(),
    first_index: int = 0,
) -> list[Statement]:
    """The statements of ``text`` (blocks separated by blank lines; ``kinds`` gives each
    block's kind, "sentence" by default). ``doc``, when given, is the spaCy parse of exactly
    ``text``; ``known`` holds folded words known as names (from the source)."""
    toks = _blank_connectors(tokenize(text, lex, doc), lex)
    starts = [t.start for t in toks]
    out: list[Statement] = []
    pos = 0
    for b, block in enumerate(text.split("\n\n")):
        kind = kinds[b] if b < len(kinds) else "sentence"
        a0 = pos
        pos += len(block) + 2
        if not block.strip():
            continue
        lo, hi = bisect.bisect_left(starts, a0), bisect.bisect_left(starts, a0 + len(block))
        btoks = toks[lo:hi]
        flags = quote_flags(btoks, block)
        pieces = (
            [block.strip()]
            if kind in ("heading", "title", "question")
            else split_sentences(block, lex.data.abbreviations)
        )
        cursor = 0
        for piece in pieces:
            at = block.find(piece, cursor)
            if at < 0:
                continue
            cursor = at + len(piece)
            s0, s1 = a0 + at, a0 + at + len(piece)
            i, j = bisect.bisect_left(starts, s0, lo, hi), bisect.bisect_left(starts, s1, lo, hi)
            stoks = toks[i:j]  # a list slice: a copy
            sflags = flags[i - lo : j - lo]
            out.append(
                _statement(first_index + len(out), piece, b, kind, stoks, sflags, lex, known)
            )
    return out


def _statement(
    index: int,
    text: str,
    block: int,
    kind: str,
    toks: list[Tok],
    qflags: list[bool],
    lex: Lexicon,
    known: frozenset[str],
) -> Statement:
    base = toks[0].start if toks else 0
    local = toks  # offsets stay the text's: ``base`` brings them into the statement
    ments = mentions(local, lex, known)
    quoted = frozenset(k for k, f in enumerate(qflags) if f)
    quotes: list[tuple[str, str]] = []
    k = 0
    while k < len(local):
        if k in quoted:
            j = k
            while j < len(local) and j in quoted:
                j += 1
            seg = text[local[k].start - base : local[j - 1].end - base]
            if sum(1 for t in local[k:j] if t.word) >= 2:
                quotes.append((seg, quote_key(seg)))
            k = j
        else:
            k += 1
    roles = []
    for m in ments:
        after = role_after(local, m.j, lex)
        if after is not None and kind in ("heading", "title") and local[m.j].text == ":":
            after = None  # "Aston Martin DB5 : un châssis…": a label, not a role
        for span in (role_before(local, m.i, lex), after):
            if span is None:
                continue
            rk = frozenset(
                t.key
                for t in local[span.i : span.j]
                if t.key and t.key not in m.words and t.fold not in m.words
            )
            if rk:
                rtext = text[local[span.i].start - base : local[span.j - 1].end - base]
                roles.append((m, rk, rtext))
    key_seq = tuple(t.key for t in local if t.key)
    return Statement(
        index=index,
        text=text,
        block=block,
        kind=kind,
        toks=tuple(local),
        base=base,
        keys=frozenset(key_seq),
        key_seq=key_seq,
        flat=_flat(local),
        mentions=ments,
        quotes=tuple(quotes),
        quoted=quoted,
        roles=tuple(roles),
        lex=lex,
    )
