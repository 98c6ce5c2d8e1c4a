"""The perturbation generator's own word lists (bench/verify_perturb.py).

Written for the bench, separately from the checker's vocabulary (``redac/lang/*/claims.py``):
nothing here is imported from redac, and the pairs were chosen as an editor would make the
mistakes, not from the checker's lists. Several pairs are deliberately absent from the checker's
vocabulary ("held out"): the bench reports their detection apart.
"""

from __future__ import annotations

FR = {
    "connectors": ("Par ailleurs", "En outre", "De plus", "Qui plus est"),
    # finite modal or auxiliary → a form that changes how sure or how real the claim is
    "modal_swaps": {
        "pourrait": "va",
        "pourraient": "vont",
        "peut": "va",
        "peuvent": "vont",
        "doit": "peut",
        "doivent": "peuvent",
        "va": "pourrait",
        "vont": "pourraient",
        "devrait": "va",
        "devraient": "vont",
        "est": "serait",
        "sont": "seraient",
        "a": "aurait",
        "ont": "auraient",
    },
    "hedges": ("probablement", "peut-être", "sans doute", "vraisemblablement", "a priori"),
    "comparatives": {
        "plus": "moins",
        "moins": "plus",
        "hausse": "baisse",
        "baisse": "hausse",
        "augmenté": "diminué",
        "diminué": "augmenté",
        "augmente": "diminue",
        "supérieur": "inférieur",
        "supérieure": "inférieure",
        "inférieur": "supérieur",
        "meilleur": "pire",
        "meilleure": "pire",
        "premier": "dernier",
        "première": "dernière",
        "dernier": "premier",
        "dernière": "première",
        "avant": "après",
        "après": "avant",
        "davantage": "moins",
        "accru": "réduit",
        "croissant": "décroissant",
        "grandissant": "déclinant",  # held out
        "record": "plancher",  # held out
        "accéléré": "ralenti",  # held out
        "rapide": "lent",  # held out
    },
    "opposites": {
        "accepté": "refusé",
        "refusé": "accepté",
        "autorisé": "interdit",
        "interdit": "autorisé",
        "confirmé": "démenti",
        "soutenu": "combattu",
        "soutient": "combat",
        "favorables": "hostiles",  # held out
        "favorable": "hostile",  # held out
        "gagné": "perdu",
        "perdu": "gagné",
        "remporté": "perdu",  # held out
        "réussi": "échoué",
        "échoué": "réussi",
        "ouvert": "fermé",
        "fermé": "ouvert",
        "ouvre": "ferme",
        "commencé": "terminé",
        "lancé": "abandonné",  # held out
        "adopté": "rejeté",
        "approuvé": "rejeté",
        "légal": "illégal",
        "possible": "impossible",
        "facile": "difficile",
        "difficile": "facile",
        "fort": "faible",
        "forte": "faible",
        "fortes": "faibles",
        "nouveau": "ancien",  # held out
        "nouvelle": "ancienne",  # held out
        "nouvelles": "anciennes",  # held out
        "public": "privé",
        "publique": "privée",
        "positif": "négatif",
        "positive": "négative",
        "vrai": "faux",
        "fidèles": "infidèles",  # held out
        "indépendant": "dépendant",  # held out
        "efficace": "inefficace",
        "réduit": "augmenté",
        "protéger": "menacer",
        "renforcer": "affaiblir",
        "aider": "gêner",  # held out
        "aide": "gêne",  # held out
        "utilisé": "abandonné",  # held out
        "obtenu": "perdu",  # held out
        "signé": "dénoncé",  # held out
        "accord": "désaccord",
        "important": "négligeable",  # held out
        "importante": "négligeable",  # held out
        "grand": "petit",  # held out
        "grande": "petite",  # held out
        "vaste": "étroite",  # held out
        "complète": "partielle",  # held out
        "distinctes": "identiques",  # held out
        "violente": "modérée",  # held out
    },
    "roles": {
        "président": "ministre",
        "présidente": "ministre",
        "ministre": "président",
        "chef": "adjoint",
        "directeur": "porte-parole",
        "directrice": "porte-parole",
        "porte-parole": "directeur",
        "secrétaire": "trésorier",
        "maire": "préfet",
        "député": "sénateur",
        "sénateur": "député",
        "avocat": "procureur",
        "procureur": "avocat",
        "PDG": "fondateur",
        "CEO": "fondateur",
        "patron": "actionnaire",
        "russe": "ukrainien",
        "biélorusse": "polonais",
        "français": "belge",
        "française": "belge",
        "américain": "canadien",
        "ancien": "actuel",
        "sociologue": "économiste",
        "homologue": "adversaire",
    },
    "speech_cues": ("selon", "d'après"),
    "speech_verbs": (
        "a déclaré",
        "a affirmé",
        "a indiqué",
        "a expliqué",
        "a précisé",
        "a souligné",
        "a estimé",
        "a dit",
        "a ajouté",
        "a assuré",
        "ont déclaré",
        "a réaffirmé",
        "a annoncé",
    ),
    "negatable": ("est", "sont", "a", "ont", "était", "étaient", "peut", "doit", "va", "fait"),
    "new_people": ("Hélène Marchetti", "Youssef Benali", "Karin Lindqvist", "Tomás Herrera"),
    "new_places": ("Valenciennes", "Tromsø", "Guadalajara", "Split"),
    "invented": (
        "{P} a démenti ces informations dans un communiqué publié jeudi soir.",
        "{P} doit se rendre à Bruxelles la semaine prochaine pour en discuter.",
        "Selon une source proche du dossier, {P} envisagerait de démissionner.",
        "{P} a annoncé un plan d'investissement de 40 millions d'euros.",
        "Les négociations avec {P} ont été suspendues sans explication.",
        "Un porte-parole de {P} a refusé de commenter ces chiffres.",
    ),
    "safe_splits": (
        (" ; ", ". "),
        (", mais ", ". Mais "),
        (", et il ", ". Il "),
        (", et elle ", ". Elle "),
    ),
    "report_tail": ", selon ",
    "quote_words": ("totalement", "jamais", "grave", "immense", "inacceptable"),
}

EN = {
    "connectors": ("In addition", "Moreover", "Furthermore", "Also"),
    "modal_swaps": {
        "could": "will",
        "may": "will",
        "might": "will",
        "will": "might",
        "would": "will",
        "must": "may",
        "can": "must",
        "should": "will",
        "is": "may be",
        "was": "might have been",
        "are": "could be",
        "has": "may have",
    },
    "hedges": ("probably", "possibly", "likely", "perhaps", "reportedly"),
    "comparatives": {
        "more": "less",
        "less": "more",
        "higher": "lower",
        "lower": "higher",
        "increase": "decrease",
        "increased": "decreased",
        "rise": "fall",
        "rising": "falling",
        "larger": "smaller",
        "bigger": "smaller",
        "smaller": "bigger",
        "above": "below",
        "best": "worst",
        "better": "worse",
        "worse": "better",
        "most": "least",
        "older": "younger",
        "oldest": "youngest",  # held out
        "earlier": "later",
        "before": "after",
        "after": "before",
        "first": "last",
        "last": "first",
        "faster": "slower",  # held out
        "longer": "shorter",  # held out
        "up": "down",
        "far": "near",  # held out
        "many": "few",  # held out
    },
    "opposites": {
        "accepted": "rejected",
        "rejected": "accepted",
        "allowed": "banned",
        "confirmed": "denied",
        "supported": "opposed",
        "support": "oppose",
        "won": "lost",
        "lost": "won",
        "succeeded": "failed",
        "failed": "succeeded",
        "open": "closed",
        "opened": "closed",
        "started": "ended",
        "began": "ended",
        "approved": "rejected",
        "legal": "illegal",
        "possible": "impossible",
        "easy": "difficult",
        "difficult": "easy",
        "strong": "weak",
        "public": "private",
        "positive": "negative",
        "true": "false",
        "guilty": "innocent",
        "happy": "unhappy",
        "new": "old",  # held out
        "big": "small",  # held out
        "meaningful": "pointless",  # held out
        "beautiful": "ugly",  # held out
        "passionate": "indifferent",  # held out
        "arrested": "released",  # held out
        "protect": "endanger",  # held out
        "agree": "disagree",
        "plenty": "little",  # held out
        "excessive": "moderate",  # held out
        "disturbing": "reassuring",  # held out
        "dishonesty": "honesty",  # held out
        "common": "rare",  # held out
        "high": "low",  # held out
        "minor": "major",  # held out
        "include": "exclude",
        "increase": "reduce",  # held out
    },
    "roles": {
        "President": "Senator",
        "president": "senator",
        "Rep.": "Sen.",
        "Attorney": "Sheriff",
        "attorney": "spokeswoman",
        "CEO": "CFO",
        "director": "producer",
        "producer": "director",
        "former": "current",
        "chief": "deputy",
        "physician": "lawyer",
        "host": "guest",
        "head": "deputy",
        "husband": "brother",
        "editor": "reporter",
        "senior": "junior",
        "Dr.": "Mr.",
    },
    "speech_cues": ("according to",),
    "speech_verbs": ("said", "told", "says", "added", "announced", "warned", "noted", "wrote"),
    "negatable": ("is", "was", "are", "were", "has", "have", "had", "will", "can", "would"),
    "new_people": ("Marta Kowalski", "Dev Raman", "Olga Petrenko", "Luis Ortega"),
    "new_places": ("Tallinn", "Montevideo", "Duluth", "Perth"),
    "invented": (
        "{P} denied the report in a statement released late on Thursday.",
        "{P} is expected to travel to Brussels next week to discuss the matter.",
        "According to a person familiar with the matter, {P} is considering stepping down.",
        "{P} also announced a $40 million investment plan.",
        "Talks with {P} were suspended without explanation.",
        "A spokesperson for {P} declined to comment on the figures.",
    ),
    "safe_splits": (
        ("; ", ". "),
        (", but ", ". But "),
        (", and he ", ". He "),
        (", and she ", ". She "),
    ),
    "report_tail": ", according to ",
    "quote_words": ("totally", "never", "serious", "huge", "unacceptable"),
}

WORDS = {"fr": FR, "en": EN}
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
DAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
