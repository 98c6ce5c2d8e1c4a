"""What frames a statement: its clauses (negation, modality, comparison), who it is
attributed to, and the roles it gives people.

Everything here reads tokens only, the same way for the source and the article, so that a
sentence copied or restructured from the source gets the same frames as its original.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from redac.claims.lexicon import Lexicon
from redac.claims.tokens import Tok

_CLAUSE_SIGNS = frozenset(',;:()«»“”"—–[]')


@dataclass(frozen=True)
class Clause:
    i: int  # token span in the statement
    j: int
    neg: bool
    modal: frozenset[str]  # modal kinds: possibility, probability, attempt…
    markers: tuple[str, ...]  # the words that set ``neg`` and ``modal``, for the report
    compare: frozenset[tuple[int, int]]  # comparative (pair, side)
    verbs: frozenset[str]  # keys of the clause's verbs
    keys: frozenset[str]


@dataclass(frozen=True)
class Speaker:
    keys: frozenset[str]  # content keys and name words of who speaks
    text: str
    pronoun: bool  # "il a ajouté": named earlier
    i: int  # token span of the speaker's words
    j: int


@dataclass(frozen=True)
class Span:
    i: int
    j: int


def _match_at(folds: Sequence[str], k: int, phrase: tuple[str, ...]) -> bool:
    return tuple(folds[k : k + len(phrase)]) == phrase


def clauses(toks: Sequence[Tok], lex: Lexicon) -> tuple[Clause, ...]:
    """Clauses cut at signs and at clause openers ("que", "lorsque", "that"), with their
    negation, modal kinds and comparatives."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for k, t in enumerate(toks):
        if (not t.word and t.text in _CLAUSE_SIGNS) or (t.word and t.fold in lex.clause_openers):
            if k > start:
                bounds.append((start, k))
            start = k if t.word else k + 1
    if start < len(toks):
        bounds.append((start, len(toks)))
    folds = [t.fold for t in toks]
    hot_folds, hot_keys = _hot(lex)
    out: list[Clause] = []
    reported_before = False
    for i, j in bounds:
        neg = False
        modal: set[str] = set()
        markers: list[str] = []
        compare: set[tuple[int, int]] = set()
        opened = False
        complement = reported_before and toks[i].fold in lex.complementizers
        for k in range(i, j):
            t = toks[k]
            if not t.word:
                continue
            f = t.fold
            if (
                f not in hot_folds
                and not t.cond
                and (not t.key or t.key not in hot_keys)
                and not f.endswith("n't")
            ):
                continue  # it negates, qualifies and compares nothing
            if f in lex.negation_openers:
                opened = True
            if f in lex.negators or f.endswith("n't"):
                neg = True
                markers.append(t.text)
            kind = lex.modal_forms.get(f) or (lex.modal_stems.get(t.key) if t.key else None)
            if kind:
                modal.add(kind)
                markers.append(t.text)
            if t.cond:  # after "a annoncé que", a future in the past as often as a hypothesis
                modal.add("reported_conditional" if complement else "hypothetical")
                markers.append(t.text)
            sides = lex.comparatives.get(f) or (lex.comparatives.get(t.key) if t.key else None)
            if sides and not _not_comparative(toks, k, opened, lex):
                compare |= sides
        for k in range(i, j):
            for phrase, kind in lex.modal_phrases.get(folds[k], ()):
                if _match_at(folds, k, phrase):
                    modal.add(kind)
                    markers.append(" ".join(t.text for t in toks[k : k + len(phrase)]))
        verb_keys: list[str] = []
        key_list: list[str] = []
        for t in toks[i:j]:
            if t.key:
                key_list.append(t.key)
                if t.verb:
                    verb_keys.append(t.key)
                if t.key in lex.reporting:
                    reported_before = True
        verbs = frozenset(verb_keys)
        keys = frozenset(key_list)
        out.append(
            Clause(i, j, neg, frozenset(modal), tuple(markers), frozenset(compare), verbs, keys)
        )
    return tuple(out)


_HOT: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}


def _hot(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words and the keys :func:`clauses` looks up (a negator, a modal form or
    stem, a comparative), gathered once per lexicon: a word that is none of them (nor a
    conditional, nor an English « …n't ») sets nothing."""
    hit = _HOT.get(id(lex))
    if hit is None or hit[0] is not lex:
        folds = lex.negation_openers | lex.negators | set(lex.modal_forms) | set(lex.comparatives)
        keys = frozenset(lex.modal_stems) | frozenset(lex.comparatives)
        hit = (lex, frozenset(folds), keys)
        _HOT[id(lex)] = hit
    return hit[1], hit[2]


def _not_comparative(toks: Sequence[Tok], k: int, opened: bool, lex: Lexicon) -> bool:
    """ "ne … plus" negates; "De plus," and "at least" compare nothing."""
    if toks[k].fold not in lex.function:
        return False  # a content word ("hausse") always compares
    if opened:
        return True
    f = toks[k].fold
    for phrase in lex.not_comparing:
        if f in phrase:
            at = k - phrase.index(f)
            if at >= 0 and tuple(t.fold for t in toks[at : at + len(phrase)]) == phrase:
                return True
    return False


def _np_back(toks: Sequence[Tok], k: int, lex: Lexicon, limit: int = 10) -> Span:
    """The noun phrase that ends at token ``k`` (inclusive), read backwards to a sign, a
    (non-participle) verb or a clause opener."""
    i = k
    while i - 1 >= 0 and k - i < limit:
        t = toks[i - 1]
        if not t.word and t.text not in ("'", "’", "-"):
            break
        if t.word and ((t.verb and not t.part) or t.fold in lex.clause_openers):
            break
        i -= 1
    return Span(i, k + 1)


def _np_forward(toks: Sequence[Tok], k: int, lex: Lexicon, limit: int = 10) -> Span:
    j = k
    while j < len(toks) and j - k < limit:
        t = toks[j]
        if not t.word and t.text not in ("'", "’", "-", "(", ")"):
            break
        if t.word and j > k and ((t.verb and not t.part) or t.fold in lex.clause_openers):
            break
        j += 1
    return Span(k, j)


def _speaker(toks: Sequence[Tok], span: Span, lex: Lexicon) -> Speaker | None:
    ws = toks[span.i : span.j]
    keys = frozenset(t.key for t in ws if t.key)
    pron = any(lex.pronoun(t.fold) for t in ws)
    if not keys and not pron:
        return None
    text = " ".join(t.text for t in ws)
    return Speaker(keys, text, pron and not keys, span.i, span.j)


def speakers(toks: Sequence[Tok], lex: Lexicon) -> tuple[Speaker, ...]:
    """Who the statement is attributed to: "selon X", "X a déclaré", "« … », a dit X",
    "X, affirmant que…", "according to X", "X said"."""
    folds = [t.fold for t in toks]
    out: list[Speaker] = []
    n = len(toks)
    for k in range(n):
        for form in lex.according.get(folds[k], ()):
            if _match_at(folds, k, form) and k + len(form) < n:
                sp = _speaker(toks, _np_forward(toks, k + len(form), lex), lex)
                if sp:
                    out.append(sp)
                break
    for k, t in enumerate(toks):
        if not t.key or t.key not in lex.reporting or t.cap:
            continue
        if t.pos and t.pos not in ("VERB", "AUX", "ADJ"):
            continue
        # inverted: "…, a déclaré X", "a-t-il ajouté", "said X"
        j = k - 1
        while j >= 0 and toks[j].word and not toks[j].key and not lex.pronoun(toks[j].fold):
            j -= 1  # auxiliaries, negation, clitics: "a", "ont", "n'a pas", "has"
        nxt = toks[k + 1] if k + 1 < n else None
        if nxt is not None and nxt.fold in lex.determiners and k + 2 < n and toks[k + 2].cap:
            nxt = toks[k + 2]  # "a déclaré le SIE"
        inverted = j < 0 or not toks[j].word or toks[j].fold in lex.clause_openers
        if inverted and nxt is not None and nxt.word and (nxt.cap or lex.pronoun(nxt.fold)):
            sp = _speaker(toks, _np_forward(toks, k + 1, lex), lex)
            if sp:
                out.append(sp)
            continue
        if j >= 0 and toks[j].word and lex.pronoun(toks[j].fold):
            out.append(Speaker(frozenset(), toks[j].text, True, j, j + 1))  # "a-t-il ajouté"
            continue
        # the subject before the verb, or before a participle's comma: "X, affirmant que…"
        while j >= 0 and not toks[j].word and toks[j].text == ",":
            j -= 1
        if j >= 0 and toks[j].word and toks[j].key and not toks[j].verb:
            sp = _speaker(toks, _np_back(toks, j, lex), lex)
            if sp:
                out.append(sp)
    return tuple(out)


def role_before(toks: Sequence[Tok], i: int, lex: Lexicon, limit: int = 12) -> Span | None:
    """The role phrase just before a name: "le président russe Vladimir Poutine", "le chef de
    la diplomatie, Josep Borrell"; from a determiner, with no verb or sign inside."""
    k = i - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    if k < 0 or toks[k].fold in lex.particles or toks[k].fold in lex.role_preps:
        return None  # "les plans de Poutine": Poutine's plans, not a role
    end = k + 1
    while k >= 0 and end - k <= limit:
        t = toks[k]
        if not t.word or (t.verb and not t.part) or t.fold in lex.clause_openers:
            return None
        if t.fold in lex.determiners:
            if k > 0 and (toks[k - 1].fold in lex.particles or toks[k - 1].fold in lex.role_preps):
                k -= 1  # "le chef de *la* politique…": the phrase goes on
                continue
            span = Span(k + 1, end)
            return span if any(x.key for x in toks[span.i : span.j]) else None
        if not t.key and t.fold not in lex.particles and t.fold not in lex.role_preps:
            return None
        k -= 1
    return None


def role_after(toks: Sequence[Tok], j: int, lex: Lexicon, limit: int = 10) -> Span | None:
    """The role phrase just after a name, opened by a determiner: an apposition ("X, le PDG de
    Y,"), a copula ("X est le président russe") or a colon ("X : le président russe")."""
    n = len(toks)
    if j + 2 >= n:
        return None
    cue = toks[j]
    if not (cue.text in (",", ":") or (cue.word and cue.fold in lex.copulas)):
        return None
    if toks[j + 1].fold not in lex.determiners:
        return None
    span = _np_forward(toks, j + 2, lex, limit)
    if cue.text == "," and span.j < n and toks[span.j].text not in (",", ".", ";", ")"):
        return None  # an apposition closes with a sign
    if not any(x.key for x in toks[span.i : span.j]):
        return None
    return span
