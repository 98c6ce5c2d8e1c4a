"""French words: function words, connectors, syllables, word forms.

Written for redac from French grammar (determiners, pronouns, prepositions, conjunctions,
auxiliaries, connecteurs logiques). Kandel & Moles (1958) adapted Flesch's formula to French.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redac.lang.base import Detection
from redac.text.normalize import fold

_ARTICLES = "le la les l' un une des du de d' au aux"
_DETERMINERS = (
    "ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs "
    "quel quelle quels quelles chaque plusieurs quelques certains certaines aucun aucune "
    "nul nulle tout toute tous toutes autre autres même mêmes tel telle tels telles divers diverses"
)
_PRONOUNS = (
    "je j' tu il elle on nous vous ils elles me m' te t' se s' lui leur eux moi toi soi "
    "y en le la les celui celle ceux celles ceci cela ça qui que qu' quoi dont où lequel "
    "laquelle lesquels lesquelles auquel auxquels duquel desquels rien personne chacun chacune"
)
_PREPOSITIONS = (
    "à de dans par pour sur sous avec sans chez entre vers contre depuis pendant avant après "
    "devant derrière selon malgré parmi envers hors dès jusque jusqu' outre via durant sauf "
    "hormis moyennant concernant suivant"
)
_CONJUNCTIONS = "et ou mais donc or ni car si comme quand lorsque lorsqu' puisque puisqu' quoique quoiqu' que qu'"
_AUXILIARIES = (
    "être suis es est sommes êtes sont étais était étions étiez étaient serai sera serons seront "
    "serais serait seraient été étant avoir ai as a avons avez ont avais avait avions aviez avaient "
    "aurai aura aurons auront aurais aurait auraient eu ayant fait faire peut peuvent pouvait "
    "pourrait pourraient doit doivent devait devrait devraient va vont allait"
)
_ADVERBS = (
    "ne n' pas plus moins très trop peu bien mal aussi encore déjà toujours jamais souvent "
    "parfois ici là alors ainsi assez beaucoup tant tellement presque environ non oui "
    "également surtout seulement aujourd'hui hier demain"
)
_NUMERALS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize vingt trente quarante cinquante soixante cent cents mille premier première second "
    "seconde deuxième troisième"
)
_VAGUE = "chose choses fois façon manière sorte genre truc faut"

FUNCTION_WORDS = frozenset(
    " ".join(
        [
            _ARTICLES,
            _DETERMINERS,
            _PRONOUNS,
            _PREPOSITIONS,
            _CONJUNCTIONS,
            _AUXILIARIES,
            _ADVERBS,
            _NUMERALS,
            _VAGUE,
        ]
    ).split()
)

# Connecteurs logiques, grouped by what they do. Multi-word ones are matched as phrases. Words
# that are mostly something else in news prose are left out, or kept only in the phrase where
# they link two clauses: "depuis" (a preposition: "depuis 2011"; kept: "depuis que"), "encore"
# (an adverb: "réduire encore le poids"; kept: "ou encore"), "comme" (a comparison: "comme un
# piège"; kept: "tout comme"), "de plus" ("de plus en plus", "une fois de plus"; "qui plus est",
# "de surcroît" say it), "si" (an intensifier: "si grand"; kept: "même si", "si bien que").
_CONNECTORS = {
    "addition": "en outre|par ailleurs|également|aussi|d'ailleurs|de surcroît|en plus|"
    "qui plus est|sans compter que|ensuite|puis|enfin|ou encore|encore une fois|et même|"
    "d'autant plus",
    "order": "d'abord|tout d'abord|premièrement|deuxièmement|troisièmement|en premier lieu|"
    "en second lieu|en dernier lieu|pour commencer|pour finir|finalement|dernièrement",
    "opposition": "mais|cependant|pourtant|toutefois|néanmoins|en revanche|au contraire|"
    "par contre|or|alors que|tandis que|bien que|quoique|même si|malgré|en dépit de|"
    "au lieu de|à l'inverse|à l'opposé|quand même|malgré tout|il n'en reste pas moins|"
    "face à|sauf",
    "cause": "car|parce que|puisque|étant donné que|vu que|en raison de|à cause de|grâce à|"
    "du fait de|du fait que|sous prétexte que|faute de",
    "consequence": "donc|ainsi|alors|par conséquent|en conséquence|c'est pourquoi|"
    "c'est la raison pour laquelle|de ce fait|dès lors|si bien que|de sorte que|"
    "de telle sorte que|d'où|aussi",
    "purpose": "afin de|afin que|pour que|dans le but de|de façon à|de manière à|en vue de",
    "means": "à l'aide de|au moyen de|conformément à",
    "illustration": "par exemple|notamment|en particulier|ainsi que|tel que|telle que|"
    "c'est-à-dire|autrement dit|à savoir|en d'autres termes|surtout|particulièrement|"
    "plus précisément|dans le cadre de",
    "time": "désormais|auparavant|jusqu'ici|jusqu'à présent|depuis que|pendant ce temps|"
    "entre-temps|"
    "aussitôt|dorénavant|à présent|actuellement|avant que|après que|dès que|lorsque|quand|"
    "au moment où|en même temps|simultanément|ultérieurement|par la suite|plus tard|"
    "tout à coup|soudain|à partir de|d'ores et déjà",
    "comparison": "de même|de la même manière|de la même façon|pareillement|également|"
    "tout comme|à l'instar de|contrairement à|plutôt",
    "condition": "à condition que|pourvu que|en cas de|au cas où|sinon|à moins que",
    "source": "selon|d'après|aux yeux de|pour sa part|quant à",
    "summary": "en conclusion|en somme|en bref|bref|en résumé|pour conclure|en définitive|"
    "au final|somme toute|tout compte fait|en effet|effectivement|en fait|bien sûr|"
    "évidemment|certes|en tout cas|de toute façon|sans doute",
}
TRANSITION_WORDS = frozenset(
    w.strip() for group in _CONNECTORS.values() for w in group.split("|") if w.strip()
)
TWO_PART = (
    ("d'une part", "d'autre part"),
    ("non seulement", "mais"),
    ("soit", "soit"),
    ("ni", "ni"),
    ("tantôt", "tantôt"),
    ("autant", "autant"),
    ("plus", "plus"),
)

FIRST_WORD_EXCEPTIONS = frozenset(
    (
        "le la les l' un une des du de d' ce cet cette ces mon ma mes ton ta tes son sa ses notre "
        "nos votre vos leur leurs deux trois quatre cinq six sept huit neuf dix quelques "
        "plusieurs chaque certains certaines"
    ).split()
)

ELISIONS = tuple("l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu' presqu'".split())

ABBREVIATIONS = frozenset(
    ("m mm mme mmes mlle dr pr me st ste etc av apr env cf p ex vol no n°").split()
)

_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
_VOWEL_GROUP = re.compile(f"[{_VOWELS}]+")
# Vowel pairs that are two syllables (hiatus): "réalité", "poésie", "créer", "naïf".
_HIATUS = re.compile(r"é[aeiouéèêàâ]|[aou]é|[aeo]ï|[aeiou]ü|ao|oa")
_SILENT_END = re.compile(r"(?<=[^aeiouyàâäéèêëîïôöùûü])(es?)$")
_VERB_ENT = re.compile(r"(?<=[^aeiouyéè])ent$")
_COMMON_ENT_WORDS = frozenset(
    (
        "ment moment souvent comment lent dent gent cent vent argent accent agent parent client "
        "absent présent président patient récent urgent talent content évident permanent "
        "gouvernement parlement"
    ).split()
)


@lru_cache(maxsize=65536)  # a long text says the same words again and again
def count_syllables(word: str) -> int:
    """Spoken syllables of a French written word, by vowel groups and silent endings."""
    w = word.lower().replace("'", "")
    if not w:
        return 0
    groups = _VOWEL_GROUP.findall(w)
    n = len(groups) + sum(len(_HIATUS.findall(g)) for g in groups)
    if n > 1 and _SILENT_END.search(w):
        n -= 1
    if n > 1 and _VERB_ENT.search(w) and w not in _COMMON_ENT_WORDS and not w.endswith("ment"):
        n -= 1  # "parlent", "disent": verb ending, silent
    return max(n, 1 if groups else 0)


@lru_cache(maxsize=65536)  # a pure function of the word, asked for every word of every text
def word_key(word: str) -> str:
    """A form key that merges singular/plural and masculine/feminine of a French word."""
    w = fold(word)
    for prefix in ELISIONS:
        if w.startswith(prefix) and len(w) > len(prefix):
            w = w[len(prefix) :]
            break
    if len(w) > 4 and w.endswith("aux"):
        w = w[:-3] + "al"
    elif len(w) > 3 and w.endswith(("s", "x")):
        w = w[:-1]
    for _ in range(2):  # feminine "-ée" → "-é" → stem
        if len(w) > 4 and w.endswith("e"):
            w = w[:-1]
    return w


# How the language detector recognises French prose: the commonest words of French text and
# the least share of them real articles have (the corpus' lowest is 34 %), its alphabet.
DETECTION = Detection(
    english_name="French",
    lingua="FRENCH",
    letters="abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ",
    common_words=frozenset(
        "le la les de des du un une et est en que qui dans pour par sur au aux il elle ne pas "
        "à a ce se son sa ses plus avec ont été d l qu n s c cette mais ou".split()
    ),
    min_common_share=0.3,
)
