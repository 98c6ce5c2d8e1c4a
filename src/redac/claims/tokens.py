"""Tokens of a text with what the checker needs: folded form, content key, verb or not.

French tokens come from spaCy's tagger (POS and morphology; the parse the rest of redac
shares); English has no spaCy model, so its tokens come from rules (a verb is read from the
word before it and from its ending).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from redac.claims.lexicon import Lexicon
from redac.text.normalize import fold as _fold

_PUNCT_QUOTES = frozenset('«»“”"„')
# words (with inner apostrophes or hyphens), abbreviations with dots, numbers, or one sign
_RULE_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,2}\.(?=\s+[A-Z])"
    r"|\d+(?:[.,  ]\d+)*|[^\W_]+(?:['’\-][^\W_]+)*(?:n['’]t)?|[^\w\s]"
)


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    fold: str  # lower-cased, accents folded, straight apostrophe
    key: str  # content key (stem) or "" for a function word or a sign
    start: int  # character offsets in the text
    end: int
    pos: str  # the tagger's part of speech ("" without one)
    verb: bool
    part: bool  # a participle ("basés", "based"): a noun phrase may hold it
    cond: bool  # a verb in the conditional mood
    cap: bool  # starts with a capital
    word: bool  # a word or a number, not a sign


fold = lru_cache(maxsize=65536)(_fold)


@lru_cache(maxsize=65536)  # asked for every token of the source
def _is_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def tokenize(text: str, lex: Lexicon, doc: Any | None = None) -> list[Tok]:
    """The tokens of ``text``: from ``doc`` (a spaCy ``Doc`` of exactly this text, or a list of
    them, one per piece of the text in turn: :func:`redac.nlp.tag_each` of
    :func:`redac.nlp.chunks`, not joined into one ``Doc``) when given, else from rules."""
    if isinstance(doc, list):
        out: list[Tok] = []
        at = 0
        for piece in doc:
            out += _from_doc(piece, lex, at)
            at += len(piece.text)
        return out
    if doc is not None:
        return _from_doc(doc, lex)
    return _from_rules(text, lex)


def _conditional(low: str, lex: Lexicon) -> bool:
    return len(low) > 5 and low.endswith(lex.data.claims.conditional_endings or ("\0",))


_READ: dict[tuple[str, str, str], tuple[str, str, bool, bool, bool]] = {}


def _read(text: str, pos: str, lex: Lexicon) -> tuple[str, str, bool, bool, bool]:
    """(fold, key, cond, cap, word) of a token of this text and part of speech: the same for
    every occurrence, made once (a long source repeats its words)."""
    memo = (lex.lang, text, pos)
    hit = _READ.get(memo)
    if hit is None:
        verb = pos == "VERB"
        word = _is_word(text)
        hit = (
            fold(text),
            lex.key(text, verb) if word and pos not in ("AUX", "PRON", "DET") else "",
            pos in ("VERB", "AUX") and _conditional(text.lower(), lex),
            text[:1].isupper(),
            word,
        )
        if len(_READ) >= 65536:
            _READ.clear()
        _READ[memo] = hit
    return hit


def _from_doc(doc: Any, lex: Lexicon, at: int = 0) -> list[Tok]:
    """The tokens of ``doc``, their offsets moved by ``at`` (where its text starts)."""
    out: list[Tok] = []
    known = _READ.get  # :func:`_read`'s memo, looked up here first (one call less per token)
    lang = lex.lang
    for t in doc:
        if t.is_space:
            continue
        text = t.text
        pos = t.pos_
        verb = pos == "VERB"
        folded, key, cond, cap, word = known((lang, text, pos)) or _read(text, pos, lex)
        part = verb and "Part" in t.morph.get("VerbForm")
        start = t.idx + at
        out.append(
            Tok(text, folded, key, start, start + len(text), pos, verb, part, cond, cap, word)
        )
    return out


def _from_rules(text: str, lex: Lexicon) -> list[Tok]:
    raw = [(m.group(0), m.start(), m.end()) for m in _RULE_TOKEN.finditer(text)]
    out: list[Tok] = []
    prev_fold = ""
    prev2_fold = ""
    for text_, a, b in raw:
        f = fold(text_)
        word = _is_word(text_)
        cue = prev_fold in lex.verb_cues or (
            prev_fold.endswith("ly") and prev2_fold in lex.verb_cues
        )
        verb = (
            word
            and not text_[:1].isupper()
            and f not in lex.function
            and (
                cue
                or (f.endswith(lex.verb_suffixes) and prev_fold not in lex.determiners)
                or lex.key(text_) in lex.reporting
            )
        )
        out.append(
            Tok(
                text=text_,
                fold=f,
                key=lex.key(text_, verb) if word else "",
                start=a,
                end=b,
                pos="",
                verb=bool(verb),
                part=bool(verb) and f.endswith(("ed", "ing")),
                cond=bool(verb) and _conditional(text_.lower(), lex),
                cap=text_[:1].isupper(),
                word=word,
            )
        )
        if word:
            prev2_fold, prev_fold = prev_fold, f
        elif text_ not in "-'’":
            prev2_fold, prev_fold = prev_fold, ""
    return out


def quote_flags(toks: list[Tok], text: str) -> list[bool]:
    """Whether each token stands inside a quotation (« … », “ … ”, " … "), which may run over
    several sentences of a block."""
    inside = False
    flags = []
    for t in toks:
        if t.text in ("«", "“", "„"):
            inside = True
            flags.append(False)
            continue
        if t.text in ("»", "”"):
            inside = False
            flags.append(False)
            continue
        if t.text == '"':
            inside = not inside
            flags.append(False)
            continue
        flags.append(inside)
    return flags


def is_quote_mark(t: Tok) -> bool:
    return t.text in _PUNCT_QUOTES
