"""English language data: function words, transition words, syllables, word forms."""

from __future__ import annotations

import re

from redac.lang.base import Flesch, LanguageData
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
ABBREVIATIONS = frozenset(("mr mrs ms dr prof st jr sr vs etc inc ltd co corp e.g i.e u.s").split())

_VOWEL_GROUP = re.compile(r"[aeiouy]+")


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


_BE = frozenset(["am", "is", "are", "was", "were", "be", "been", "being", "'s"])
_IRREGULAR = frozenset(
    (
        "born bought brought built caught chosen done drawn driven eaten fallen felt found "
        "forgotten given gone grown heard held hidden hit hurt kept known laid led left lent lost "
        "made meant met paid put read ridden risen run said seen sent set shaken shot shown shut "
        "sold spent spoken spread stolen struck sung taken taught thrown told thought understood "
        "woken won worn written beaten bitten broken forbidden frozen sworn torn"
    ).split()
)
_ADVERBS = frozenset(("not never also already often still just being newly widely largely").split())


def is_passive(tokens: list[str]) -> bool:
    """A form of *be* followed (adverbs allowed) by a past participle."""
    for i, w in enumerate(tokens):
        if w not in _BE:
            continue
        j = i + 1
        while (
            j < len(tokens) and (tokens[j] in _ADVERBS or tokens[j].endswith("ly")) and j - i <= 3
        ):
            j += 1
        if j < len(tokens):
            p = tokens[j]
            if p in _IRREGULAR or (len(p) > 4 and p.endswith("ed") and p not in ("need", "feed")):
                return True
    return False


FACTS = {
    "months": "January February March April May June July August September October November December",
    "weekdays": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "relative_dates": "last month|next month|last week|next week|last year|next year|yesterday|"
    "tomorrow|today|this week|this month|this year",
    "units": "%|per cent|percent|million|billion|thousand|dollars?|\\$|€|euros?|pounds?|km|kilometres?|"
    "kilometers?|miles?|metres?|meters?|years|months|days|hours|minutes|people|residents",
    "and": "and",
    "determiners": "the|its|his|her|their|a|an",
    "speech": "said|says|told|added|stated|announced|explained|warned|argued|according to",
    "according": "according to",
    "in_year": "in {year}",
}

DATA = LanguageData(
    code="en",
    name="English",
    locale="en_US",
    function_words=FUNCTION_WORDS,
    transition_words=TRANSITION_WORDS,
    two_part_transitions=TWO_PART,
    first_word_exceptions=FIRST_WORD_EXCEPTIONS,
    elisions=(),
    abbreviations=ABBREVIATIONS,
    flesch=Flesch(base=206.835, asl=1.015, asw=84.6, name="Flesch"),
    count_syllables=count_syllables,
    word_key=word_key,
    passive=is_passive,
    extra={"facts": FACTS, "colon": ": ", "looks_passive": is_passive},
)
