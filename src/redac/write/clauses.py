"""Clauses of a parsed sentence: what may go without changing a claim, and what must stay.

Every operation works on the tokens of the source's one parse and only ever *removes whole
constituents* set off by punctuation (a non-restrictive relative clause, an apposition, a
participial or adverbial clause, a parenthesis, a second coordinated clause, an opening
adjunct). What is removed is more information, never a condition ("si…"), a negation or an
attribution ("selon…"): the clause that remains is entailed by the sentence it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from redac.lang import LanguageData
from redac.text.normalize import fold

Tok = Any
SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl:subj")
_QUOTE_CHARS = '«»“”"'
_CLAUSE_DEPS = ("advcl", "acl", "parataxis", "dislocated")
_ADJUNCT_DEPS = ("obl", "obl:mod", "obl:arg", "advmod", "nmod", "advcl")
# the relations :func:`units` gives a kind for (besides an attribution and another root)
_UNIT_DEPS = frozenset(("acl:relcl", "appos", "conj", *_CLAUSE_DEPS, *_ADJUNCT_DEPS))


@dataclass(frozen=True)
class Unit:
    """A removable constituent: its token indices (with the commas that set it off)."""

    ids: frozenset[int]
    kind: str  # "parenthesis" | "relative" | "apposition" | "clause" | "opening" | "coordinate"
    # | "attribution" | "date"
    words: int


def ids_of(tokens: Iterable[Tok]) -> set[int]:
    return {t.i for t in tokens}


def roots(tokens: list[Tok]) -> list[Tok]:
    ids = ids_of(tokens)
    return [t for t in tokens if t.pos_ != "PUNCT" and (t.head.i == t.i or t.head.i not in ids)]


def subtree(t: Tok, ids: set[int]) -> list[Tok]:
    return [x for x in t.subtree if x.i in ids]


def contiguous(idx: Iterable[int]) -> bool:
    s = sorted(idx)
    return bool(s) and s[-1] - s[0] + 1 == len(s)


def is_finite(t: Tok) -> bool:
    return "Fin" in t.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in t.children
    )


def subject(t: Tok) -> Tok | None:
    return next((c for c in t.children if c.dep_ in SUBJECTS), None)


def negated(t: Tok, lang: LanguageData) -> bool:
    neg = set(lang.rewriting.negations)
    return any(
        c.dep_ == "advmod" and (fold(c.text) in neg or "Neg" in c.morph.get("Polarity"))
        for c in t.children
    )


# render's tidying, compiled once (it runs for every phrase and clause the planner weighs)
_SPACE_BEFORE = re.compile(r"\s+([,.)…])")
_COMMA_BEFORE = re.compile(r",(\s*[,.;:!?])")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_SPACES = re.compile(r"\s{2,}")
_FINAL_STOP = re.compile(r"[.!?…][\s»”\"’)]*$")


def render(tokens: list[Tok], prefix: str = "", final: bool = True, capital: bool = True) -> str:
    """The tokens' text with the source's own spacing, tidied where a cut left punctuation
    hanging; a capital at the start and, if ``final``, a full stop at the end."""
    if not tokens:
        return prefix
    out = []
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        ws = t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " "
        out.append(t.text + ws)
    text = "".join(out).strip()
    if prefix:
        text = f"{prefix} {text}"
    text = _SPACE_BEFORE.sub(r"\1", text)
    if "," in text:  # the two patterns below cannot match without their sign
        text = _COMMA_BEFORE.sub(r"\1", text)
    if "(" in text:
        text = _EMPTY_PARENS.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    text = text.lstrip(",;:–—- ").rstrip(",;:–—- ")
    if not text:
        return ""
    if capital:
        text = text[0].upper() + text[1:]
    if final and not _FINAL_STOP.search(text):
        text += "."
    return text


def quotes_balanced(text: str) -> bool:
    return (
        text.count("«") == text.count("»")
        and text.count('"') % 2 == 0
        and (text.count("“") == text.count("”"))
    )


def _comma(t: Tok | None) -> bool:
    return t is not None and t.text in (",", "—", "–")


def quoted(tokens: list[Tok]) -> set[int]:
    """Indices of the tokens that stand inside a quotation (the marks themselves excluded)."""
    out: set[int] = set()
    depth = 0
    for t in tokens:
        if t.text in "«“":
            depth += 1
        elif t.text in "»”" and depth:
            depth -= 1
        elif t.text == '"':
            depth = 0 if depth else 1
        elif depth:
            out.add(t.i)
    return out


def main_root(tokens: list[Tok]) -> Tok | None:
    """The root of the sentence's main clause where the parse gives several (a quotation or an
    opening clause the parser took for a sentence): the last finite verb with a subject."""
    rs = roots(tokens)
    if len(rs) == 1:
        return rs[0]
    inside = quoted(tokens)
    best = [
        r
        for r in rs
        if r.i not in inside
        and subject(r) is not None
        and is_finite(r)
        and not any(c.dep_ == "mark" for c in r.children)  # « Alors que… »: subordinate
    ]
    return best[-1] if best else None


_UNITS: list[tuple[Any, dict[tuple[int, ...], tuple[LanguageData, list[Unit]]]]] = []


def units(tokens: list[Tok], lang: LanguageData) -> list[Unit]:
    """The constituents of a sentence that may go, outermost first. ``tokens`` may be a
    sentence with parts already left out: neighbours are read in this list, not in the doc.
    Made once per token list (the planner's headings and the writer's key points restate the
    same sentences of the source); kept for the last two parses only."""
    if not tokens:
        return []
    doc = tokens[0].doc
    memo = next((m for known, m in _UNITS if known is doc), None)
    if memo is None:
        memo = {}
        _UNITS.insert(0, (doc, memo))
        del _UNITS[2:]
    key = tuple(t.i for t in tokens)
    hit = memo.get(key)
    if hit is not None and hit[0] is lang:
        return list(hit[1])
    out = _units(tokens, lang)
    memo[key] = (lang, out)
    return list(out)


@lru_cache(maxsize=8)
def _folded(lang: LanguageData) -> tuple[frozenset[str], ...]:
    """The word lists :func:`units` reads, folded (once per language): conditions, « selon »
    and its kin, what is not a source, verbs of speech, detachable adjuncts' first words."""
    return tuple(
        frozenset(fold(w) for w in words)
        for words in (
            lang.rewriting.conditions,
            lang.facts.according_to,
            lang.rewriting.not_sources,
            lang.facts.speech_verbs,
            lang.rewriting.detachable,
        )
    )


def _units(tokens: list[Tok], lang: LanguageData) -> list[Unit]:
    ids = ids_of(tokens)
    doc = tokens[0].doc
    pos = {t.i: k for k, t in enumerate(tokens)}

    def near(i: int, step: int) -> Tok | None:
        k = pos[i] + step
        return tokens[k] if 0 <= k < len(tokens) else None

    conditions, according, not_sources, speech, detachable = _folded(lang)
    inside = quoted(tokens)
    says = {t.i for t in tokens if fold(t.text) in speech}  # verbs of speech
    out: list[Unit] = []
    depth, start = 0, -1
    for k, t in enumerate(tokens):  # parentheses
        if t.text == "(":
            depth += 1
            start = k if depth == 1 else start
        elif t.text == ")" and depth:
            depth -= 1
            if depth == 0:
                span = {x.i for x in tokens[start : k + 1]}
                out.append(Unit(frozenset(span), "parenthesis", _words(span, doc)))
    main = main_root(tokens)
    root_ids = {main.i} if main is not None else {r.i for r in roots(tokens)}
    # « "…", a-t-il ajouté »: the quotation is what the verb of speech says, never a detail
    reports = main is not None and fold(main.text) in speech
    opening = _before_subject(tokens, main, lang, conditions, according, speech, inside)
    if opening and not (reports and any(doc[i].text in _QUOTE_CHARS for i in opening.ids)):
        out.append(opening)
    last_word = max((t.i for t in tokens if t.pos_ != "PUNCT"), default=-1)
    text_of = {t.i: t.text for t in tokens}
    # a token that heads a verb of speech may be an attribution, whatever its relation
    speakers = _above(says, ids, doc)
    for t in tokens:
        if t.i in root_ids or t.pos_ == "PUNCT":
            continue
        if t.dep_ not in _UNIT_DEPS and t.i not in speakers and t.head.i != t.i and t.head.i in ids:
            continue  # a relation no kind below is given for (a determiner, an object…)
        sub = {x.i for x in t.subtree if x.i in ids}
        if root_ids & sub or not _contiguous_in(sub, pos):
            continue
        ordered = sorted(sub, key=lambda i: pos[i])
        while ordered and text_of[ordered[-1]] in ",;":  # a comma the parser hung on it
            ordered.pop()
        while ordered and text_of[ordered[0]] in ",;":
            ordered.pop(0)
        if not ordered:
            continue
        sub = set(ordered)
        first, last = ordered[0], ordered[-1]
        if first in inside:
            continue  # never cut inside a quotation: it would misquote
        before, after = near(first, -1), near(last, 1)
        opens = pos[first] == 0 or (pos[first] == 1 and tokens[0].text in '«"“')
        first_word = fold(text_of[first])
        marks = {fold(c.text) for c in t.children if c.dep_ in ("mark", "case")}
        conditional = first_word in conditions or bool(marks & conditions)
        kind = ""
        if not says.isdisjoint(sub):
            kind = "attribution"  # « …, a-t-il ajouté »: who said it is never dropped
        elif t.head.i == t.i or t.head.i not in ids:  # another "root": a clause the parser cut off
            if opens and _comma(after) and not conditional:
                kind = "opening"
            elif _comma(before) and last == last_word and not conditional:
                kind = "clause"
        elif t.dep_ == "acl:relcl" and _comma(before):
            kind = "relative"
        elif t.dep_ == "appos" and _comma(before):
            kind = "apposition"
        elif t.dep_ in ("obl", "obl:mod", "obl:arg") and marks & according:
            # « selon l'utilisation »: *depending on*, a condition of the claim, never dropped
            kind = "" if fold(t.text) in not_sources else "attribution"
        elif t.dep_ in _CLAUSE_DEPS and (_comma(before) or (opens and _comma(after))):
            kind = "" if conditional else "clause"
        elif t.dep_ == "conj" and t.head.i in root_ids and t.pos_ in ("VERB", "AUX"):
            cc = [c for c in t.children if c.dep_ == "cc" and c.i < t.i]
            if cc and (_comma(before) or cc[0].i == first):
                kind = "coordinate"
        elif t.dep_ in _ADJUNCT_DEPS and opens and _comma(after):
            kind = "" if conditional else "opening"
        elif (
            t.dep_ in _ADJUNCT_DEPS
            and _comma(before)
            and (last == last_word or _comma(after))
            and t.head.i in root_ids
        ):
            kind = "" if conditional else "clause"  # « …, suite à la dissolution de l'URSS »
        elif (
            t.dep_ in ("advcl", "obl:mod")
            and t.head.i in root_ids
            and last == last_word
            and first_word in detachable
            and not conditional
            and not negated(t.head, lang)
        ):
            kind = "adjunct"  # a trailing adjunct of an affirmed clause: more detail, no claim
        if not kind:
            continue
        span = set(sub)
        if before is not None and _comma(before):
            span.add(before.i)
            if after is not None and _comma(after) and kind != "coordinate":
                span.add(after.i)
        elif after is not None and _comma(after):
            span.add(after.i)
        if not _quotes_closed(span, doc):
            continue
        if reports and any(doc[i].text in _QUOTE_CHARS for i in span):
            continue
        out.append(Unit(frozenset(span), kind, _words(span, doc)))
    return out


def _above(found: set[int], ids: set[int], doc: Any) -> set[int]:
    """The tokens of ``ids`` whose subtree holds one of ``found`` (themselves included)."""
    out: set[int] = set()
    for i in found:
        t, steps = doc[i], 0
        while steps <= len(doc):
            if t.i in ids:
                out.add(t.i)
            if t.head.i == t.i:
                break
            t, steps = t.head, steps + 1
    return out


def _before_subject(
    tokens: list[Tok],
    main: Tok | None,
    lang: LanguageData,
    conditions: frozenset[str],
    according: frozenset[str],
    speech: frozenset[str],
    inside: set[int],
) -> Unit | None:
    """« X, Sujet verbe… »: all that stands before the main clause's subject, up to the comma
    just before it, is an opening adjunct — whatever the parser made of it — unless it holds a
    condition or an attribution."""
    if main is None:
        return None
    subj = subject(main)
    if subj is None or subj.i > main.i:
        return None
    pos = {t.i: k for k, t in enumerate(tokens)}
    sub = [x.i for x in subj.subtree if x.i in pos]
    if not sub:
        return None
    start = min(sub)
    k = pos.get(start, 0)
    if k < 2 or tokens[k - 1].text != "," or tokens[k - 1].i in inside:
        return None
    span = tokens[:k]
    found = {fold(t.text) for t in span}
    if found & (conditions | according | speech) or not quotes_balanced(
        "".join(t.text for t in span)
    ):
        return None
    ids = frozenset(t.i for t in span)
    return Unit(ids, "opening", sum(1 for t in span if t.pos_ != "PUNCT"))


def _contiguous_in(sub: set[int], pos: dict[int, int]) -> bool:
    ks = [pos[i] for i in sub if i in pos]  # distinct positions: no need to sort them
    return len(ks) == len(sub) and bool(ks) and max(ks) - min(ks) + 1 == len(ks)


def _words(span: set[int], doc: Any) -> int:
    return sum(1 for i in span if doc[i].pos_ != "PUNCT")


def _quotes_closed(span: set[int], doc: Any) -> bool:
    text = "".join(doc[i].text for i in sorted(span))
    return quotes_balanced(text)


_ORDER = (
    "parenthesis",
    "attribution",
    "apposition",
    "relative",
    "clause",
    "coordinate",
    "opening",
    "adjunct",
)
