"""Vocabulaire du vérificateur d'affirmations : négation, modalité, comparaison, contraires,
discours rapporté.

Écrit pour redac à partir de la grammaire du français (négation à deux éléments, auxiliaires
modaux pouvoir/devoir, conditionnel, verbes introducteurs du discours rapporté). Les verbes sont
donnés à l'infinitif (comparés par leur radical) ; les mots grammaticaux sous toutes leurs formes.
"""

from __future__ import annotations

from redac.lang.base import ClaimVocabulary, ModalWords


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    out = []
    for pair in text.split(","):
        a, b = pair.split("/")
        out.append((a.strip(), b.strip()))
    return tuple(out)


MODALITY = ModalWords(
    possibility=_w(
        "peut peuvent pourra pourront pourrait pourraient pouvait pouvaient puisse puissent "
        "pu pouvoir peut-être possible possibles possiblement éventuellement éventuel "
        "éventuelle potentiellement potentiel potentielle susceptible susceptibles"
    ),
    probability=(
        *_w(
            "probablement vraisemblablement probable probables devrait devraient "
            "présumément apparemment"
        ),
        "sans doute",
        "selon toute vraisemblance",
        "il est probable",
    ),
    necessity=(
        *_w(
            "doit doivent devra devront devait devaient devoir faut faudra faudrait fallait "
            "obligatoirement impérativement nécessairement"
        ),
        "être tenu de",
        "est tenu de",
        "sont tenus de",
        "est obligé de",
        "sont obligés de",
    ),
    attempt=(*_w("essayer tenter tentative efforcer"), "chercher à", "cherche à", "cherchent à"),
    volition=_w("vouloir veut veulent voudra voudrait voudraient voulait voulaient souhaiter"),
    certainty=(
        *_w("certainement sûrement assurément forcément inévitablement inéluctablement"),
        "sans aucun doute",
        "à coup sûr",
    ),
    hypothetical=(),  # le conditionnel le dit : voir conditional_endings
)

CLAIMS = ClaimVocabulary(
    stemmer="french",
    verb_plural_endings=("ent",),
    conditional_endings=_w("rait raient rais rions riez"),
    negators=_w("ne n' pas jamais aucun aucune nullement guère rien sans non ni nul nulle"),
    negation_openers=_w("ne n'"),
    modality=MODALITY,
    reporting_verbs=_w(
        "déclarer affirmer dire ajouter estimer expliquer indiquer préciser souligner assurer "
        "annoncer avertir prévenir rappeler noter confier insister répondre reconnaître "
        "dénoncer juger écrire raconter confirmer démentir promettre marteler commenter "
        "déplorer regretter accuser réclamer exiger suggérer prétendre révéler témoigner "
        "signaler observer admettre nier plaider dit disent écrit reconnu promis admis"
    ),
    neutral_reporting=_w(
        "déclarer affirmer dire indiquer expliquer préciser souligner ajouter assurer noter "
        "confier raconter dit disent"
    ),
    subject_pronouns=_w("il elle ils elles on -t-il -t-elle -t-ils -t-elles celui-ci celle-ci"),
    clause_openers=_w(
        "que qu' qui lorsque lorsqu' quand si car mais dont où puisque puisqu' tandis quoique"
    ),
    complementizers=("que", "qu'"),
    copulas=_w("est sont était étaient sera seront fut furent demeure reste"),
    verb_cues=_w(
        "ne n' se s' a ont avait avaient va vont peut peuvent doit doivent il elle ils elles"
    ),
    verb_suffixes=_w("er ait aient é ée és ées"),
    place_prepositions=_w("à au aux en dans vers depuis"),
    opposites=_pairs(
        "accepter/refuser, autoriser/interdire, approuver/rejeter, adopter/rejeter, "
        "confirmer/démentir, reconnaître/nier, admettre/nier, soutenir/combattre, "
        "soutien/opposition, favorable/opposé, favorable/défavorable, accord/désaccord, "
        "gagner/perdre, victoire/défaite, réussir/échouer, succès/échec, ouvrir/fermer, "
        "ouverture/fermeture, commencer/terminer, début/fin, arriver/partir, entrer/sortir, "
        "allié/ennemi, ami/ennemi, paix/guerre, légal/illégal, vrai/faux, positif/négatif, "
        "optimiste/pessimiste, innocent/coupable, acquitter/condamner, embaucher/licencier, "
        "construire/détruire, créer/supprimer, renforcer/affaiblir, aimer/détester, "
        "saluer/condamner, féliciter/critiquer, saluer/dénoncer, présent/absent, "
        "possible/impossible, facile/difficile, fort/faible, riche/pauvre, vivant/mort, "
        "public/privé, majorité/minorité, imposer/lever, inclure/exclure, sûr/dangereux, "
        "légitime/illégitime, utile/inutile, efficace/inefficace, officiel/officieux, "
        "respecter/violer, protéger/menacer, calme/agité, libérer/emprisonner"
    ),
    comparatives=_pairs(
        "plus/moins, davantage/moins, hausse/baisse, hausse/recul, augmenter/diminuer, "
        "augmenter/baisser, augmentation/diminution, progresser/reculer, progression/recul, "
        "accroître/réduire, accroissement/réduction, croissance/décroissance, "
        "supérieur/inférieur, meilleur/pire, mieux/pire, maximum/minimum, avant/après, "
        "premier/dernier, grimper/chuter, monter/descendre, aîné/cadet, majorer/minorer"
    ),
    not_comparing=("de plus", "en plus", "non plus", "plus ou moins", "au moins", "du moins"),
    equivalents=(
        ("essayer", "tenter"),
        ("contraindre", "forcer", "obliger"),
        ("commencer", "débuter"),
        ("terminer", "achever", "finir"),
        ("réunion", "rencontre"),
        ("déclaration", "propos"),
    ),
)
