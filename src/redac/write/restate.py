"""A sentence's main clause, and its noun phrases, restated from the source's parse.

:func:`core` keeps the main clause (its subject, verb and arguments) and removes detached
constituents (:func:`redac.write.clauses.units`) until the clause is short enough — never a
condition, a negation, an attribution or a quotation's words; :func:`noun_phrase` gives the
phrase a noun heads, without what commas or parentheses set off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.text.words import word_count
from redac.write.clauses import (
    _ORDER,
    Tok,
    _folded,
    is_finite,
    main_root,
    quotes_balanced,
    render,
    subject,
    subtree,
    units,
)


def core(
    tokens: list[Tok],
    lang: LanguageData,
    *,
    max_words: int = 20,
    min_words: int = 6,
    max_share: float = 1.0,
    drop: Iterable[int] = (),
    drop_attribution: bool = False,
    keep_dates: frozenset[int] = frozenset(),
) -> str:
    """The sentence's main clause, detached constituents removed until it has at most
    ``max_words`` words ("" when it cannot be done without touching what must stay).

    ``max_share``: at most this share of the sentence's words (a restatement, not a copy);
    ``drop``: token indices removed first (a date the timeline shows apart); ``keep_dates``:
    tokens (dates) an opening adjunct keeps unless nothing else brings the clause under the
    limit."""
    dropped = set(drop)
    toks = [t for t in tokens if t.i not in dropped]
    total = sum(1 for t in tokens if t.pos_ != "PUNCT")
    if max_share < 1.0:  # shorter than the sentence by a real margin, not by a word
        max_words = min(max_words, int(max_share * total - 0.01))
    root = main_root(toks)
    if root is None:
        return ""
    if root.pos_ not in ("VERB", "AUX") and not any(
        c.dep_ == "cop" or c.dep_.startswith("aux") for c in root.children
    ):
        return ""
    ids = {t.i for t in toks}
    if any(c.dep_ == "mark" and c.i in ids for c in root.children):
        return ""  # the parse took a subordinate clause (« Alors que… ») for the main one
    subj = subject(root)
    if subj is None or _anaphoric(subj, lang):
        return ""
    if any(t.pos_ == "SCONJ" for t in subj.subtree if t.i in ids):
        return ""  # a subject holding « lorsqu'… »: the parse went astray, restate nothing
    cand = units(toks, lang)
    if not drop_attribution:
        cand = [u for u in cand if u.kind != "attribution"]
    removed: set[int] = set()
    # always: parentheses; then by kind, the largest first, until short enough
    order = sorted(cand, key=lambda u: (bool(u.ids & keep_dates), _ORDER.index(u.kind), -u.words))
    for u in order:
        kept = [t for t in toks if t.i not in removed]
        n = sum(1 for t in kept if t.pos_ != "PUNCT")
        if u.kind not in ("parenthesis", "attribution") and n <= max_words:
            break
        if u.ids <= removed or subj.i in u.ids:
            continue
        removed |= u.ids
    # a coordinator or connector left at the very start says nothing on its own
    kept = [t for t in toks if t.i not in removed]
    while kept and (kept[0].dep_ == "cc" or (kept[0].pos_ == "PUNCT" and kept[0].text in ",;:")):
        kept = kept[1:]
    according = _folded(lang)[1]
    if any(
        any(fold(c.text) in according for c in t.children) and _anaphoric(t, lang) for t in kept
    ):
        return ""  # « …, selon elle »: whose word it is lies in the sentence before
    words_kept = [t for t in kept if t.pos_ != "PUNCT"]
    if words_kept and words_kept[0].pos_ in ("VERB", "AUX"):
        return ""  # « A-t-il ajouté, … »: what it said went, the incise is left alone
    text = render(kept)
    n = word_count(text)
    if not min_words <= n <= max_words or not quotes_balanced(text):
        return ""
    if root.i not in {t.i for t in kept} or not (
        is_finite(root) or any(c.dep_ == "cop" and is_finite(c) for c in root.children)
    ):
        return ""  # a clause keeps its finite verb: no « Une procédure habituelle… » alone
    return text


@lru_cache(maxsize=8)
def _anaphora(lang: LanguageData) -> frozenset[str]:
    return frozenset(lang.rewriting.anaphora)


def _anaphoric(t: Tok, lang: LanguageData) -> bool:
    """A subject that points back to an earlier sentence ("il", "cette décision")."""
    words = _anaphora(lang)
    if t.dep_ == "expl:subj":
        return False  # the impersonal « il » (« il y a », « il s'agit ») points nowhere
    if t.pos_ == "PRON" and fold(t.text) in words:
        return True
    return any(
        c.dep_ == "det" and ("Dem" in c.morph.get("PronType") or fold(c.text) in words)
        for c in t.children
    )


_IMPERSONAL = re.compile(
    r"^(?:il (?:y a|y avait|s'agit|s'agissait|faut|fallait)|there (?:is|are|was|were))\b", re.I
)


def anaphoric_start(text: str, lang: LanguageData) -> bool:
    """The text opens on a word that needs what came before: a pronoun, a demonstrative, or a
    condition (« Si tel était le cas… »); the impersonal « Il y a… » does not."""
    if any(fold(text).strip().startswith(fold(p) + " ") for p in lang.rewriting.impersonal):
        return False
    first = re.split(r"[\s']", fold(text).strip(), maxsplit=1)[0] if text.strip() else ""
    words = {fold(w).rstrip("'") for w in (*lang.rewriting.anaphora, *lang.rewriting.conditions)}
    return first in words


def noun_phrase(t: Tok, ids: set[int], max_words: int = 8) -> str:
    """The noun phrase ``t`` heads, without what is set off by commas or parentheses."""
    keep = []
    for x in subtree(t, ids):
        keep.append(x)
    drop: set[int] = set()
    for c in t.children:
        if c.dep_ in ("appos", "acl:relcl", "acl", "punct") or c.text in "(),":
            drop |= {x.i for x in c.subtree}
    for x in keep:
        if x.text == "(":
            drop |= {y.i for y in keep if y.i >= x.i and y.i <= _closing(x, keep)}
    words = [x for x in keep if x.i not in drop and not (x.dep_ == "case" and x.head.i == t.i)]
    text = render(words, final=False, capital=False) if words else ""
    if not text or word_count(text) > max_words or not quotes_balanced(text):
        return ""
    return text


def _closing(opening: Tok, toks: list[Tok]) -> int:
    for x in toks:
        if x.i > opening.i and x.text == ")":
            return int(x.i)
    return int(opening.i)
