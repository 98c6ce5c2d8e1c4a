"""Le français : toutes les données de la langue, réunies dans un seul ``LanguageData``."""

from __future__ import annotations

from redac.lang.base import Flesch, HeadingRules, LanguageData, Messages
from redac.lang.fr import messages, page, words
from redac.lang.fr.claims import CLAIMS
from redac.lang.fr.facts import VOCABULARY
from redac.lang.fr.passive import is_passive, looks_passive
from redac.lang.fr.phrases import PHRASES
from redac.lang.fr.rewriting import REWRITING, TYPOGRAPHY

DATA = LanguageData(
    code="fr",
    name="français",
    locale="fr_FR",
    function_words=words.FUNCTION_WORDS,
    transition_words=words.TRANSITION_WORDS,
    two_part_transitions=words.TWO_PART,
    first_word_exceptions=words.FIRST_WORD_EXCEPTIONS,
    elisions=words.ELISIONS,
    abbreviations=words.ABBREVIATIONS,
    # Kandel & Moles (1958), Flesch's formula adapted to French
    flesch=Flesch(base=207.0, asl=1.015, asw=73.6, name="Kandel–Moles"),
    count_syllables=words.count_syllables,
    word_key=words.word_key,
    passive=is_passive,
    looks_passive=looks_passive,
    colon=" : ",
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
        reported=r"^.*?\b(?:a déclaré|a dit|a affirmé|a annoncé|a ajouté|a expliqué|a estimé"
        r"|a souligné|a indiqué)\b(?: que| qu')?\s*(.+)$",
        clause_cut=r",|;|:| — | – | \((?!\w+\))| (?:qui|que|dont|parce que|alors que|lorsque) ",
        cannot_start=tuple(
            "et ou mais donc car ni or puis qui que qu' dont où lequel laquelle".split()
        ),
        agent_markers=("par",),
        finite_endings=tuple("ra ront rait raient".split()),
    ),
    claims=CLAIMS,
    detection=words.DETECTION,
    typography=TYPOGRAPHY,
    rewriting=REWRITING,
    prompts=__name__,
    page=page.PAGE,
    spacy_model="fr_core_news_sm",
)
