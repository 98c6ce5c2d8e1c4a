"""A language's claim vocabulary, compiled once into the sets and maps the checker looks up.

Content words are compared by a key: the Snowball stem of the lower-cased word, folded
(accents and case gone), so "tentera" and "tenter", "signed" and "signs" meet. Closed classes
(negators, modal forms) are looked up by their folded form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from redac.lang import LanguageData, get_language
from redac.text.normalize import fold

Phrase = tuple[str, ...]
_VERB_KINDS = ("attempt", "volition")  # modal verbs: their other forms are found by stem


@dataclass(frozen=True)
class Lexicon:
    lang: str
    data: LanguageData
    function: frozenset[str]  # folded function words and one-word connectors: no content key
    negators: frozenset[str]
    negation_openers: frozenset[str]
    modal_forms: dict[str, str]  # folded form → modal kind
    modal_stems: dict[str, str]  # stem of a modal verb → kind ("essayer" → attempt)
    modal_phrases: dict[str, tuple[tuple[Phrase, str], ...]]  # first word → (phrase, kind)
    reporting: frozenset[str]  # stems of reporting verbs
    neutral_reporting: frozenset[str]
    pronouns: frozenset[str]
    clause_openers: frozenset[str]
    complementizers: frozenset[str]
    copulas: frozenset[str]
    verb_cues: frozenset[str]
    verb_suffixes: tuple[str, ...]
    places: frozenset[str]
    opposites: dict[str, frozenset[str]]  # stem → stems of its contraries
    comparatives: dict[str, frozenset[tuple[int, int]]]  # word or stem → {(pair, side)}
    equivalents: dict[str, frozenset[str]]  # stem → stems it may stand for
    not_comparing: tuple[Phrase, ...]
    connectors: dict[str, tuple[tuple[Phrase, str], ...]]  # multi-word connectors: no claim
    transitions: frozenset[str]  # one-word connectors ("moreover", "cependant")
    according: dict[str, tuple[Phrase, ...]]  # first word → "selon", "d' après", "according to"
    determiners: frozenset[str]
    possessives: frozenset[str]
    months: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]
    role_preps: frozenset[str]  # "de", "of": a role phrase goes on after them
    elisions: tuple[str, ...]

    def key(self, word: str, verb: bool = False) -> str:
        """The content key of a word ("" for a function word)."""
        return _key(self.lang, word, verb)

    def stem(self, word: str) -> str:
        return _key(self.lang, word, False, True)

    def pronoun(self, folded: str) -> bool:
        """A subject pronoun, also as the clitic of an inverted verb ("-t-il", "-elle")."""
        f = folded.lstrip("-")
        if f.startswith("t-"):
            f = f[2:]
        return f in self.pronouns


@cache
def _base(lang: str) -> tuple[frozenset[str], tuple[str, ...], str, tuple[str, ...]]:
    """What a word's key needs: function words, elisions, stemmer, verb endings."""
    d = get_language(lang)
    function = frozenset(fold(w) for w in d.function_words) | frozenset(
        fold(w) for w in d.transition_words if " " not in w
    )
    elisions = tuple(fold(e) for e in d.elisions)
    return function, elisions, d.claims.stemmer, d.claims.verb_plural_endings


@lru_cache(maxsize=65536)
def _key(lang: str, word: str, verb: bool, force: bool = False) -> str:
    function, elisions, stemmer, endings = _base(lang)
    low = word.lower().replace("’", "'")
    folded = fold(low)
    for e in elisions:
        if folded.startswith(e) and len(folded) > len(e) + 1:
            low, folded = low[len(e) :], folded[len(e) :]
            break
    if folded.endswith("'s"):
        low, folded = low[:-2], folded[:-2]
    if folded.startswith("-"):  # "-t-il", "-elle": the clitic of an inverted verb
        low, folded = low.lstrip("-t").lstrip("-"), folded.lstrip("-t").lstrip("-")
        if len(folded) <= 2 or folded in function:
            return ""
    if not force and (folded in function or not any(c.isalnum() for c in folded)):
        return ""
    if folded.isdigit():
        return folded
    if verb:
        for end in endings:
            if low.endswith(end) and len(low) > len(end) + 3:
                low = low[: -len(end)]
                break
    return fold(_stemmer(stemmer).stemWord(low))


@cache
def _stemmer(name: str) -> Any:
    import Stemmer  # PyStemmer: the Snowball stemmers, in C

    return Stemmer.Stemmer(name)


def _by_first(items: list[tuple[Phrase, str]]) -> dict[str, tuple[tuple[Phrase, str], ...]]:
    out: dict[str, list[tuple[Phrase, str]]] = {}
    for phrase, kind in items:
        out.setdefault(phrase[0], []).append((phrase, kind))
    return {k: tuple(v) for k, v in out.items()}


def _forms(phrase: Phrase) -> tuple[Phrase, ...]:
    """A phrase as one token or with its elision cut off: "d'apres" and "d'" + "apres"."""
    split: list[str] = []
    for w in phrase:
        head, sep, rest = w.partition("'")
        split += [head + sep, rest] if sep and rest else [w]
    return (phrase, tuple(split)) if tuple(split) != phrase else (phrase,)


def _phrase(text: str) -> Phrase:
    return tuple(fold(w) for w in text.replace("’", "'").split())


@cache
def lexicon(lang: str) -> Lexicon:
    d = get_language(lang)
    c = d.claims

    def stems(words: tuple[str, ...]) -> frozenset[str]:
        return frozenset(_key(lang, w, False, True) for w in words if " " not in w)

    function = _base(lang)[0]
    modal_forms: dict[str, str] = {}
    modal_stems: dict[str, str] = {}
    phrases: list[tuple[Phrase, str]] = []
    for kind, words in c.modality.kinds():
        for w in words:
            if " " in w:
                phrases += [(f, kind) for f in _forms(_phrase(w))]
            else:
                modal_forms[fold(w)] = kind
                if kind in _VERB_KINDS and fold(w) not in function:
                    modal_stems[_key(lang, w, False, True)] = kind
    opposites: dict[str, set[str]] = {}
    for a, b in c.opposites:
        ka, kb = _key(lang, a, False, True), _key(lang, b, False, True)
        opposites.setdefault(ka, set()).add(kb)
        opposites.setdefault(kb, set()).add(ka)
    comparatives: dict[str, set[tuple[int, int]]] = {}
    for i, (a, b) in enumerate(c.comparatives):
        for side, w in enumerate((a, b)):
            comparatives.setdefault(fold(w), set()).add((i, side))
            comparatives.setdefault(_key(lang, w, False, True), set()).add((i, side))
    equivalents: dict[str, set[str]] = {}
    neutral = stems(c.neutral_reporting)
    for group in (*c.equivalents, tuple(c.neutral_reporting)):
        ks = {_key(lang, w, False, True) for w in group}
        for k in ks:
            equivalents.setdefault(k, set()).update(ks - {k})
    return Lexicon(
        lang=lang,
        data=d,
        function=function,
        negators=frozenset(fold(w) for w in c.negators if " " not in w),
        negation_openers=frozenset(fold(w) for w in c.negation_openers),
        modal_forms=modal_forms,
        modal_stems=modal_stems,
        modal_phrases=_by_first(sorted(phrases, key=lambda p: -len(p[0]))),
        reporting=stems(c.reporting_verbs),
        neutral_reporting=neutral,
        pronouns=frozenset(fold(w) for w in c.subject_pronouns),
        clause_openers=frozenset(fold(w) for w in c.clause_openers),
        complementizers=frozenset(fold(w) for w in c.complementizers),
        copulas=frozenset(fold(w) for w in c.copulas),
        verb_cues=frozenset(fold(w) for w in c.verb_cues),
        verb_suffixes=c.verb_suffixes,
        places=frozenset(fold(w) for w in c.place_prepositions),
        opposites={k: frozenset(v) for k, v in opposites.items()},
        comparatives={k: frozenset(v) for k, v in comparatives.items()},
        equivalents={k: frozenset(v) for k, v in equivalents.items()},
        not_comparing=tuple(_phrase(p) for p in c.not_comparing),
        transitions=frozenset(fold(w) for w in d.transition_words if " " not in w),
        connectors=_by_first(
            [
                (f, "")
                for w in (*d.transition_words, *d.phrases.connectors)
                if " " in w.strip()
                for f in _forms(_phrase(w))
            ]
        ),
        according={
            k: tuple(p for p, _ in v)
            for k, v in _by_first(
                [(f, "") for w in d.facts.according_to for f in _forms(_phrase(w))]
            ).items()
        },
        determiners=frozenset(fold(w) for w in (*d.facts.determiners, *d.facts.articles)),
        possessives=frozenset(fold(w) for w in d.facts.possessives),
        months=frozenset(fold(w) for w in (*d.facts.months, *d.facts.weekdays)),
        not_names=frozenset(fold(w) for w in d.facts.not_names),
        particles=frozenset(fold(w) for w in d.facts.name_particles),
        role_preps=frozenset(fold(w) for w in d.facts.role_prepositions),
        elisions=tuple(fold(e) for e in d.elisions),
    )
