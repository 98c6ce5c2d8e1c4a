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
from typing import Any

from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.text.words import word_count

Tok = Any
SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl:subj")
_QUOTE_CHARS = '«»“”"'
_CLAUSE_DEPS = ("advcl", "acl", "parataxis", "dislocated")
_ADJUNCT_DEPS = ("obl", "obl:mod", "obl:arg", "advmod", "nmod", "advcl")


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
    text = re.sub(r"\s+([,.)…])", r"\1", text)
    text = re.sub(r",(\s*[,.;:!?])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = text.lstrip(",;:–—- ").rstrip(",;:–—- ")
    if not text:
        return ""
    if capital:
        text = text[0].upper() + text[1:]
    if final and not re.search(r"[.!?…][\s»”\"’)]*$", text):
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


def units(tokens: list[Tok], lang: LanguageData) -> list[Unit]:
    """The constituents of a sentence that may go, outermost first. ``tokens`` may be a
    sentence with parts already left out: neighbours are read in this list, not in the doc."""
    if not tokens:
        return []
    ids = ids_of(tokens)
    doc = tokens[0].doc
    pos = {t.i: k for k, t in enumerate(tokens)}

    def near(i: int, step: int) -> Tok | None:
        k = pos[i] + step
        return tokens[k] if 0 <= k < len(tokens) else None

    conditions = {fold(w) for w in lang.rewriting.conditions}
    according = {fold(w) for w in lang.facts.according_to}
    speech = {fold(w) for w in lang.facts.speech_verbs}
    detachable = {fold(w) for w in lang.rewriting.detachable}
    inside = quoted(tokens)
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
    for t in tokens:
        if t.i in root_ids or t.pos_ == "PUNCT":
            continue
        sub = {x.i for x in subtree(t, ids)}
        if root_ids & sub or not _contiguous_in(sub, pos):
            continue
        ordered = sorted(sub, key=lambda i: pos[i])
        while ordered and doc[ordered[-1]].text in ",;":  # a comma the parser hung on it
            ordered.pop()
        while ordered and doc[ordered[0]].text in ",;":
            ordered.pop(0)
        if not ordered:
            continue
        sub = set(ordered)
        first, last = ordered[0], ordered[-1]
        if first in inside:
            continue  # never cut inside a quotation: it would misquote
        before, after = near(first, -1), near(last, 1)
        opens = pos[first] == 0 or (pos[first] == 1 and tokens[0].text in '«"“')
        first_word = fold(doc[first].text)
        marks = {fold(c.text) for c in t.children if c.dep_ in ("mark", "case")}
        conditional = first_word in conditions or bool(marks & conditions)
        kind = ""
        if any(fold(doc[i].text) in speech for i in sub):
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
            kind = "attribution"
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


def _before_subject(
    tokens: list[Tok],
    main: Tok | None,
    lang: LanguageData,
    conditions: set[str],
    according: set[str],
    speech: set[str],
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
    ks = sorted(pos[i] for i in sub if i in pos)
    return len(ks) == len(sub) and bool(ks) and ks[-1] - ks[0] + 1 == len(ks)


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
    subj = subject(root)
    if subj is None or _anaphoric(subj, lang):
        return ""
    ids = {t.i for t in toks}
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


def _anaphoric(t: Tok, lang: LanguageData) -> bool:
    """A subject that points back to an earlier sentence ("il", "cette décision")."""
    words = set(lang.rewriting.anaphora)
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
) -> str:
    """The longest text of the sentence that ``fits`` (a test on the text), made by removing
    whole detached constituents, then trailing modifiers of the last phrase — a complete phrase,
    never one cut off mid-way ("" when nothing fits). ``sentence``: it keeps a finite verb."""
    toks = list(tokens)
    removed: set[int] = set()
    refused: set[frozenset[int]] = set()

    def text_without(extra: set[int]) -> str:
        return render([t for t in toks if t.i not in removed | extra], final=final)

    def acceptable(extra: set[int]) -> bool:
        kept = [t for t in toks if t.i not in removed | extra and t.pos_ != "PUNCT"]
        if not kept or kept[-1].pos_ not in _CONTENT_END:
            return False  # « … d'ici », « … pour »: a phrase left open
        return not sentence or any(t.pos_ in ("VERB", "AUX") and is_finite(t) for t in kept)

    text = text_without(set())
    order = sorted(units(toks, lang), key=lambda u: (_ORDER.index(u.kind), -u.words))
    for u in order:
        if fits(text):
            return text
        if u.kind == "attribution" or u.ids <= removed or not acceptable(set(u.ids)):
            continue
        removed |= u.ids
        text = text_without(set())
    for _ in range(len(toks)):  # still too long: its last modifiers go, one by one
        if fits(text):
            return text
        tail = _last_modifier([t for t in toks if t.i not in removed], refused)
        if not tail:
            break
        if acceptable(tail):
            removed |= tail
            text = text_without(set())
        else:
            refused.add(frozenset(tail))
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
