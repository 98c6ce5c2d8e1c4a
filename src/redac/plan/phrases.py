"""The phrases a subheading may be, read on the source's parse: a noun phrase taken *whole*
(its determiner kept, its preposition dropped, a relative clause or an apposition left out rather
than cut through, never from inside a quotation) or a section's clause restated on its own."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.text.words import words
from redac.write.clauses import contiguous, quoted, render, subtree
from redac.write.heading_check import MAX_HEADING_CHARS, misread, unbalanced
from redac.write.restate import core

MAX_TOKENS = 80  # a longer "sentence" (a list, a table row) offers no heading: bounded work
MAX_TERM_TOKENS = 4  # a quoted name or coinage, not a quotation
_END_POS = {"NOUN", "PROPN", "ADJ", "NUM"}


def noun_phrases(span: Any, lang: LanguageData, *, quotes: bool = False) -> list[str]:
    """Whole noun phrases of a ``Span`` of the source's parse, as headings. ``quotes``: a
    phrase inside a quotation too, when it holds no adjective (a topic the speaker names, never
    the speaker's judgement) — for a title's topic label, not for a subheading."""
    return [text for text, _ in noun_phrase_heads(span, lang, quotes=quotes)]


def noun_phrase_heads(
    span: Any, lang: LanguageData, *, quotes: bool = False
) -> list[tuple[str, Any]]:
    """:func:`noun_phrases`, each with its head token."""
    out: list[tuple[str, Any]] = []
    ids = {t.i for t in span}
    contractions, locutions = _lexicon(lang)
    for sent in _sentences(span):
        if len(sent) > MAX_TOKENS:
            continue
        sent_ids = {t.i for t in sent} & ids
        marked = quoted(sent)
        inside = marked - _terms(sent, marked)
        parens = any(t.text == "(" for t in sent)
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or (tok.i in inside and not quotes):
                continue  # a speaker's words are not the editor's heading
            sub = subtree(tok, sent_ids)
            if not sub or not contiguous(t.i for t in sub):
                continue
            drop: set[int] = set()
            for c in tok.children:
                if (
                    c.dep_ in ("acl:relcl", "appos", "acl", "dislocated", "parataxis")
                    and c.i > tok.i
                ):
                    drop |= {x.i for x in c.subtree}
                if c.text == "(" or c.dep_ == "punct":
                    drop.add(c.i)
            depth = 0
            for t in sub if parens else ():  # parentheses go whole
                if t.text == "(":
                    depth += 1
                if depth:
                    drop.add(t.i)
                if t.text == ")" and depth:
                    depth -= 1
            keep = [t for t in sub if t.i not in drop] if drop else sub
            # everything after the first cut goes too: no gap in the middle of a phrase
            cut = next((k for k, t in enumerate(keep) if k and keep[k - 1].i + 1 != t.i), None)
            if cut is not None:
                keep = keep[:cut]
            lead = ""
            while keep and keep[0].dep_ == "case" and keep[0].head.i == tok.i:
                lead = contractions.get(keep[0].text.lower(), "")
                keep = keep[1:]
            while keep and (keep[-1].pos_ not in _END_POS and not _participle(keep[-1])):
                keep = keep[:-1]
            if not keep or tok not in keep:
                continue
            after = keep[-1].i + 1
            if (
                after < len(tok.doc)
                and tok.doc[after].text in '"»”'
                and unbalanced(" ".join(t.text for t in keep))
            ):
                keep = [*keep, tok.doc[after]]  # the quoted term's closing mark
            cased = lead or any(c.dep_ == "case" for c in tok.children)
            if cased and fold(tok.text) in locutions:
                continue  # « à l'occasion de » → « L'occasion de… »: a locution undone
            first = keep[0]
            if first.pos_ == "DET" and (
                "Yes" in first.morph.get("Poss") or "Dem" in first.morph.get("PronType")
            ):
                continue  # « sa politique », « cette décision »: they point back
            if not lead and first.pos_ not in ("DET", "NUM", "PROPN", "ADJ") and first.i != tok.i:
                continue
            if not lead and first.i == tok.i and tok.pos_ == "NOUN" and _has_det(tok):
                continue  # its determiner was cut off
            if not lead and first.pos_ == "NOUN" and "Sing" in first.morph.get("Number"):
                continue  # « Président de l'Assemblée… », « Chose pour… »: a label, not a heading
            if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in keep):
                continue
            if misread(keep, lang) or _hangs_on_previous(keep):
                continue
            if tok.i in inside and (
                any(t.pos_ == "ADJ" or t.i not in inside for t in keep)
                or any(t.text in '«»“”"' for t in keep)
            ):
                continue  # from a quotation: a bare topic, wholly inside it
            text = render(keep, final=False)
            if lead:
                text = (
                    f"{lead} {text[:1].lower()}{text[1:]}"
                    if first.pos_ != "PROPN"
                    else (f"{lead} {text}")
                )
            if 2 <= len(words(text)) <= 10 and "," not in text:  # no apposition glued on
                out.append((headline(text), tok))
    return out


@lru_cache(maxsize=8)
def _lexicon(lang: LanguageData) -> tuple[dict[str, str], frozenset[str]]:
    """The contractions (lower case) and the locution nouns (folded), made once per language;
    callers only read them."""
    contractions = {k.lower(): v for k, v in lang.rewriting.contractions.items()}
    return contractions, frozenset(fold(w) for w in lang.rewriting.locution_nouns)


def _terms(sent: list[Any], inside: set[int]) -> set[int]:
    """Tokens of a quoted term, not a quotation: a short name or coinage between quotation
    marks, without a verb (« les "gilets jaunes" », « le "RIC" »). ``inside``: the tokens
    of ``sent`` inside quotation marks (:func:`quoted`)."""
    out: set[int] = set()
    run: list[Any] = []
    for t in [*sent, None]:
        if t is not None and t.i in inside:
            run.append(t)
            continue
        if run and len(run) <= MAX_TERM_TOKENS and not any(x.pos_ in ("VERB", "AUX") for x in run):
            out |= {x.i for x in run}
        run = []
    return out


_SENTS: list[tuple[Any, dict[tuple[int, int], list[list[Any]]]]] = []


def _sentences(span: Any) -> list[list[Any]]:
    """The span's sentences as token lists, made once per span (a section's noun phrases and
    its clauses are read in the same sentences; kept for the last two parses only); callers
    only read them."""
    doc = span.doc
    memo = next((m for known, m in _SENTS if known is doc), None)
    if memo is None:
        memo = {}
        _SENTS.insert(0, (doc, memo))
        del _SENTS[2:]
    key = (span.start, span.end)
    if key not in memo:
        memo[key] = _split(span)
    return memo[key]


def _split(span: Any) -> list[list[Any]]:
    out: list[list[Any]] = []
    cur: list[Any] = []
    for t in span:
        cur.append(t)
        if t.text in (".", "!", "?") or t.is_sent_end:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _hangs_on_previous(keep: list[Any]) -> bool:
    """The phrase modifies the noun just before it (« 5 membres | pro-GNA », « des députés |
    Les Républicains Christian Jacob »): it starts mid-phrase."""
    lo = keep[0].i
    if lo == 0 or (keep[0].pos_ == "DET" and keep[0].text.islower()):
        return False  # a phrase with its own determiner opens afresh
    prev = keep[0].doc[lo - 1]
    return prev.pos_ in ("NOUN", "PROPN") and any(t.head.i == prev.i for t in keep)


def _participle(t: Any) -> bool:
    return t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")


def _has_det(t: Any) -> bool:
    return any(c.dep_ == "det" for c in t.children)


def clauses(span: Any, lang: LanguageData) -> list[str]:
    """Short restated clauses of a span (the main clause of a sentence, ≤ 70 characters)."""
    out = []
    for sent in _sentences(span):
        if len(sent) > MAX_TOKENS:
            continue
        c = core(sent, lang, max_words=9, min_words=3, max_share=0.79)
        if c and len(c) <= MAX_HEADING_CHARS + 1:
            out.append(headline(c))
    return out


_WHITE = re.compile(r"\s+")


def headline(span: str) -> str:
    span = _WHITE.sub(" ", span).strip(" ,;:.")
    return span[:1].upper() + span[1:]
