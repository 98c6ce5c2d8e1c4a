"""What an attribution bears on, so that a split never takes a claim out of its scope.

« Selon la police, le suspect, qui est armé, a fui » says *on the police's word* that the suspect
is armed: split into « Selon la police, le suspect a fui. Le suspect est armé. », the second
sentence would state as a fact what was reported. So every piece of a split that holds words in
the scope of an attribution must carry an attribution of its own (the cue itself, or a verb of
speech said again, as in « X a déclaré A. X a ajouté que B. »).

The scope is read off the parse, widened where a reader widens it:

* a verb of speech after its own subject (« X a déclaré que… ») bears on its clause (its
  subtree), less the speaker (« a déclaré le ministre, qui … » — who the speaker is, is not
  what was said); so does one coordinated with a verb whose subject comes before both (« X a
  inauguré A et a annoncé B »: B only);
* a verb of speech with its subject after it (« …, a-t-il ajouté », « a déclaré X ») or with
  none bears on the whole sentence, less the speaker;
* « selon X » bears on what it is attached to, and on the whole sentence when it opens the
  sentence or closes it (« A et B, selon X »). « selon l'utilisation » (a noun of the
  language's ``not_sources``: *depending on*, not *according to*) is no attribution.

A verb of speech inside a quotation is the speaker's own word and bears on the quotation only.
"""

from __future__ import annotations

from collections.abc import Sequence

from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.text.words import words
from redac.write.clauses import Tok, is_finite, quoted, subject


def cues(toks: Sequence[Tok], lang: LanguageData) -> list[Tok]:
    """The attribution cues of the tokens: verbs of speech and « selon »-like prepositions
    (outside quotations)."""
    according = {fold(w) for w in lang.facts.according_to}
    speech = {fold(w) for w in lang.facts.speech_verbs}
    not_sources = {fold(w) for w in lang.rewriting.not_sources}
    inside = quoted(list(toks))
    out: list[Tok] = []
    for k, t in enumerate(toks):
        if t.i in inside:
            continue
        f = fold(t.text)
        pair = fold(toks[k - 1].text + t.text) if k else ""
        if f in according or pair in according:
            noun = t.head if t.dep_ == "case" else (t.head.head if t.dep_ == "fixed" else t)
            if noun.pos_ == "NOUN" and fold(noun.text) in not_sources:
                continue
            out.append(t)
        elif f in speech and (is_finite(t) or t.text.endswith("ant")):
            out.append(t)
    return out


def scope(cue: Tok, toks: Sequence[Tok], lang: LanguageData) -> set[int]:
    """The token indices (of ``toks``) an attribution cue bears on."""
    ids = {t.i for t in toks}
    everything = set(ids)
    speech = {fold(w) for w in lang.facts.speech_verbs}
    if fold(cue.text) in speech:
        subj = subject(cue)
        if subj is None and cue.dep_ == "conj" and cue.head.i in ids:
            # « X a inauguré A et a annoncé B »: the second verb's subject is the first's
            subj = subject(cue.head)
            if subj is not None and subj.i < cue.head.i:
                return {x.i for x in cue.subtree if x.i in ids}
        speaker = {x.i for x in subj.subtree} if subj is not None else set()
        start = min([cue.i] + [c.i for c in cue.children if c.dep_.startswith("aux")])
        inverted = subj is not None and (subj.i > start or subj.text.startswith("-"))
        if subj is None or inverted or cue.text.endswith("ant"):
            return everything - speaker
        return {x.i for x in cue.subtree if x.i in ids} - speaker
    # « selon X »: the phrase and what it is attached to
    noun = cue.head if cue.dep_ == "case" else (cue.head.head if cue.dep_ == "fixed" else cue)
    phrase = {x.i for x in noun.subtree if x.i in ids}
    word_ids = [t.i for t in toks if t.pos_ != "PUNCT"]
    if not word_ids or min(phrase | {cue.i}) <= word_ids[0] or max(phrase) >= word_ids[-1]:
        return everything
    host = noun.head if noun.head.i != noun.i else noun
    return {x.i for x in host.subtree if x.i in ids} | phrase


def kept(
    toks: Sequence[Tok],
    pieces: Sequence[tuple[Sequence[Tok], str]],
    lang: LanguageData,
    anaphoric: str = "",
) -> bool:
    """Every piece (its tokens, and the words said again before them) that holds words in an
    attribution's scope carries that very attribution (another one, « … et a annoncé B »
    under « Selon X, … », is not enough) or a verb of speech said again — or opens with
    ``anaphoric`` (« Cela » for « ce qui »), which points back at the whole sentence before
    it, attribution included."""
    found = cues(toks, lang)
    if not found:
        return True
    cue_words = {fold(w) for w in (*lang.facts.speech_verbs, *lang.facts.according_to)}
    for c in found:
        inside = scope(c, toks, lang)
        for piece, prefix in pieces:
            own = {t.i for t in piece}
            if not own & inside:
                continue
            if c.i in own or any(fold(w) in cue_words for w in words(prefix)):
                continue
            if anaphoric and fold(prefix) == fold(anaphoric):
                continue
            return False
    return True
