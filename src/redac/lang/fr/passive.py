"""French passive voice, by rules that separate the action passive from the state.

Yoast's French rule flags any form of *être* followed by a participle, so "les artisans sont
plus réservés" (a state) counts as passive. French grammar distinguishes the *passif d'action*
from the *passif d'état*: a participle after *être* describes an action when

* the auxiliary is itself compound or non-finite: "a été reçue", "doivent être rénovées";
* the tense of *être* is one that narrates or projects an event: future, conditional,
  passé simple, subjunctive ("seront regroupées", "fut élu");
* an agent is stated: "est remboursé par l'État".

A present or imperfect *être* + participle without an agent is read as a state (attribute).
Verbs conjugated with *être* in the active voice ("sont descendus") and pronominal forms
("se sont rencontrés") are never passive.
"""

from __future__ import annotations

import re

_ETRE_STATE = frozenset(("suis es est sommes êtes sont étais était étions étiez étaient").split())
_ETRE_EVENT = frozenset(
    (
        "serai seras sera serons serez seront serais serait serions seriez seraient fus fut fûmes "
        "fûtes furent sois soit soyons soyez soient fusse fût fussent"
    ).split()
)
_ETRE_NONFINITE = frozenset(["être", "étant"])
_ETE = "été"
_REFLEXIVE = frozenset(["se", "s'", "me", "m'", "te", "t'", "nous", "vous"])

# Past participles of verbs that form their active compound tenses with être.
_ETRE_VERBS = frozenset(
    (
        "allé venu arrivé parti sorti entré rentré descendu monté tombé resté né mort devenu "
        "revenu retourné parvenu intervenu survenu décédé apparu redevenu reparti ressorti"
    ).split()
)
_IRREGULAR = (
    "fait dit pris mis écrit ouvert offert couvert découvert produit construit détruit conduit "
    "réduit traduit introduit élu vu connu reconnu perçu reçu déçu conçu aperçu battu vendu rendu "
    "entendu attendu tenu retenu obtenu soutenu détenu maintenu contenu compris surpris appris "
    "repris admis permis promis soumis transmis commis émis remis acquis conquis requis joint "
    "atteint peint craint contraint éteint suivi poursuivi puni choisi établi fini réuni saisi "
    "trahi bâti garanti investi envahi accueilli servi interdit prédit inscrit décrit prescrit "
    "lu bu cru vécu convaincu vaincu exclu inclus résolu ému"
)
_IRREGULAR_FORMS = frozenset(
    form
    for base in _IRREGULAR.split()
    for form in (base, base + "e", base + "s" if not base.endswith("s") else base, base + "es")
)
_REGULAR = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ-]{2,}(é|ée|és|ées)$")
# Words that end like a participle but are not one after être.
_NOT_PARTICIPLES = frozenset(
    ("été thé café année idée musée lycée armée allée côté clé bébé").split()
)
_ADVERBS = frozenset(
    (
        "ne n' pas plus moins très trop peu bien mal aussi encore déjà toujours jamais souvent "
        "parfois également désormais ensuite ainsi alors guère rarement presque tout toute en "
        "partie actuellement généralement largement notamment"
    ).split()
)


def _is_participle(word: str) -> bool:
    if word in _NOT_PARTICIPLES:
        return False
    return word in _IRREGULAR_FORMS or bool(_REGULAR.match(word))


def _base(word: str) -> str:
    for suffix in ("ées", "ée", "és", "es", "e", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in _ETRE_VERBS:
            return word[: -len(suffix)]
    return word


_SECOND_GROUP = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ-]{3,}(i|ie|is|ies)$")  # "alourdies", "choisis"
_NOT_SECOND_GROUP = frozenset(
    "ici aussi parmi voici ainsi lundi mardi mercredi jeudi vendredi samedi midi minuit "
    "merci souci défi ennemi ennemis amis ami pays avis prix fois mois".split()
)


def _participle_after(tokens: list[str], i: int, eventive: bool = False) -> int | None:
    """Index of the participle following position ``i`` (adverbs may intervene). After an
    eventive auxiliary, second-group participles count too ("seront alourdies")."""
    j = i + 1
    skipped = 0
    while j < len(tokens) and skipped <= 3:
        w = tokens[j]
        if _is_participle(w) or (
            eventive and _SECOND_GROUP.match(w) and w not in _NOT_SECOND_GROUP
        ):
            return j
        if w in _ADVERBS or (w.endswith("ment") and len(w) > 5) or w in ("en", "partie"):
            j += 1
            skipped += 1
            continue
        return None
    return None


def is_passive(tokens: list[str]) -> bool:
    """True when the sentence (lower-cased word tokens) holds an action passive."""
    for i, raw in enumerate(tokens):
        reflexive = raw.startswith(("s'", "m'", "t'")) or (i > 0 and tokens[i - 1] in _REFLEXIVE)
        word = raw.split("'", 1)[1] if raw.startswith(("s'", "m'", "t'", "n'", "c'")) else raw
        if word == _ETE or word in _ETRE_STATE or word in _ETRE_EVENT or word in _ETRE_NONFINITE:
            if reflexive and word != _ETE:
                continue
            eventive = word == _ETE or word in _ETRE_EVENT or word in _ETRE_NONFINITE
            j = _participle_after(tokens, i, eventive)
            if j is None or _base(tokens[j]) in _ETRE_VERBS:
                continue
            if word == _ETE or word in _ETRE_EVENT or word in _ETRE_NONFINITE:
                return True
            if "par" in tokens[j + 1 : j + 4]:  # an agent is stated
                return True
    return False


def looks_passive(tokens: list[str]) -> bool:
    """The broad lexical test (any être form, then a word ending like a participle within three
    words). Wider than ``is_passive``: used to keep key points plainly active."""
    forms = _ETRE_STATE | _ETRE_EVENT | _ETRE_NONFINITE | {_ETE}
    for i, w in enumerate(tokens):
        if w.split("'")[-1] in forms and any(
            _is_participle(t) and _base(t) not in _ETRE_VERBS for t in tokens[i + 1 : i + 4]
        ):
            return True
    return False
