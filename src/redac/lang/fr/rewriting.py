"""Règles de réécriture et de typographie du français.

Réécriture : ce que le moteur hors ligne peut couper, scinder ou répéter sans changer une
affirmation de la source. Typographie : les espaces insécables (fines ou non) qu'exige
l'usage français (Lexique des règles typographiques en usage à l'Imprimerie nationale) :
avant « : » une espace insécable, avant « ; ! ? » une fine insécable, à l'intérieur des
guillemets, entre un nombre et son unité, entre les tranches de trois chiffres.
"""

from __future__ import annotations

from redac.lang.base import Rewriting, Typography

NBSP = "\u00a0"  # espace insécable
NNBSP = "\u202f"  # espace fine insécable

TYPOGRAPHY = Typography(
    space_before=((":", NBSP), (";", NNBSP), ("!", NNBSP), ("?", NNBSP)),
    quotes=(("«", "»", NNBSP),),
    units=("%", "‰", "€", "$", "£", "km/h", "km²", "km", "m²", "m³", "kg", "cm", "mm", "°C"),
    unit_space=NNBSP,
    digit_group_space=NNBSP,
    apostrophe="\u2019",  # the typographic apostrophe: « l’homme », never « l'homme »
)

REWRITING = Rewriting(
    demonstratives={"Masc|Sing": "ce", "Fem|Sing": "cette", "|Plur": "ces"},
    demonstratives_before_vowel={"Masc|Sing": "cet"},
    split_at=("et",),
    keep_at=("mais",),
    conditions=("si", "s'", "sauf", "à condition", "au cas", "pourvu", "à moins"),
    anaphora=tuple(
        (
            "il elle ils elles on ce c' cela ça ceci celui celle ceux celles cet cette ces "
            "lui leur y en son sa ses leurs"
        ).split()
    ),
    negations=("pas", "jamais", "plus", "ni", "aucun", "aucune", "guère", "nullement", "non"),
    privative=("sans", "hormis", "sauf", "excepté"),
    contractions={"du": "le", "au": "le", "aux": "les", "des": "les"},
    event_dates=("en", "le", "l'", "début", "fin", "mi"),
    relative_subject=("qui",),
    detachable=("pour", "afin", "lors", "grâce", "dans"),
    # verbes du premier groupe : ajoutant → ajouté / ajoute / ajoutent (annonçant, jugeant)
    participles=(
        ("çant", "cé", "ce", "cent"),
        ("geant", "gé", "ge", "gent"),
        ("ant", "é", "e", "ent"),
    ),
    clause_relative=("ce", "qui", "Cela"),
    impersonal=("il y a", "il y avait", "il faut", "il fallait"),
    # une capitale sans accent (« A Paris ») redevient la minuscule accentuée après un connecteur
    unaccented_capitals=(("A", "à"),),
    # « selon l'utilisation », « selon les régions » : « en fonction de », pas une source
    not_sources=tuple(
        (
            "utilisation usage usages cas besoin besoins région régions saison saisons modèle "
            "modèles version versions âge âges taille tailles heure heures jour jours période "
            "périodes circonstances conditions météo type types niveau niveaux profil profils "
            "configuration configurations option options distance distances revenu revenus "
            "durée durées poids zone zones secteur secteurs pays territoire territoires "
            "département départements formule formules moment moments situation situations"
        ).split()
    ),
    clitics=tuple("ne n' se s' me m' te t' le la les l' lui leur y en".split()),
    pronouns={"Masc|Sing": "il", "Fem|Sing": "elle", "Masc|Plur": "ils", "Fem|Plur": "elles"},
    subject_pronouns=tuple("il elle ils elles on je j' nous vous tu ce c' cela ça ceci".split()),
    subordinators=tuple(
        (
            "que qu' quand lorsque lorsqu' puisque puisqu' quoique comme parce pourquoi "
            "comment combien qui dont où lequel laquelle lesquels lesquelles auquel auxquels "
            "auxquelles duquel desquels desquelles ni tandis"
        ).split()
    ),
    locution_nouns=tuple(
        (
            "occasion encontre cours raison partir face lieu fur issue instar égard insu moyen "
            "aide exception hauteur suite sein titre lors regard côté part faveur vue propos cas"
        ).split()
    ),
)
