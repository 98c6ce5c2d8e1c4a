"""Headlines and descriptions made shorter by whole constituents, never by words.

:func:`shorten` removes the detached constituents of a sentence (:func:`redac.write.clauses.units`),
then its trailing modifiers one whole phrase at a time, then — for a headline — the adjectives
that only qualify, until the text fits; :func:`detached` keeps a sentence's main clause whole.
"""

from __future__ import annotations

from typing import Any

from redac.lang import LanguageData
from redac.write.clauses import (
    _ORDER,
    SUBJECTS,
    Tok,
    ids_of,
    is_finite,
    main_root,
    quoted,
    quotes_balanced,
    render,
    roots,
    subtree,
    units,
)


def detached(tokens: list[Tok], lang: LanguageData, *, final: bool = True) -> str:
    """The sentence without its detached constituents (parentheses, appositions, relative and
    adverbial clauses set off by commas, an opening adjunct): its main clause, whole."""
    keep_kinds = ("attribution", "coordinate", "adjunct")
    drop = {i for u in units(tokens, lang) if u.kind not in keep_kinds for i in u.ids}
    return render([t for t in tokens if t.i not in drop], final=final)


def shorten(
    tokens: list[Tok],
    lang: LanguageData,
    fits: Any,
    *,
    final: bool = True,
    sentence: bool = False,
    adjectives: bool = False,
    keep: Any = None,
    tail_first: bool = False,
) -> str:
    """The longest text of the sentence that ``fits`` (a test on the text), made by removing
    whole detached constituents, then trailing modifiers of the last phrase — a complete phrase,
    never one cut off mid-way ("" when nothing fits). ``sentence``: it keeps a finite verb.
    ``keep``: a test every step must still pass (« the keyphrase is still there »): a
    constituent whose removal fails it stays. ``tail_first``: only trailing modifiers go, one
    by one from the end, no detached constituent ("" when that is not enough): the sentence that
    keeps its apposition and loses its last details."""
    toks = list(tokens)
    removed: set[int] = set()
    refused: set[frozenset[int]] = set()

    def text_without(extra: set[int]) -> str:
        return render([t for t in toks if t.i not in removed | extra], final=final)

    def acceptable(extra: set[int]) -> bool:
        gone = removed | extra
        kept = [t for t in toks if t.i not in gone and t.pos_ != "PUNCT"]
        if not kept or kept[-1].pos_ not in _CONTENT_END:
            return False  # « … d'ici », « … pour »: a phrase left open
        for t in kept:  # « (Sur les 4.527 personnes…,) 2.925 n'ont pas été hébergées »
            if t.pos_ == "NUM" and t.dep_ in SUBJECTS and any(i < t.i for i in gone):
                return False  # a number as subject counts what went before it
        for t in kept:  # a verb kept keeps its subject, its object and its relative pronoun
            if any(
                c.i in gone and (c.dep_ in (*SUBJECTS, "obj") or "Rel" in c.morph.get("PronType"))
                for c in t.children
            ):
                return False
        if not quotes_balanced(text_without(extra)) and quotes_balanced(text_without(set())):
            return False  # a quotation's closing mark left behind
        if keep is not None and not keep(text_without(extra)):
            return False
        # a relative pronoun goes with its clause's verb: « … la Seine(, dont les pièces, très
        # lourdes,) seront amenées » is the parse's mistake, not a constituent
        stretch: list[Tok] = []
        for t in [*toks, None]:
            if t is not None and t.i in gone:
                stretch.append(t)
                continue
            relative = any("Rel" in x.morph.get("PronType") for x in stretch)
            if relative and not any(x.pos_ in ("VERB", "AUX") and is_finite(x) for x in stretch):
                return False
            stretch = []
        root = main_root(toks)
        if sentence and root is not None and root.i in gone:
            return False  # « Paul Whelan, 50 ans(, … avait été arrêté en 2018) »: no verb left
        if sentence and kept[0].pos_ in ("VERB", "AUX") and toks[0].i in gone:
            return False  # « (Première étape : … la Seine, dont les pièces,) seront amenées »
        # a sentence keeps a finite verb of its own, not only a subordinate one (« … "pendant
        # qu'il commettait un acte d'espionnage" » has lost « avait été arrêté »)
        inside = quoted(toks)
        return not sentence or any(
            t.pos_ in ("VERB", "AUX")
            and is_finite(t)
            and t.i not in inside
            and not any(c.dep_ == "mark" for c in t.children)
            for t in kept
        )

    text = text_without(set())
    privative = {w.lower() for w in lang.rewriting.privative}

    def trim_tail() -> bool:  # its last modifiers go, one by one, until the text fits
        nonlocal text
        for _ in range(len(toks)):
            if fits(text):
                return True
            tail = _last_modifier([t for t in toks if t.i not in removed], refused)
            if not tail:
                break
            opening = min(tail)
            if any(t.i == opening and t.text.lower() in privative for t in toks):
                refused.add(frozenset(tail))  # « rouler | sans masque »: the claim itself
            elif acceptable(tail):
                removed.update(tail)
                text = text_without(set())
            else:
                refused.add(frozenset(tail))
        return fits(text)

    if tail_first:
        return text if trim_tail() else ""
    order = sorted(units(toks, lang), key=lambda u: (_ORDER.index(u.kind), -u.words))
    for u in order:
        if fits(text):
            return text
        if u.kind == "attribution" or u.ids <= removed or not acceptable(set(u.ids)):
            continue
        removed |= u.ids
        text = text_without(set())
    trim_tail()  # still too long: its last modifiers go, one by one
    if not adjectives:
        return text if fits(text) else ""
    # last: the adjectives that only qualify (« préparatifs minutieux », « l'énorme échafaudage »)
    qualifiers = sorted(
        (
            t
            for t in toks
            if t.dep_ in ("amod", "acl")
            and (t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm"))
            and not list(t.children)
            and t.head.i in ids_of(toks)
            and t.head.i not in {r.i for r in roots(toks)} | {t.i}
            and t.i not in quoted(toks)
        ),
        key=lambda t: -len(t.text),
    )
    for t in qualifiers:
        if fits(text):
            return text
        if t.i not in removed and acceptable({t.i}):
            removed.add(t.i)
            text = text_without(set())
    return text if fits(text) else ""


_CONTENT_END = {"NOUN", "PROPN", "ADJ", "NUM", "VERB", "X", "SYM"}


# what may end a headline and go whole: adjuncts and clauses first, then an agent, a modifier
_MODIFIER_DEPS = (
    "obl:mod",
    "advcl",
    "acl:relcl",
    "acl",
    "appos",
    "conj",
    "obl:agent",
    "amod",
)


def _last_modifier(toks: list[Tok], refused: Any = frozenset()) -> set[int]:
    """The subtree of a modifier whose whole phrase ends the text, the least information
    first (a noun's complement — « l'obtention | d'une aide » — never: it would dangle)."""
    ids = ids_of(toks)
    pos = {t.i: k for k, t in enumerate(toks)}
    last = max((t.i for t in toks if t.pos_ != "PUNCT"), default=-1)
    rs = roots(toks)
    core_ids = {c.i for r in rs for c in r.children if c.dep_ in SUBJECTS or c.dep_ == "obj"}
    found: list[tuple[tuple[int, int], set[int]]] = []
    root_ids = {r.i for r in rs}
    inside = quoted(toks)
    for t in toks:
        if t.dep_ not in _MODIFIER_DEPS or t.head.i not in ids or t.i in core_ids:
            continue
        if t.i in inside:
            continue  # a quotation is not ours to shorten
        if t.head.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ", "AUX"):
            continue
        if t.dep_ in ("acl", "amod") and t.head.i in root_ids:
            continue  # « Les contrôles routiers | bientôt supprimés… »: a headline's predicate
        if t.dep_ == "acl" and any(c.dep_ == "mark" for c in t.children):
            continue  # « une enquête | à été ouverte »: a clause hung on a noun, not a detail
        sub = {x.i for x in subtree(t, ids)}
        if max(sub) < last or t.head.i in sub or len(sub) >= len(ids) - 1:
            continue
        k = pos[min(sub)]
        if k and toks[k - 1].text in ",;(":
            sub.add(toks[k - 1].i)
        sub |= {c.i for x in toks if x.i in sub for c in x.children if c.dep_ == "cc"}
        if frozenset(sub) not in refused:
            found.append(((len(sub), _MODIFIER_DEPS.index(t.dep_)), sub))
    return min(found, key=lambda f: f[0])[1] if found else set()
