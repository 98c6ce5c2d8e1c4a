"""English: every piece of the language's data, gathered in one ``LanguageData``."""

from __future__ import annotations

from redac.lang.base import Flesch, HeadingRules, LanguageData, Messages
from redac.lang.en import messages, page, words
from redac.lang.en.claims import CLAIMS
from redac.lang.en.facts import VOCABULARY
from redac.lang.en.passive import is_passive
from redac.lang.en.phrases import PHRASES
from redac.lang.en.rewriting import REWRITING, TYPOGRAPHY

DATA = LanguageData(
    code="en",
    name="English",
    locale="en_US",
    function_words=words.FUNCTION_WORDS,
    transition_words=words.TRANSITION_WORDS,
    two_part_transitions=words.TWO_PART,
    first_word_exceptions=words.FIRST_WORD_EXCEPTIONS,
    elisions=(),
    abbreviations=words.ABBREVIATIONS,
    flesch=Flesch(base=206.835, asl=1.015, asw=84.6, name="Flesch"),
    count_syllables=words.count_syllables,
    word_key=words.word_key,
    passive=is_passive,
    looks_passive=is_passive,
    colon=": ",
    facts=VOCABULARY,
    phrases=PHRASES,
    messages=Messages(
        messages.LINE,
        messages.TITLES,
        messages.MESSAGES,
        decimal=messages.DECIMAL,
        thousands=messages.THOUSANDS,
        labels=messages.LABELS,
    ),
    headings=HeadingRules(
        reported=r"^.*?\b(?:said|says|told [\w ]{1,30}?|warned|announced|added|explained|argued)"
        r"\b(?: that)?\s+(.+)$",
        clause_cut=r",|;|:| — | – | \((?!\w+\))| (?:which|who|that|because|while|after|when|as) ",
        cannot_start=tuple("and or but so nor yet which who whom whose that than".split()),
        agent_markers=("by",),
        dangling_endings=("'s", "\u2019s"),
    ),
    claims=CLAIMS,
    detection=words.DETECTION,
    typography=TYPOGRAPHY,
    rewriting=REWRITING,
    prompts=__name__,
    page=page.PAGE,
    spacy_model=None,  # no official English spaCy model ships on PyPI: rules instead
)
