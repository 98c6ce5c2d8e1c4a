"""Seams that say a word again — an antecedent, a subject, a verb of speech — and the pieces
and tests every seam shares (:mod:`redac.write.split` drives them).

* « le traité, qui visait… » → « … Ce traité visait… » (a subject relative clause, its
  antecedent said again: its short noun phrase, or its noun after a demonstrative);
* « A, ce qui B » → « A. Cela B. »;
* « X a déclaré A, ajoutant que B » → « X a déclaré A. X a ajouté que B. » (the participle in
  the main verb's tense, with its subject).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.text.words import word_count, words
from redac.write.clauses import (
    Tok,
    contiguous,
    ids_of,
    is_finite,
    negated,
    render,
    roots,
    subject,
    subtree,
)

MIN_PIECE = 5


@lru_cache(maxsize=64)  # a language's few word lists, asked for at every token of every seam
def folded(words: tuple[str, ...]) -> frozenset[str]:
    """The words, folded (case and accents aside)."""
    return frozenset(fold(w) for w in words)


@dataclass(frozen=True)
class Piece:
    tokens: tuple[Tok, ...]
    prefix: str = ""  # words repeated from the sentence (an antecedent, a subject)


def _outside_quotes(toks: tuple[Tok, ...], i: int) -> bool:
    """Token ``i`` of ``toks`` stands outside any quotation and parenthesis."""
    before = "".join(t.text for t in toks[:i])
    straight = before.count('"') % 2 == 0
    return (
        straight
        and before.count("«") == before.count("»")
        and before.count("“") == before.count("”")
        and before.count("(") == before.count(")")
    )


def _has_clause(toks: tuple[Tok, ...] | list[Tok]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and is_finite(t) for t in toks) and (
        sum(1 for t in toks if t.pos_ != "PUNCT") >= MIN_PIECE
    )


def _attributed(toks: tuple[Tok, ...], lang: LanguageData) -> bool:
    """Reported: "selon X", or a verb of speech ("a-t-il indiqué") that may bear on both
    halves of a coordination."""
    cues = folded((*lang.facts.according_to, *lang.facts.speech_verbs))
    return any(fold(t.text) in cues for t in toks)


def _main_clause(toks: list[Tok]) -> bool:
    """A finite verb with its subject that depends on nothing else in these tokens."""
    return any(
        (s := subject(t)) is not None
        and s.i < t.i
        and t.i != toks[0].i
        and (is_finite(t) or any(c.dep_ == "cop" and is_finite(c) for c in t.children))
        for t in roots(toks)
    )


def _reported(p: Piece, lang: LanguageData) -> list[Piece]:
    """``X a déclaré A, ajoutant que B`` → ``X a déclaré A. X a ajouté que B.``: the verb of
    speech in the participle said again, in the main verb's tense, with its subject."""
    toks = list(p.tokens)
    rs = roots(toks)
    if len(rs) != 1 or not lang.rewriting.participles:
        return []
    root = rs[0]
    speech = folded(lang.facts.speech_verbs)
    ids = ids_of(toks)
    pos = {t.i: k for k, t in enumerate(toks)}
    for v in toks:
        if v.head.i != root.i or v.pos_ != "VERB" or v.dep_ not in ("advcl", "acl", "conj"):
            continue
        k = pos[v.i]
        if k == 0 or toks[k - 1].text != "," or not _outside_quotes(p.tokens, k):
            continue
        sub = {x.i for x in subtree(v, ids)}
        last_word = max(t.i for t in toks if t.pos_ != "PUNCT")
        if min(sub) != v.i or max(sub) < last_word or not contiguous(sub):
            continue
        finite = _finite_form(fold(v.text), root, lang, speech)
        subj = subject(root)
        if not finite or subj is None or negated(root, lang):
            continue
        who = _subject_text(subj, ids, lang)
        if not who:
            continue
        first = toks[: k - 1]
        second = [t for t in toks if t.i in sub and t.i != v.i]
        if _has_clause(first) and len(second) >= 3:
            return [Piece(tuple(first), p.prefix), Piece(tuple(second), f"{who} {finite}")]
    return []


def _finite_form(participle: str, root: Tok, lang: LanguageData, speech: frozenset[str]) -> str:
    """« ajoutant » in the tense of ``root``: « a ajouté » after « a déclaré », « ajoute »
    after « déclare »; "" for a verb that is not one of speech or a tense not handled."""
    for ending, past, sing, plur in lang.rewriting.participles:
        if not participle.endswith(ending):
            continue
        stem = participle[: -len(ending)]
        if stem + past not in speech:
            return ""
        aux = [c for c in root.children if c.dep_ == "aux:tense"]
        tense = "".join(root.morph.get("Tense"))
        if aux and "Past" in tense:
            return f"{aux[0].text.lstrip('-')} {stem}{past}"
        if not aux and tense == "Pres" and is_finite(root):
            plural = "Plur" in root.morph.get("Number")
            return stem + (plur if plural else sing)
        return ""
    return ""


def _subject_text(subj: Tok, ids: set[int], lang: LanguageData) -> str:
    """The subject to say again: its pronoun, a short noun phrase of the sentence, the name it
    holds (« l'ambassadeur des Etats-Unis, John Sullivan » → « John Sullivan »), or its noun
    after a demonstrative (« des habillages réalisés dans… » → « ces habillages »)."""
    if subj.pos_ == "PRON":
        text = subj.text.lstrip("-").removeprefix("t-")
        if not text.isalpha() or fold(text) not in lang.rewriting.anaphora:
            return ""
        return text[:1].upper() + text[1:]
    s_ids = {x.i for x in subtree(subj, ids)}
    doc = subj.doc
    span = [doc[i] for i in sorted(s_ids)]
    if (
        contiguous(s_ids)
        and len(span) <= 4
        and not any(t.text in ',()«»"“”' for t in span)
        and not _indefinite(span[0])
    ):
        return render(span, final=False)
    name = [t for t in span if t.pos_ == "PROPN" and (t.i == subj.i or t.head.i in s_ids)]
    run = _name_run(name)
    if run and (subj.pos_ == "PROPN" or any(t.dep_ == "appos" for t in run)):
        return render(run, final=False)
    if subj.pos_ == "NOUN":
        return _demonstrative(subj, lang)
    return ""


def _indefinite(first: Tok) -> bool:
    """A noun phrase opening so (« un », « des », « trois ») names something new: said
    again as it is, it would name something else."""
    return "Ind" in first.morph.get("Definite") or first.pos_ == "NUM"


def _name_run(name: list[Tok]) -> list[Tok]:
    """The first run of consecutive proper-noun tokens (a name: « John Sullivan »)."""
    run: list[Tok] = []
    for t in name:
        if run and t.i != run[-1].i + 1:
            break
        run.append(t)
    return run if 1 <= len(run) <= 4 else []


def _demonstrative(head: Tok, lang: LanguageData) -> str:
    """« ce traité », « cette journée », « ces habillages »: the noun after the demonstrative
    of its gender and number ("" where the parse gives neither)."""
    gender = "".join(head.morph.get("Gender"))
    number = "".join(head.morph.get("Number"))
    key = f"{gender}|{number}"
    forms = lang.rewriting.demonstratives
    det = forms.get(key) or forms.get(f"|{number}", "")
    if not det or not number:
        return ""
    if head.text[:1].lower() in "aeiouyàâéèêëîïôûh":
        det = lang.rewriting.demonstratives_before_vowel.get(key, det)
    return f"{det[:1].upper()}{det[1:]} {head.text}"


def _shared_subject(p: Piece, lang: LanguageData) -> list[Piece]:
    """« X V1 …, et V2 … »: one subject, two finite verbs, the second right after the
    coordinator (and its clitics: « et ne », « et s' »), the first the only finite verb of the
    first half (no relative clause whose verb the second could continue), and both agreeing:
    « X V1 …. X V2 …. », the subject said again. The subject opens the sentence: an opening
    adjunct (« Via ce mode, … ») may bear on both verbs."""
    toks = list(p.tokens)
    ids = ids_of(toks)
    coordinators = folded((*lang.rewriting.split_at, *lang.rewriting.keep_at))
    keep = folded(lang.rewriting.keep_at)
    clitics = folded(lang.rewriting.clitics)
    for k, cc in enumerate(toks):
        if k < 3 or fold(cc.text) not in coordinators or toks[k - 1].text != ",":
            continue
        if not _outside_quotes(p.tokens, k):
            continue
        j = k + 1
        while j < len(toks) and fold(toks[j].text) in clitics:
            j += 1
        if j >= len(toks) or not _finite_verb(toks[j]):
            continue
        v2, left, right = toks[j], toks[: k - 1], toks[k + 1 :]
        finite = [t for t in left if _finite_verb(t)]
        if len(finite) != 1 or any(t.text in '«»“”"()' for t in left[:1]):
            continue
        v1 = finite[0]
        head = v1.head if v1.dep_.startswith(("aux", "cop")) else v1
        subj = subject(head)
        if subj is None or min(x.i for x in subj.subtree) != left[0].i or subj.i > v1.i:
            continue
        if any(v2.morph.get(f) != v1.morph.get(f) for f in ("Number", "Person")):
            continue
        who = _subject_text(subj, ids, lang)
        if not who or len(right) < MIN_PIECE - 1 or not _has_clause(left):
            continue
        if fold(cc.text) in keep:
            who = f"{cc.text[:1].upper()}{cc.text[1:]} {who[:1].lower() + who[1:]}"
        return [Piece(tuple(left), p.prefix), Piece(tuple(right), who)]
    return []


def _finite_verb(t: Tok) -> bool:
    return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")


def _clause_relative(p: Piece, lang: LanguageData) -> list[Piece]:
    """« A, ce qui B » → « A. Cela B. »: the relative clause is about all of A."""
    antecedent, pronoun, stand_in = lang.rewriting.clause_relative
    if not antecedent:
        return []
    toks = p.tokens
    for k in range(1, len(toks) - 2):
        if not (
            toks[k - 1].text == ","
            and fold(toks[k].text) == fold(antecedent)
            and fold(toks[k + 1].text) == fold(pronoun)
            and _outside_quotes(toks, k)
        ):
            continue
        first, second = toks[: k - 1], toks[k + 2 :]
        if _has_clause(first) and _has_clause(second) and _main_clause(list(first)):
            return [Piece(first, p.prefix), Piece(second, stand_in)]
    return []


def _relative(p: Piece, lang: LanguageData) -> list[Piece]:
    toks = p.tokens
    ids = ids_of(toks)
    pos = {t.i: k for k, t in enumerate(toks)}
    pronouns = folded(lang.rewriting.relative_subject)
    for t in toks:
        if t.dep_ != "acl:relcl" or t.head.i not in ids:
            continue
        sub = {x.i for x in subtree(t, ids)}
        if not contiguous(sub):
            continue
        first = min(sub)
        k = pos.get(first, 0)
        rel = toks[k] if k < len(toks) else None
        if rel is None or fold(rel.text) not in pronouns or rel.dep_ not in ("nsubj", "nsubj:pass"):
            continue
        if k == 0 or toks[k - 1].text != "," or not _outside_quotes(toks, k):
            continue
        if not _nearest_noun(t.head, toks[: k - 1]):
            continue  # another noun stands closer to the comma: whose clause is it?
        antecedent = _antecedent(t.head, ids, sub, lang)
        if not antecedent:
            continue
        main = [x for x in toks if x.i not in sub and x.i != toks[k - 1].i]
        after = pos.get(max(sub), -1) + 1
        rest = [x for x in toks[after:] if x.pos_ != "PUNCT"]
        if rest:
            # "X, qui V, fait Y": only when the clause sits in the subject, before its verb,
            # or in an opening adjunct (« Dans le beffroi, qui…, les cloches… »)
            if toks[after].text != ",":
                continue
            if _in_opening(t.head, toks, k):
                pass  # the comma after the clause still closes the adjunct
            else:
                subj = subject(t.head.head) if t.head.dep_ in ("nsubj", "nsubj:pass") else None
                if subj is None or t.head.head.i < max(sub):
                    continue
                main = [x for x in main if x.i != toks[after].i]
        second = [x for x in toks if x.i in sub and x.i != rel.i]
        while second and second[-1].text == ",":
            second = second[:-1]
        if _has_clause(main) and _has_clause(second) and word_count(render(second)) >= 4:
            return [Piece(tuple(main), p.prefix), Piece(tuple(second), antecedent)]
    return []


def _in_opening(head: Tok, toks: tuple[Tok, ...], k: int) -> bool:
    """``head`` heads a prepositional phrase that opens the sentence and ends at the relative
    pronoun (token ``k``): « Dans le beffroi nord, qui… »."""
    if head.dep_ not in ("obl", "obl:mod", "obl:arg") or not any(
        c.dep_ == "case" for c in head.children
    ):
        return False
    phrase = [t for t in toks[: k - 1]]
    return (
        bool(phrase)
        and min(x.i for x in head.subtree) == toks[0].i
        and all(t.text not in ",;:" for t in phrase)
    )


def _nearest_noun(head: Tok, before: tuple[Tok, ...]) -> bool:
    """``head`` is the last noun before the relative clause (a parenthesis or the rest of a
    name aside): the reading every reader makes."""
    depth = 0
    for t in reversed(before):
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
        elif depth == 0 and t.pos_ in ("NOUN", "PROPN"):
            if t.i == head.i:
                return True
            if t.dep_ in ("flat", "flat:name", "fixed") and t.head.i == head.i:
                continue
            if head.pos_ == "PROPN" and t.text[:1].isupper() and head.is_ancestor(t):
                continue  # « le Syndicat national des Journalistes, qui… »: one name
            return False
    return False


def _antecedent(head: Tok, ids: set[int], relative: set[int], lang: LanguageData) -> str:
    """The antecedent said again: its short noun phrase, else a demonstrative and its noun."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return ""
    skip = set(relative)
    for c in head.children:
        if c.dep_ in ("appos", "acl", "acl:relcl", "case", "punct") or c.text in "(),":
            skip |= {x.i for x in c.subtree}
    np = [x for x in subtree(head, ids) if x.i not in skip]
    if np and contiguous(x.i for x in np) and len(np) <= 6:
        first = np[0]
        contraction = lang.rewriting.contractions.get(fold(first.text))
        if contraction and first.dep_ == "case":
            text = contraction + " " + render(np[1:], final=False)
        elif first.pos_ in ("DET", "PROPN", "NUM") or head.pos_ == "PROPN":
            text = render(np, final=False)
        else:
            text = ""
        if text and not any(fold(w) in lang.rewriting.anaphora for w in words(text)[:1]):
            return text
    if head.pos_ != "NOUN":
        return ""
    return _demonstrative(head, lang)
