"""French passive voice: a form of *être*, then a past participle in the same clause.

The analyser's verdict must never be kinder than the reader's tools (Yoast reads French passive
lexically), so the rule counts the passive *form*, both readings French grammar distinguishes:
the *passif d'action* ("les résultats seront publiés", "des tests sont menés") and the *passif
d'état* ("le magasin est fermé le dimanche", "la ville est située au bord de la mer"); and a
participle that qualifies the attribute of *être* ("une crise marquée par l'inflation" after
"est en proie à") — a reduced passive clause ("qui est marquée par").

It is not passive when

* the auxiliary is pronominal: "se sont rencontrés", "s'est dit", "nous nous sommes vus";
* the verb forms its active compound tenses with *être*: "est arrivé", "sont descendus";
* the word after *être* only looks like a participle: a noun after a determiner, a preposition,
  a pronoun or a numeral ("est le député", "à côté"), an elided word ("l'élu"), or a noun or
  adjective of the lists ("est âgé de", "la société");
* *c'est* presents a noun phrase ("c'est un projet adopté") — but "c'est décidé" is passive;
* the participle lies in another clause: a comma, a semicolon, a colon, a conjunction, a relative
  or subordinating word, or another auxiliary comes between ("il est riche et animé").

Tokens are the sentence's lower-cased words, with "," ";" ":" kept as tokens where the caller
has them (``redac.analysis.research.passive_tokens``); without them, clauses end at words only.
"""

from __future__ import annotations

import re

from redac.lang.fr.passive_words import (
    CLAUSE_BREAK,
    CLAUSE_BREAK_ELIDED,
    ETRE,
    ETRE_VERBS,
    INVERTED,
    INVERTED_MORE,
    IRREGULAR,
    NOT_BEFORE,
    NOT_PARTICIPLES,
    REFLEXIVE,
)

_PUNCT = frozenset((",", ";", ":"))
_FEMININE = {"dissous": "dissout", "absous": "absout", "clos": "clos", "dû": "du"}
_IRREGULAR_FORMS = frozenset(
    form
    for base in (*IRREGULAR, "clos", "éclos")
    for stem in (base, _FEMININE.get(base, base))
    for form in (base, stem + "e", stem + "es", base if base.endswith("s") else base + "s")
)
_REGULAR = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ-]{2,}(?:é|ée|és|ées)$")
_ADVERBS = frozenset(
    (
        "ne n' pas plus moins très trop peu bien mal aussi encore déjà toujours jamais souvent "
        "parfois également désormais ensuite ainsi alors guère rarement presque tout toute "
        "toutes tous en partie ici là enfin même certes donc"
    ).split()
)
# a determiner before "été" / "être" makes it a noun ("cet été", "en été", "un être")
_APPROX = frozenset("au environ près presque quelque plus moins".split())
_NOUN_MARK = frozenset("le la les l' un une cet ce cette ces son sa ses mon notre leur en".split())


def _is_participle(word: str) -> bool:
    if "'" in word or word in NOT_PARTICIPLES or word.removesuffix("s") in NOT_PARTICIPLES:
        return False
    return word in _IRREGULAR_FORMS or bool(_REGULAR.match(word))


def _is_etre_verb(word: str) -> bool:
    """The participle of a verb conjugated with être in its active compound tenses."""
    if word in ETRE_VERBS:
        return True
    for suffix in ("ées", "ée", "és", "es", "e", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in ETRE_VERBS:
            return True
    return False


def _etre_form(raw: str) -> tuple[str, bool] | None:
    """(the form of être, presentative?) when ``raw`` is one: "n'est", "d'être", "est-il",
    "c'était"; ``None`` otherwise."""
    word, presentative = raw, False
    if "'" in word:
        head, word = word.split("'", 1)
        if head == "c":
            presentative = True
        elif head == "d":
            if word != "être":  # "d'été": of summer
                return None
        elif head not in ("n", "j", "qu"):  # "s'est", "l'est", "m'étais": not an auxiliary
            return None
    if "-" in word:
        for suffix in (*INVERTED, *INVERTED_MORE):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
                break
    return (word, presentative) if word in ETRE else None


def _reflexive(tokens: list[str], i: int) -> bool:
    prev = tokens[i - 1] if i > 0 else ""
    if prev in REFLEXIVE or prev.startswith(("s'", "m'", "t'")):  # "se sont", "s'en est"
        return True
    return prev in ("nous", "vous") and i > 1 and tokens[i - 2] == prev  # "nous nous sommes"


def _breaks(word: str) -> bool:
    return (
        word in _PUNCT
        or word in CLAUSE_BREAK
        or word.startswith(CLAUSE_BREAK_ELIDED)
        or _etre_form(word) is not None
    )


def _not_a_verb_after(word: str) -> bool:
    """After a determiner, a preposition, a pronoun or a number comes a noun, not a verb."""
    return word in NOT_BEFORE or word[:1].isdigit()


def _participle_in_clause(tokens: list[str], i: int, adverbs_only: bool) -> bool:
    for j in range(i + 1, len(tokens)):
        w = tokens[j]
        if _breaks(w) or (_is_etre_verb(w) and not _not_a_verb_after(tokens[j - 1])):
            return False  # another clause, or an active past tense ("est arrivé", not "la sortie")
        if _is_participle(w) and not _not_a_verb_after(tokens[j - 1]):
            return True
        if adverbs_only and w not in _ADVERBS and not (w.endswith("ment") and len(w) > 5):
            return False
    return False


def is_passive(tokens: list[str]) -> bool:
    """True when the sentence (lower-cased word tokens) holds a form of être followed, in the
    same clause, by a past participle."""
    for i, raw in enumerate(tokens):
        form = _etre_form(raw)
        if form is None or _reflexive(tokens, i):
            continue
        word, presentative = form
        prev = tokens[i - 1] if i > 0 else ""
        if prev == "ce":  # "ce sont les élus": presents a noun phrase, like "c'est"
            presentative = True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if word == "soit" and (_not_a_verb_after(nxt) or nxt in _APPROX):
            continue  # "soit 185 députés", "soit au moins": the conjunction, not the subjunctive
        if word in ("été", "être") and prev in _NOUN_MARK:
            continue  # "cet été", "un être"
        if word == "étant" and i + 1 < len(tokens) and tokens[i + 1].startswith("donné"):
            continue  # "étant donné que"
        if _participle_in_clause(tokens, i, adverbs_only=presentative):
            return True
    return False


def looks_passive(tokens: list[str]) -> bool:
    """The same test, for the writer's key points (which it keeps plainly active)."""
    return is_passive(tokens)
