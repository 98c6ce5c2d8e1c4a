"""Long sentences of the source split in two where the parse shows a seam that changes no claim.

Three seams, all outside quotations and parentheses:

* a semicolon between two clauses (``A ; B`` → ``A. B.``);
* a coordination of two clauses (``A et B`` → ``A. B.``, the subject — and the auxiliary — of
  the first repeated when the second has none; ``mais`` is kept: ``A. Mais B.``); never when an
  attribution (« selon… ») or a negation could then scope over one half only;
* a non-restrictive relative clause whose pronoun is its subject (``le traité, qui visait…`` →
  ``… le traité. Ce traité visait…``): the antecedent is repeated, as a short noun phrase of
  the source or its noun after a demonstrative of the right gender and number;
* a parenthesis that is a clause of its own, moved after the sentence;
* the same coordinations and « ; » / « : », read off the surface where the parse is unsure
  (:mod:`redac.write.junctions`): each clause opens with its subject and its finite verb, or
  one subject has two agreeing finite verbs and is said again (a pronoun of its noun's gender
  and number where it is long or indefinite).

Every split is verified: the words of the pieces are the sentence's words, less the seam
(a coordinator, a relative pronoun, punctuation), plus what is repeated — only words of the
sentence, and a demonstrative or a personal pronoun.
"""

from __future__ import annotations

import re
from collections import Counter

from redac.analysis.config import targets
from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.text.words import word_count, words
from redac.write import scope
from redac.write.clauses import (
    Tok,
    contiguous,
    ids_of,
    is_finite,
    negated,
    quotes_balanced,
    render,
    roots,
    subject,
    subtree,
    units,
)
from redac.write.junctions import (
    coordinated_clauses,
    coordinated_predicates,
    correlative,
    punctuated_clauses,
)
from redac.write.seams import (
    MIN_PIECE,
    Piece,
    _clause_relative,
    _finite_verb,
    _has_clause,
    _indefinite,
    _main_clause,
    _outside_quotes,
    _relative,
    _reported,
    _shared_subject,
    folded,
)

SPLIT_OVER = targets().sentence_words  # a sentence longer than this is split where it can be
_MAX_DEPTH = 3


def split_sentence(tokens: list[Tok], lang: LanguageData) -> list[str]:
    """The sentence as two or more sentences, or [] where no seam is safe."""
    if not tokens or word_count(" ".join(t.text for t in tokens)) <= SPLIT_OVER:
        return []
    pieces = _split(Piece(tuple(tokens)), lang, 0)
    if len(pieces) < 2:
        return []
    original = render(tokens)
    texts = [render(list(p.tokens), prefix=p.prefix) for p in pieces]
    added = [p.prefix for p in pieces if p.prefix]
    if not verified(original, texts, added, lang):
        return []
    return texts


def verified(original: str, pieces: list[str], added: list[str], lang: LanguageData) -> bool:
    """The pieces say what the sentence said: its words, less a seam, plus repeated words."""
    if any(word_count(p) < MIN_PIECE - 1 or not quotes_balanced(p) for p in pieces):
        return False
    if any(re.search(r"(?:^|\s)[A-Z]\.$", p) for p in pieces[:-1]):
        return False  # « … Classe S. »: the stop after an initial reads as an abbreviation
    have = Counter(fold(w) for p in pieces for w in words(p))
    want = Counter(fold(w) for w in words(original))
    extra = Counter(fold(w) for a in added for w in words(a))
    seam = {
        fold(w)
        for w in (
            *lang.rewriting.split_at,
            *lang.rewriting.keep_at,
            *lang.rewriting.relative_subject,
            *lang.rewriting.clause_relative[:2],
        )
        if w
    }
    demonstratives = {
        fold(w)
        for w in (
            *lang.rewriting.demonstratives.values(),
            *lang.rewriting.pronouns.values(),
            *lang.rewriting.demonstratives_before_vowel.values(),
            lang.rewriting.clause_relative[2],
        )
        if w
    }
    for w, n in (have - want).items():
        if w not in demonstratives and (w not in want or n > extra[w]):
            return False
    lost = want - have
    return all(w in seam for w in lost)


def _split(p: Piece, lang: LanguageData, depth: int) -> list[Piece]:
    n = sum(1 for t in p.tokens if t.pos_ != "PUNCT") + word_count(p.prefix)
    if depth >= _MAX_DEPTH or n <= SPLIT_OVER:
        return [p]
    for seam in _SEAMS:
        got = seam(p, lang)
        if got and _scoped(p, got, lang):
            return [q for piece in got for q in _split(piece, lang, depth + 1)]
    return [p]


def _scoped(p: Piece, got: list[Piece], lang: LanguageData) -> bool:
    """Every attribution still bears on all it bore on (:mod:`redac.write.scope`); a piece
    that opens with a verb of speech said again (« X a ajouté que… ») is not cut further."""
    said = folded((*lang.facts.speech_verbs, *lang.facts.according_to))
    if any(fold(w) in said for w in words(p.prefix)):
        return False
    pieces = [(q.tokens, q.prefix) for q in got]
    return scope.kept(p.tokens, pieces, lang, anaphoric=lang.rewriting.clause_relative[2])


def _semicolon(p: Piece, lang: LanguageData) -> list[Piece]:
    """``A ; B`` and ``A : B`` (B a clause of its own, not a quotation) → ``A. B.``"""
    toks = p.tokens
    speech = folded(lang.facts.speech_verbs)
    for k, t in enumerate(toks):
        if t.text not in (";", ":") or not _outside_quotes(toks, k):
            continue
        a, b = toks[:k], toks[k + 1 :]
        if not _has_clause(a) or not _has_clause(b):
            continue
        if t.text == ":":
            if b[0].text in '«"“' or (a and fold(a[-1].text) in speech):
                continue  # « a déclaré : "…" »: what follows is the quotation itself
            if not _main_clause(list(b)) or not _main_clause(list(a)):
                continue
            if not any(
                _finite_verb(x) and k + 1 < len(a) and a[k + 1].pos_ != "PUNCT"
                for k, x in enumerate(a)
            ):
                continue  # « Mesure phare, sur le modèle allemand : … »: no sentence on its own
        return [Piece(a, p.prefix), Piece(b)]
    return []


def _coordination(p: Piece, lang: LanguageData) -> list[Piece]:
    return (
        _clauses_coordinated(p, lang)
        or _predicates_coordinated(p, lang)
        or _shared_subject(p, lang)
    )


def _opening_adjunct(toks: list[Tok], lang: LanguageData) -> bool:
    """The clause opens with an adjunct set off by a comma ("Via ce mode, …"), which may
    bear on everything after it: splitting would leave the second half without it."""
    return any(u.kind == "opening" for u in units(toks, lang))


def _clauses_coordinated(p: Piece, lang: LanguageData) -> list[Piece]:
    """``A(,) et B`` where B opens with its own subject: two sentences."""
    toks = list(p.tokens)
    ids = ids_of(toks)
    seams = folded((*lang.rewriting.split_at, *lang.rewriting.keep_at))
    for k, cc in enumerate(toks):
        if cc.pos_ != "CCONJ" or fold(cc.text) not in seams or not _outside_quotes(p.tokens, k):
            continue
        left = toks[:k]
        while left and left[-1].text in ",;":
            left = left[:-1]
        right = toks[k + 1 :]
        if not left or not right or not _has_clause(left) or not _has_clause(right):
            continue
        opener = right[0].i
        verb = next((v for v in right if _opens_with_subject(v, opener)), None)
        if verb is None or fold(right[0].text) in {
            fold(w) for w in lang.rewriting.relative_subject
        }:
            continue
        main = (
            verb.dep_ == "ROOT"
            or verb.head.i not in ids
            or (verb.dep_ == "conj" and (verb.head.dep_ == "ROOT" or verb.head.head.i not in ids))
        )
        if not main or not _main_clause(left) or _opening_adjunct(left, lang):
            continue
        if correlative(left, cc, lang):
            continue
        prefix = cc.text if fold(cc.text) in folded(lang.rewriting.keep_at) else ""
        return [Piece(tuple(left), p.prefix), Piece(tuple(right), prefix)]
    return []


def _opens_with_subject(v: Tok, opener: int) -> bool:
    """``v`` is a finite verb whose subject opens the clause at token ``opener``."""
    if v.pos_ not in ("VERB", "AUX") or not is_finite(v):
        return False
    s = subject(v)
    if s is None:
        return False
    return s.i == opener or (min(x.i for x in s.subtree) == opener and s.pos_ != "PRON")


def _predicates_coordinated(p: Piece, lang: LanguageData) -> list[Piece]:
    """``X a fait A et mène B`` (one subject, two verbs): the subject — and the auxiliary when
    the second verb shares it — said again."""
    toks = p.tokens
    rs = roots(list(toks))
    if len(rs) != 1:
        return []
    root = rs[0]
    ids = ids_of(toks)
    pos = {t.i: k for k, t in enumerate(toks)}
    split_at = folded(lang.rewriting.split_at)
    keep_at = folded(lang.rewriting.keep_at)
    for c in root.children:
        if c.dep_ != "conj" or c.i < root.i or c.pos_ not in ("VERB", "AUX") or c.i not in ids:
            continue
        if subject(c) is not None:
            continue  # a clause of its own: _clauses_coordinated's case
        ccs = [x for x in c.children if x.dep_ == "cc" and x.i in ids and x.i < c.i]
        if not ccs or fold(ccs[0].text) not in split_at | keep_at:
            continue
        cc = ccs[0]
        sub = {x.i for x in subtree(c, ids)}
        last_word = max(t.i for t in toks if t.pos_ != "PUNCT")
        if max(sub) < last_word or not contiguous(sub) or not _outside_quotes(toks, pos[cc.i]):
            continue  # the second verb must run to the end: nothing after it to share
        first = [t for t in toks if t.i < cc.i]
        while first and first[-1].text in ",;":
            first = first[:-1]
        if _opening_adjunct(first, lang) or correlative(first, cc, lang):
            continue
        second = [t for t in toks if t.i in sub and t.i != cc.i]
        subj = subject(root)
        if subj is None or negated(root, lang):
            continue
        s_ids = {x.i for x in subtree(subj, ids)}
        s_toks = [t for t in toks if t.i in s_ids]
        if not contiguous(s_ids) or len(s_toks) > 6 or any(t.text in ',()«»"' for t in s_toks):
            continue
        if _indefinite(s_toks[0]):
            continue  # « Un homme … » said again is another man: the pronoun seam's case
        if _number(c) and _number(root) and _number(c) != _number(root):
            continue  # « le maire a inauguré … et présentent … »: not the same subject
        prefix = render(s_toks, final=False)
        if not is_finite(c) and not _own_aux(c):
            aux = [x for x in root.children if x.dep_.startswith("aux") and x.i in ids]
            if not aux or "Part" not in c.morph.get("VerbForm"):
                continue
            prefix += " " + " ".join(x.text for x in aux)
        if fold(cc.text) in keep_at:  # "Mais" opens the second sentence
            prefix = f"{cc.text} {prefix[:1].lower() + prefix[1:]}"
        if _has_clause(first) and len(second) >= MIN_PIECE - 1:
            return [Piece(tuple(first), p.prefix), Piece(tuple(second), prefix)]
    return []


def _number(t: Tok) -> str:
    """The number of a verb's finite form (its own, or its auxiliary's)."""
    forms = [t, *(x for x in t.children if x.dep_.startswith("aux"))]
    return next(("".join(x.morph.get("Number")) for x in forms if is_finite(x)), "")


def _own_aux(t: Tok) -> bool:
    return any(x.dep_.startswith("aux") for x in t.children)


def _parenthesis(p: Piece, lang: LanguageData) -> list[Piece]:
    toks = p.tokens
    for k, t in enumerate(toks):
        if t.text != "(" or not _outside_quotes(toks, k):
            continue
        end = next((j for j in range(k + 1, len(toks)) if toks[j].text == ")"), -1)
        if end < 0:
            return []
        inner = toks[k + 1 : end]
        rs = roots(list(inner))
        if len(rs) != 1 or not _has_clause(inner) or not is_finite(rs[0]):
            continue
        subj = subject(rs[0])
        if subj is None or fold(subj.text) in folded(lang.rewriting.relative_subject):
            continue
        main = toks[:k] + toks[end + 1 :]
        if _has_clause(main):
            return [Piece(main, p.prefix), Piece(inner)]
    return []


# tried in this order; the first that finds a seam the attributions allow is taken
_SEAMS = (
    _semicolon,
    _coordination,
    coordinated_clauses,
    coordinated_predicates,
    punctuated_clauses,
    _reported,
    _clause_relative,
    _relative,
    _parenthesis,
)
