"""Seams read off the surface where the parse is unsure: two clauses, each opening with its
subject and its finite verb, joined by a coordinator or by « ; » / « : ».

The parser of a small model often hangs a second clause on the wrong head (« Le poids est
l'ennemi de la performance et la course au poids est notre priorité »: *course* a conjunct of
*performance*). What it does get right, word by word, is the part of speech and the verb
form. So a clause is recognised by its opening — a subject pronoun, or a short noun phrase
without comma, relative pronoun or verb, then the clitics, then a finite verb — and a
coordination ``A (,) et B`` becomes two sentences only when

* A and B both open so (A is the sentence's main clause: nothing before its subject that could
  bear on B, no opening adjunct, no subordinate clause around the coordinator);
* nothing in A after its verb makes B depend on it: no complementiser or subordinator (« il a
  dit que A et B »), no « ni », no correlative (« non seulement … mais »);
* the coordinator stands outside quotations and parentheses.

Attributions are left to :func:`redac.write.scope.kept` (applied to every seam), the words to
:func:`redac.write.split.verified`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.write.clauses import Tok, contiguous, render, subject
from redac.write.seams import MIN_PIECE, Piece, _outside_quotes, folded

_NP_POS = ("DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP")
_NP_HEAD = ("NOUN", "PROPN", "NUM")
_MAX_SUBJECT = 8  # words of a subject noun phrase read off the surface
_OPAQUE = set('«»“”"();:')  # a quotation, a parenthesis or a colon before the verb


def finite(t: Tok) -> bool:
    return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")


@dataclass(frozen=True)
class Opening:
    """A clause's opening: its subject's tokens (``end`` of them, none when ``given``) and the
    position of its finite verb."""

    end: int  # the subject is ``toks[:end]``
    verb: int  # ``toks[verb]`` is the finite verb


def opens_clause(toks: Sequence[Tok], lang: LanguageData, given: bool = False) -> Opening | None:
    """Where the tokens open with a subject and its finite verb, read off the surface (a
    pronoun, or a short noun phrase without comma, relative pronoun or verb) or off the parse
    (the verb's subject starts the tokens and ends before the verb). ``given``: the subject
    was said before the tokens (a prefix), so they open with the verb."""
    if not toks:
        return None
    r = lang.rewriting
    clitics = folded(r.clitics)
    if not given and (toks[0].pos_ == "NOUN" or fold(toks[0].text) in folded(r.subordinators)):
        return None  # a bare noun (« Mesure phare, … ») or a relative pronoun opens no clause
    end = 0 if given else _surface_subject(toks, lang)
    if end < 0:
        return _parsed_opening(toks, clitics)
    j = end
    while j < len(toks) and fold(toks[j].text) in clitics and not finite(toks[j]):
        j += 1
    if j < len(toks) and finite(toks[j]):
        return Opening(end, j)
    return None if given else _parsed_opening(toks, clitics)


def _surface_subject(toks: Sequence[Tok], lang: LanguageData) -> int:
    r = lang.rewriting
    first = toks[0]
    if first.pos_ == "PRON" and fold(first.text) in folded(r.subject_pronouns):
        return 1
    if first.pos_ not in ("DET", "NUM", "PROPN"):
        return -1
    block = folded(r.subordinators)
    j = 0
    while j < len(toks) and j < _MAX_SUBJECT and toks[j].pos_ in _NP_POS:
        if fold(toks[j].text) in block:
            return -1
        j += 1
    if not any(t.pos_ in _NP_HEAD for t in toks[:j]) or toks[j - 1].pos_ == "ADP":
        return -1
    return j


def _parsed_opening(toks: Sequence[Tok], clitics: frozenset[str]) -> Opening | None:
    """The first finite verb whose subject (in the parse) opens the tokens, with nothing but
    clitics and adverbs between them, and no quotation, parenthesis or colon before it."""
    pos = {t.i: k for k, t in enumerate(toks)}
    for k, v in enumerate(toks):
        if v.text in _OPAQUE:
            return None
        if not finite(v):
            continue
        head = v.head if v.dep_.startswith(("aux", "cop")) and v.head.i in pos else v
        s = subject(head)
        if s is None or s.i not in pos:
            continue
        span = sorted(pos[x.i] for x in s.subtree if x.i in pos)
        if span[0] != 0 or not contiguous(span) or span[-1] >= k:
            continue
        between = toks[span[-1] + 1 : k]
        if all(fold(t.text) in clitics or t.pos_ == "ADV" for t in between):
            return Opening(span[-1] + 1, k)
    return None


def _words(toks: list[Tok] | tuple[Tok, ...]) -> int:
    return sum(1 for t in toks if t.pos_ != "PUNCT")


def _depends(after_verb: list[Tok] | tuple[Tok, ...], lang: LanguageData) -> bool:
    """Something after the first clause's verb that a following clause could hang on: a
    subordinator (« que », « si », « quand »), « ni », a comparison (« plus … que »)."""
    r = lang.rewriting
    block = folded((*r.subordinators, *r.conditions))
    return any(t.pos_ == "SCONJ" or fold(t.text) in block for t in after_verb)


def _coordinators(
    toks: tuple[Tok, ...], verb: int, seams: frozenset[str]
) -> Iterator[tuple[int, Tok, list[Tok]]]:
    """Each coordinator after the first clause's verb where a split may go, outside quotations:
    (its index, itself, the tokens before it less a closing comma or semicolon)."""
    for k in range(verb + 1, len(toks) - 1):
        cc = toks[k]
        if cc.pos_ != "CCONJ" or fold(cc.text) not in seams or not _outside_quotes(toks, k):
            continue
        left = list(toks[:k])
        while left and left[-1].text in ",;":
            left.pop()
        yield k, cc, left


def correlative(left: list[Tok], cc: Tok, lang: LanguageData) -> bool:
    """``non seulement … mais``: the two halves only make sense together."""
    text = " " + " ".join(fold(t.text) for t in left) + " "
    return any(
        fold(second) == fold(cc.text) and f" {fold(first)} " in text
        for first, second in lang.two_part_transitions
    )


def _coordination(p: Piece, lang: LanguageData) -> tuple[Opening, frozenset[str], bool] | None:
    """What both coordination seams need first: the piece's opening clause (subject and verb,
    no quotation or parenthesis before the verb), the coordinators whose word is kept
    (« mais »), and whether the piece's prefix stands for its subject."""
    keep_at = folded(lang.rewriting.keep_at)
    given = bool(p.prefix) and fold(p.prefix) not in keep_at
    opening = opens_clause(p.tokens, lang, given)
    if opening is None or any(t.text in _OPAQUE for t in p.tokens[: opening.verb]):
        return None
    return opening, keep_at, given


def coordinated_clauses(p: Piece, lang: LanguageData) -> list[Piece]:
    """``A (,) et B`` → ``A. B.``; ``A, mais B`` → ``A. Mais B.`` (see the module's doc)."""
    start = _coordination(p, lang)
    if start is None:
        return []
    toks, opening, keep_at, given = p.tokens, *start
    head = opening.verb
    for k, cc, left in _coordinators(toks, head, folded(lang.rewriting.split_at) | keep_at):
        f = fold(cc.text)
        right = toks[k + 1 :]
        if _depends(left[head + 1 :], lang) or correlative(left, cc, lang):
            return []  # every later coordinator may hang on it too
        if _words(left) + (1 if given else 0) < MIN_PIECE or _words(right) < MIN_PIECE:
            continue
        if opens_clause(right, lang) is None:
            continue
        prefix = cc.text if f in keep_at else ""
        return [Piece(tuple(left), p.prefix), Piece(tuple(right), prefix)]
    return []


def punctuated_clauses(p: Piece, lang: LanguageData) -> list[Piece]:
    """``A ; B`` and ``A : B`` → ``A. B.``, A opening with its subject and verb (« Première
    étape : … » is no sentence) and B a clause of its own, not a quotation, nor what a verb of
    speech introduces (« a déclaré : … »)."""
    toks = p.tokens
    keep_at = folded(lang.rewriting.keep_at)
    given = bool(p.prefix) and fold(p.prefix) not in keep_at
    opening = opens_clause(toks, lang, given)
    if opening is None:
        return []
    head = opening.verb
    speech = folded(lang.facts.speech_verbs)
    for k in range(head + 1, len(toks) - 1):
        if toks[k].text not in (";", ":") or not _outside_quotes(toks, k):
            continue
        left, right = toks[:k], toks[k + 1 :]
        if any(fold(t.text) in speech for t in left[head:]) or right[0].text in '«"“':
            return []
        if _words(left) + (1 if given else 0) < MIN_PIECE or _words(right) < MIN_PIECE:
            continue
        if _depends(left[head + 1 :], lang) or opens_clause(right, lang) is None:
            continue
        return [Piece(left, p.prefix), Piece(right)]
    return []


def coordinated_predicates(p: Piece, lang: LanguageData) -> list[Piece]:
    """``X V1 … (,) et V2 …`` (one subject, two finite verbs that agree) → ``X V1 …. X V2 …``:
    the subject said again — its short noun phrase, or the pronoun of its noun's gender and
    number where it is long or indefinite (« Un homme … » is not said again as « Un homme »,
    which would be another man). V1 must be the only finite verb of the first half and nothing
    after it a subordinate that V2 could continue."""
    start = _coordination(p, lang)
    if start is None:
        return []
    toks, opening, keep_at, given = p.tokens, *start
    v1 = toks[opening.verb]
    for k, cc, left in _coordinators(toks, opening.verb, folded(lang.rewriting.split_at) | keep_at):
        f = fold(cc.text)
        after_verb = left[opening.verb + 1 :]
        if correlative(left, cc, lang):
            return []
        right = toks[k + 1 :]
        second = opens_clause(right, lang, given=True)
        if second is None or second.verb > 3 or _words(right) < MIN_PIECE:
            if _depends(after_verb, lang):
                return []
            continue
        v2 = right[second.verb]
        # a relative clause between them: V2 continues V1 only where a comma closes the
        # relative clause and the parse, too, makes V2 a conjunct of V1
        between = _depends(after_verb, lang) or any(finite(t) for t in after_verb)
        if between and not _closed_relative(after_verb, toks[k - 1], v1, v2, lang):
            return []
        if any(v2.morph.get(x) != v1.morph.get(x) for x in ("Number", "Person")):
            continue
        who = p.prefix if given else _said_again(list(toks[: opening.end]), v1, lang)
        if not who or _words(left) < MIN_PIECE - (1 if given else 0):
            return []
        if f in keep_at:
            who = f"{cc.text[:1].upper()}{cc.text[1:]} {who[:1].lower()}{who[1:]}"
        return [Piece(tuple(left), p.prefix), Piece(tuple(right), who)]
    return []


def _said_again(subj: list[Tok], verb: Tok, lang: LanguageData) -> str:
    """The subject of a second sentence: a personal pronoun as it is, a short definite noun
    phrase or name as it is, else the pronoun of its noun's gender and number ("" if unsure)."""
    r = lang.rewriting
    if not subj or any(t.text in _OPAQUE or t.text == "," for t in subj):
        return ""
    if len(subj) == 1 and subj[0].pos_ == "PRON":
        f = fold(subj[0].text)
        if f not in {fold(w) for w in r.pronouns.values()}:
            return ""  # « ce », « on », « cela »: said again, they may not point back alike
        return subj[0].text[:1].upper() + subj[0].text[1:]
    first = subj[0]
    indefinite = "Ind" in first.morph.get("Definite") or first.pos_ == "NUM"
    coordinated = any(t.pos_ == "CCONJ" for t in subj)
    if not indefinite and _words(subj) <= 4 and first.pos_ in ("DET", "PROPN"):
        return render(subj, final=False)
    if coordinated:
        return ""
    noun = next((t for t in subj if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return ""
    gender = "".join(noun.morph.get("Gender"))
    number = "".join(noun.morph.get("Number"))
    if not gender or not number or number not in verb.morph.get("Number"):
        return ""
    pronoun = r.pronouns.get(f"{gender}|{number}") or r.pronouns.get(f"|{number}", "")
    return pronoun[:1].upper() + pronoun[1:]


def _closed_relative(
    after_verb: list[Tok], before_cc: Tok, v1: Tok, v2: Tok, lang: LanguageData
) -> bool:
    r = lang.rewriting
    relatives = folded(r.relative_subject)
    block = folded((*r.subordinators, *r.conditions)) - relatives
    if before_cc.text != "," or any(t.pos_ == "SCONJ" or fold(t.text) in block for t in after_verb):
        return False
    main = v1.head if v1.dep_.startswith(("aux", "cop")) else v1
    verb2 = v2.head if v2.dep_.startswith(("aux", "cop")) else v2
    return verb2.dep_ == "conj" and verb2.head.i == main.i
