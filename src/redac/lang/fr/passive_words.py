"""The word lists of the French passive-voice rule (``passive.py``), written for redac from French
grammar: the forms of *être*, the past participles that do not end in -é, the verbs that form
their active compound tenses with *être*, and the words that look like participles but are not.
"""

from __future__ import annotations

# Every simple form of *être* (indicative, conditional, subjunctive, and the non-finite forms);
# "été" is the participle of the compound tenses ("a été", "aura été").
ETRE = frozenset(
    (
        "suis es est sommes êtes sont "  # présent
        "étais était étions étiez étaient "  # imparfait
        "fus fut fûmes fûtes furent "  # passé simple
        "serai seras sera serons serez seront "  # futur
        "serais serait serions seriez seraient "  # conditionnel
        "sois soit soyons soyez soient "  # subjonctif présent
        "fusse fusses fût fussions fussiez fussent "  # subjonctif imparfait
        "être été étant"
    ).split()
)
# Pronouns that follow the verb in a question or an inverted clause ("est-il", "sera-t-on").
INVERTED = ("-t-il", "-t-elle", "-t-on", "-je", "-tu", "-il", "-elle", "-on", "-ils", "-elles")
INVERTED_MORE = ("-nous", "-vous", "-ce")
# A reflexive pronoun before être makes a pronominal verb ("se sont rencontrés"), not a passive.
REFLEXIVE = frozenset(("se", "me", "te", "s'", "m'", "t'"))

# Verbs whose active compound tenses take être ("il est arrivé"): their participle after être is
# an active past tense. Masculine singular forms; the agreement endings are added by the rule.
ETRE_VERBS = frozenset(
    (
        "allé venu arrivé parti sorti entré rentré descendu monté tombé resté né mort devenu "
        "revenu retourné parvenu intervenu survenu décédé apparu disparu redevenu reparti "
        "ressorti retombé demeuré advenu provenu accouru passé réapparu"
    ).split()
)

# Past participles that do not end in -é (masculine singular; -e, -s, -es are added): the
# irregular verbs of the third group and the common verbs of the second group (-ir, -issons).
IRREGULAR = frozenset(
    (
        # -i / -it / -is
        "fait défait refait satisfait dit interdit prédit contredit maudit écrit décrit inscrit "
        "prescrit proscrit souscrit transcrit réécrit pris repris compris surpris appris "
        "entrepris mis remis admis permis promis soumis transmis commis émis omis démis "
        "compromis acquis conquis requis assis "
        "suivi poursuivi servi desservi accueilli recueilli cueilli "
        # second group
        "fini choisi établi rétabli réuni uni saisi trahi bâti garanti investi envahi puni "
        "défini redéfini accompli rempli nourri fourni guéri muni franchi agrandi approfondi "
        "assoupli alourdi allégi durci élargi enrichi affaibli ralenti raffermi embelli démoli "
        "aboli anéanti englouti assaini affranchi rajeuni ravi banni terni garni noirci blanchi "
        "converti averti subi réussi "
        # -ert / -uit / -eint / -aint / -oint
        "ouvert rouvert entrouvert couvert recouvert découvert offert souffert "
        "conduit reconduit construit reconstruit détruit produit reproduit réduit traduit "
        "introduit instruit séduit induit déduit cuit "
        "atteint peint repeint craint contraint éteint restreint astreint enfreint teint "
        "joint rejoint adjoint disjoint "
        # -u
        "vu revu prévu entrevu pourvu connu reconnu méconnu perçu reçu déçu conçu aperçu "
        "battu abattu combattu débattu vendu revendu rendu entendu attendu sous-entendu défendu "
        "répandu suspendu tendu étendu détendu fondu confondu perdu tordu pendu "
        "tenu retenu obtenu soutenu détenu maintenu contenu entretenu voulu "
        "conclu exclu lu relu élu réélu bu cru vécu convaincu vaincu inclus résolu dissous absous "
        "ému parcouru secouru encouru couru dû mû"
    ).split()
)

# Words ending like a participle (-é, -ée, -és, -ées) that are nouns or adjectives in ordinary
# prose: after être they are an attribute ("il est âgé de"), never a passive verb.
NOT_PARTICIPLES = frozenset(
    (
        # nouns
        "été année idée armée journée soirée matinée durée lycée musée côté café thé clé bébé "
        "comité député société santé sécurité qualité liberté égalité majorité minorité "
        "activité priorité réalité capacité difficulté communauté université électricité "
        "identité nationalité mobilité publicité unité volonté beauté vérité moitié amitié "
        "pitié allié marché degré traité procédé résumé fossé congé pensée épée vallée fumée marée "
        "mosquée trophée assemblée chaussée tournée rentrée entrée arrivée montée poupée "
        "randonnée allée portée dictée gelée flambée ruée foulée plongée renommée "
        # adjectives that are not the participle of a verb in use
        "âgé aisé censé sensé effréné éhonté zélé"
    ).split()
)

# Words after which the next word is not a verb: determiners, prepositions, pronouns and
# numerals ("le député", "de l'été", "chaque année").
NOT_BEFORE = frozenset(
    (
        "le la les l' un une des du de d' au aux ce cet cette ces mon ma mes ton ta tes son sa ses "
        "notre nos votre vos leur leurs quel quelle quels quelles chaque plusieurs quelques "
        "certains certaines aucun aucune nul nulle "
        "à en dans par pour sur sous avec sans chez entre vers contre selon depuis pendant "
        "je tu il elle on nous vous ils elles lui eux me te se moi toi soi "
        "deux trois quatre cinq six sept huit neuf dix cent mille premier première dernier "
        "dernière"
    ).split()
)

# Words that end the stretch of words a participle of the same verb group can be found in: a
# conjunction, a relative or subordinating word, or another auxiliary, opens another clause.
CLAUSE_BREAK = frozenset(
    (
        "et ou mais car donc or ni que qui quoi dont où lequel laquelle lesquels lesquelles "
        "auquel auxquels auxquelles duquel desquels desquelles si quand lorsque puisque quoique "
        "comme afin parce tandis sinon "
        "ai as a avons avez ont avais avait avions aviez avaient aura auront aurait auraient "
        "eu avoir ayant"
    ).split()
)
# Elided words that open a clause ("qu'il", "lorsqu'elle", "s'ils").
CLAUSE_BREAK_ELIDED = ("qu'", "lorsqu'", "puisqu'", "quoiqu'", "jusqu'")
