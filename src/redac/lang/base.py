"""What the rest of redac needs to know about a language, as one immutable, typed record.

A language is one package (``redac/lang/fr/``, ``redac/lang/en/``) that builds one
``LanguageData`` from its own modules: words, syllables and word forms, passive voice, the
vocabulary the fact ledger reads, the offline engine's phrases, the analyser's messages and the
LLM prompts. Code never branches on the language code: it asks the record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields

Tokens = list[str]


@dataclass(frozen=True)
class Flesch:
    """Reading-ease formula ``base - asl * words/sentence - asw * syllables/word``."""

    base: float
    asl: float
    asw: float
    name: str

    def score(self, words: int, sentences: int, syllables: int) -> float:
        if not words or not sentences:
            return 0.0
        return self.base - self.asl * (words / sentences) - self.asw * (syllables / words)


@dataclass(frozen=True)
class FactVocabulary:
    """The words the fact ledger needs to find dates, numbers, speakers and roles.

    Every tuple holds plain words or phrases (no regular expressions): the patterns are built
    from them in :mod:`redac.facts.patterns`.
    """

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    relative_dates: tuple[str, ...]  # "le mois dernier", "yesterday"
    units: tuple[str, ...]  # what may follow a number: "%", "millions", "km"
    percent_words: tuple[str, ...]  # "pour cent", "per cent": the same as "%"
    date_joiners: tuple[str, ...]  # "les 5 et 6 avril", "du 5 au 6 avril"
    determiners: tuple[str, ...]  # words that open a role before a name ("le président russe")
    possessives: tuple[str, ...]  # a role that opens with one of them is relative ("son frère")
    articles: tuple[str, ...]  # articles dropped before a name ("la Russie", "the EU")
    partitives: tuple[str, ...]  # likewise: "du Kremlin", "de la Russie"
    speech_verbs: tuple[str, ...]  # "a déclaré", "said": a sentence that reports speech
    according_to: tuple[str, ...]  # "selon", "according to"
    in_year: str  # how a sentence places an event in a year: "en {year}"
    name_particles: tuple[str, ...]  # inside names: "de", "van", "bin"
    not_names: tuple[str, ...]  # capitalised at a sentence start, never a name: "Il", "Selon"
    role_prepositions: tuple[str, ...]  # a role phrase goes on after them ("le chef *de* la…")
    clause_joiners: tuple[str, ...]  # where a long sentence may be cut: "et", "qui"
    # nouns that name where information comes from (singular): « selon la police » attributes,
    # « selon l'utilisation » does not; empty: every noun after « selon » is taken as a source
    information_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phrases:
    """What the offline engine itself writes: section names, connectors, FAQ frames."""

    essentials: str
    timeline: str
    people: str
    faq: str
    connectors: tuple[str, ...]  # additive only: they must not assert a link the source lacks
    who: str
    who_answer: str
    said: str
    says: str
    year: str
    date: str
    timeline_item: str
    people_item: str
    about: str = "{topic}: {section}"  # a derived section named after the article's topic
    said_plural: str = ""  # "Qu'ont déclaré {speaker} ?": a plural speaker
    says_plural: str = ""  # "Que disent {who} ?"

    def texts(self) -> tuple[str, ...]:
        """Every fixed text, for telling the engine's frame from claims about the world."""
        out: list[str] = []
        for f in fields(self):
            v = getattr(self, f.name)
            out += list(v) if isinstance(v, tuple) else [v]
        return tuple(out)


@dataclass(frozen=True)
class Messages:
    """The analyser's feedback: check titles, messages per (check, band), and how they join."""

    line: str  # "{title} : {text}" — typographic, per language
    titles: Mapping[str, str]
    messages: Mapping[str, Mapping[str, str]]
    decimal: str = "."  # "40,5" in French, "40.5" in English
    thousands: str = ","  # "1 234" (narrow no-break space) in French, "1,234" in English
    # the report's own words (panels, groups, verdicts, figures), shared by every renderer
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HeadingRules:
    """Subheadings where no parser exists, as two regular expressions: ``reported`` finds the
    reported content of a sentence ("X said that *…*", group 1) and ``clause_cut`` the places a
    headline stops before (a comma, a relative pronoun…)."""

    reported: str
    clause_cut: str
    # words a subheading never opens with: it would hang on what came before ("et", "qui")
    cannot_start: tuple[str, ...] = ()
    # prepositions that bring a passive's agent (« par », "by"): in a noun phrase without its
    # participle, the agent hangs on nothing (« les activités économiques par la pandémie »)
    agent_markers: tuple[str, ...] = ()
    # endings of a finite verb the parser may tag as a noun after a noun (« un droit de suite
    # permettra »): the future and the conditional
    finite_endings: tuple[str, ...] = ()
    # what ends a word that still needs the noun after it: the English possessive ("Clinton's")
    dangling_endings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Typography:
    """The spaces a language's typography puts where a plain space (or none) was typed.

    The mechanism is generic (:mod:`redac.export.typography`); English has none of these."""

    space_before: tuple[tuple[str, str], ...] = ()  # (punctuation, the no-break space before it)
    quotes: tuple[tuple[str, str, str], ...] = ()  # (opening, closing, the space inside them)
    units: tuple[str, ...] = ()  # symbols tied to the number before them: "%", "€", "km"
    unit_space: str = ""
    digit_group_space: str = ""  # between groups of three digits: "1 229 kg"
    apostrophe: str = ""  # the apostrophe typed as ' between two letters is set as this: "’"


@dataclass(frozen=True)
class Rewriting:
    """How the offline engine may cut, split and restate the source's sentences without changing
    a claim: only whole constituents go, and what is repeated is the source's own words."""

    # the demonstrative that repeats an antecedent, by "Gender|Number" of its noun ("Masc|Sing");
    # "|Plur" for any gender; ``before_vowel`` where the form changes ("cet")
    demonstratives: Mapping[str, str]
    demonstratives_before_vowel: Mapping[str, str]
    split_at: tuple[str, ...]  # coordinators dropped when a coordination becomes two sentences
    keep_at: tuple[str, ...]  # coordinators kept at the head of the second sentence ("mais")
    conditions: tuple[str, ...]  # a clause they open ("si") is never dropped: it bounds the claim
    anaphora: tuple[str, ...]  # words pointing back ("il", "cette"): no derived item opens so
    negations: tuple[str, ...]  # an event stated with one is not an event ("pas", "jamais")
    contractions: Mapping[str, str]  # "du" → "le": a noun phrase without its preposition
    event_dates: tuple[str, ...]  # what places an event at a date: "en", "le"
    relative_subject: tuple[str, ...]  # "qui": the antecedent is the relative clause's subject
    # what opens a trailing adjunct that may go without its own comma ("pour protester…"):
    # purpose and circumstance, never time ("quelques jours après…" hangs on a measure)
    detachable: tuple[str, ...] = ()
    # a verb of speech in its present participle (", ajoutant que…") said again as a finite
    # verb: (participle ending, past participle ending, present singular, present plural)
    participles: tuple[tuple[str, str, str, str], ...] = ()
    # « A, ce qui B » → « A. Cela B. »: (antecedent pronoun, relative pronoun, its stand-in)
    clause_relative: tuple[str, str, str] = ("", "", "")
    # nouns that only live in a prepositional phrase (« à l'occasion de », « au cours de »):
    # without their preposition they are no heading
    locution_nouns: tuple[str, ...] = ()
    # impersonal openings, which point back to nothing (« il y a », « there is »)
    impersonal: tuple[str, ...] = ()
    # a capital written without its accent, and its lower case (« A Paris » → « à Paris »)
    unaccented_capitals: tuple[tuple[str, str], ...] = ()
    # prepositions that deny what they introduce (« rouler sans masque »): their phrase is the
    # claim, never a modifier to drop when a headline is shortened
    privative: tuple[str, ...] = ()
    # nouns after « selon » that make it *depending on*, not *according to* (« selon
    # l'utilisation », "depending on the region"): no attribution, so no scope to keep
    not_sources: tuple[str, ...] = ()
    # unstressed pronouns and the negation that stand between a coordinator and its verb
    # (« et ne sont », « et s'est »): the verb still comes first in its clause
    clitics: tuple[str, ...] = ()
    # personal pronouns that open a clause as its subject (« il », « elles », "they")
    subject_pronouns: tuple[str, ...] = ()
    # the personal pronoun that stands for a subject noun phrase, by "Gender|Number" of its
    # noun ("|Plur" for any gender): « Le pape … et ne pouvait » → « Il ne pouvait »
    pronouns: Mapping[str, str] = field(default_factory=dict)
    # words that make the clause after them depend on what precedes (complementisers,
    # subordinators, relative pronouns: « que », « quand », « dont »): a coordination after
    # one may belong to the subordinate clause, so it is no seam between two sentences
    subordinators: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModalWords:
    """Words that change how sure or how real a statement is, by kind. Each tuple holds word
    forms or phrases (matched on folded words) and verbs (also matched by their stem)."""

    possibility: tuple[str, ...]  # "pourrait", "peut-être", "may", "could"
    probability: tuple[str, ...]  # "probablement", "devrait", "likely"
    necessity: tuple[str, ...]  # "doit", "il faut", "must", "have to"
    attempt: tuple[str, ...]  # "essayer", "tenter de", "try", "seek"
    volition: tuple[str, ...]  # "vouloir", "want"
    certainty: tuple[str, ...]  # "certainement", "definitely"
    hypothetical: tuple[str, ...]  # "would" (French marks it with the conditional mood)

    def kinds(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple((f.name, getattr(self, f.name)) for f in fields(self))


@dataclass(frozen=True)
class ClaimVocabulary:
    """What the claim checker (``redac verify``) reads to compare a sentence with its source:
    negation, modality, comparison, contraries, reported speech, clause boundaries.

    Plain words and phrases only (no regular expressions). Content words (verbs, nouns,
    adjectives) are matched by their Snowball stem (``stemmer`` names the algorithm), closed
    classes (negators, modal forms) by their folded form."""

    stemmer: str  # the Snowball algorithm: "french", "english"
    verb_plural_endings: tuple[str, ...]  # stripped from verbs before stemming ("-ent")
    conditional_endings: tuple[str, ...]  # a verb ending so is conditional ("-rait"); or none
    negators: tuple[str, ...]  # "ne", "pas", "jamais", "not", "never", "without"
    negation_openers: tuple[str, ...]  # "ne": a "plus" after it negates, it does not compare
    modality: ModalWords
    reporting_verbs: tuple[str, ...]  # verbs that report speech: "déclarer", "say"
    neutral_reporting: tuple[str, ...]  # of those, the ones a rewrite may swap freely
    subject_pronouns: tuple[str, ...]  # "il", "elle", "he": a speaker or subject named before
    clause_openers: tuple[str, ...]  # words that open a clause: "que", "lorsque", "that"
    complementizers: tuple[str, ...]  # "que", "that": after "a annoncé", a conditional is a
    # future in the past ("elle stationnerait"), not a hypothesis
    copulas: tuple[str, ...]  # "est", "is": "X est le président russe" gives X a role
    verb_cues: tuple[str, ...]  # without a tagger, a word after these is read as a verb
    verb_suffixes: tuple[str, ...]  # without a tagger, a word so ending is read as a verb
    place_prepositions: tuple[str, ...]  # "à", "en", "in": the name after them is a place
    opposites: tuple[tuple[str, str], ...]  # contrary predicates: ("accepter", "refuser")
    comparatives: tuple[tuple[str, str], ...]  # comparisons both ways: ("plus", "moins")
    not_comparing: tuple[str, ...]  # phrases where such a word compares nothing: "de plus"
    equivalents: tuple[tuple[str, ...], ...]  # words a rewrite may swap: ("essayer", "tenter")


@dataclass(frozen=True)
class Detection:
    """How the language detector recognises the language (:mod:`redac.lang.detect`): its
    name for lingua, and what real prose in it looks like — its alphabet (with the accents of
    the names it quotes), its commonest words, and the least share of them prose has."""

    english_name: str  # "French": how error messages name it
    lingua: str  # lingua's ``Language`` member: "FRENCH"
    letters: str
    common_words: frozenset[str]
    min_common_share: float


@dataclass(frozen=True, eq=False)  # one instance per language: identity is equality
class LanguageData:
    code: str
    name: str
    locale: str
    function_words: frozenset[str]
    transition_words: frozenset[str]
    two_part_transitions: tuple[tuple[str, str], ...]
    first_word_exceptions: frozenset[str]
    elisions: tuple[str, ...]
    abbreviations: frozenset[str]
    flesch: Flesch | None
    count_syllables: Callable[[str], int]
    word_key: Callable[[str], str]
    passive: Callable[[Tokens], bool] | None  # the analyser's passive-voice test
    looks_passive: Callable[[Tokens], bool]  # broader: keeps key points plainly active
    colon: str  # "Biélorussie : …" / "Belarus: …"
    facts: FactVocabulary
    phrases: Phrases
    messages: Messages
    headings: HeadingRules
    claims: ClaimVocabulary
    detection: Detection
    typography: Typography
    rewriting: Rewriting
    prompts: str  # the package whose ``prompts/`` folder holds the LLM prompts
    spacy_model: str | None = None  # a spaCy pipeline where one is installed; rules otherwise
    page: Mapping[str, str] = field(default_factory=dict)  # the web page's words (redac serve)

    @property
    def has_function_words(self) -> bool:
        return bool(self.function_words)
