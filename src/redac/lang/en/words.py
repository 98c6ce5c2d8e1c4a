"""English words: function words, transition words, syllables, word forms."""

from __future__ import annotations

import re
from functools import lru_cache

from redac.lang.base import Detection
from redac.text.normalize import fold

FUNCTION_WORDS = frozenset(
    (
        "a an the this that these those my your his her its our their some any each every no all "
        "both either neither much many more most few less least other another such what which "
        "whose whatever i me you he him she it we us they them myself yourself himself herself "
        "itself ourselves themselves who whom one ones someone anyone everyone nobody something "
        "anything everything nothing there here of in on at by for with about against between "
        "into through during before after above below to from up down out off over under again "
        "further near onto upon within without across along among around behind beyond toward "
        "towards via per than and or but nor so yet if because as until while since though "
        "although unless whether be am is are was were been being have has had having do does did "
        "doing will would shall should can could may might must ought get gets got not very too "
        "also just only even still already always never often sometimes then now well quite "
        "rather almost really zero two three four five six seven eight nine ten hundred thousand "
        "first second third thing things way ways lot lots"
    ).split()
)

TRANSITION_WORDS = frozenset(
    w.strip()
    for w in [
        "accordingly",
        "additionally",
        "afterward",
        "afterwards",
        "also",
        "although",
        "as a result",
        "besides",
        "but",
        "because",
        "consequently",
        "conversely",
        "finally",
        "first",
        "firstly",
        "secondly",
        "thirdly",
        "for example",
        "for instance",
        "furthermore",
        "hence",
        "however",
        "in addition",
        "in contrast",
        "in fact",
        "in other words",
        "in short",
        "in summary",
        "in conclusion",
        "indeed",
        "instead",
        "likewise",
        "meanwhile",
        "moreover",
        "namely",
        "nevertheless",
        "nonetheless",
        "notably",
        "otherwise",
        "similarly",
        "since",
        "so",
        "still",
        "subsequently",
        "then",
        "therefore",
        "thus",
        "ultimately",
        "whereas",
        "while",
        "yet",
        "above all",
        "after all",
        "at the same time",
        "by contrast",
        "even though",
        "even so",
        "for this reason",
        "in particular",
        "on the other hand",
        "on the contrary",
        "such as",
        "to begin with",
        "to sum up",
        "unlike",
        "despite",
        "in spite of",
        "because of",
        "due to",
        "as well as",
        "according to",
        "overall",
        "eventually",
        "previously",
        "currently",
        "later",
        "next",
        "until now",
        "so that",
        "in order to",
        "as long as",
        "provided that",
        "unless",
        "once",
    ]
)
TWO_PART = (
    ("both", "and"),
    ("either", "or"),
    ("neither", "nor"),
    ("not only", "but also"),
    ("whether", "or"),
    ("on the one hand", "on the other hand"),
)
FIRST_WORD_EXCEPTIONS = frozenset(
    (
        "a an the this that these those one two three four five six seven eight nine ten my your "
        "his her its our their some many several"
    ).split()
)
ABBREVIATIONS = frozenset(
    ("mr mrs ms dr prof st jr sr vs etc inc ltd co corp e.g i.e u.s").split()
    # titles before a name (« Rep. Ilhan Omar », « Gov. Newsom ») and AP-style months
    + ("rep reps sen gov gen col lt sgt capt cmdr adm rev hon supt").split()
    + ("jan feb aug sept oct nov dec").split()
)

_VOWEL_GROUP = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)  # a long text says the same words again and again
def count_syllables(word: str) -> int:
    """English syllables by vowel groups, silent final e and common suffixes."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    n = len(_VOWEL_GROUP.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    if (
        w.endswith(("ed", "es"))
        and not w.endswith(("ted", "ded", "ses", "zes", "ces", "ges"))
        and n > 1
    ):
        n -= 1
    if re.search(r"[^aeiou]le$", w):
        n += 0 if n > 1 else 1
    n += len(re.findall(r"ia|io[^u]|eo|ua|uo", w))
    return max(n, 1)


@lru_cache(maxsize=65536)  # a pure function of the word, asked for every word of every text
def word_key(word: str) -> str:
    """Merge singular and plural (and the possessive) of an English word."""
    w = fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# How the language detector recognises English prose: the commonest words of English text and
# the least share of them real articles have (the corpus' lowest is 27 %), its alphabet.
DETECTION = Detection(
    english_name="English",
    lingua="ENGLISH",
    letters="abcdefghijklmnopqrstuvwxyz",
    common_words=frozenset(
        "the of and to in a is that for on with as was by at it from are be has have this an "
        "which his her were said not but or its".split()
    ),
    min_common_share=0.22,
)
