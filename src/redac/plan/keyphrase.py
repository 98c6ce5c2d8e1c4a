"""Choose a focus keyphrase: salient, natural (a noun phrase or a name), frequent enough."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.facts import FactLedger
from redac.lang import LanguageData, get_language
from redac.model import Source
from redac.nlp import parsed
from redac.plan import literal
from redac.plan.candidates import Candidate, candidates, source_sentences, without_fragments
from redac.text.sentences import split_sentences
from redac.text.words import word_count, words

if TYPE_CHECKING:
    from redac.plan.headings import Ranked

DESC_MIN = targets().description_chars[0]
SUBHEADING_SHARE = targets().subheading_keyphrase
MAX_WEIGHED = 8  # candidates weighed by their fit: the most salient ones
NEAR_SHARE = 0.3  # ... whose salience is at least this share of the best one's
SALIENCE_WEIGHT = 0.15  # how much salience counts against fit: a candidate half as salient
# as the best one loses about what one "ok" check costs (the candidates are all salient)


@dataclass(frozen=True)
class Fit:
    """How well a keyphrase suits the places every SEO matcher looks for it (each 0–1): the
    SEO title can open with it, the lead holds it, the description can tell the news with it,
    its frequency sits in the density band, sections offer subheadings that hold it. Measured
    with the keyphrase's words as written (:mod:`redac.plan.literal`) — what a matcher without
    French word forms needs, and redac's own analyser accepts."""

    title: float
    intro: float
    description: float
    density: float
    headings: float

    @property
    def score(self) -> float:
        return self.title * self.intro * self.description * self.density * self.headings


def fit(
    phrase: str,
    source: Source,
    lang: LanguageData,
    *,
    title: Callable[[str], tuple[str, float]] | None = None,
    description: Callable[[str], str] | None = None,
    ranked: list[Ranked] | None = None,
    known: Fit | None = None,
) -> Fit:
    """``title``: the SEO title the planner would write for this keyphrase and how good it is
    for it (:func:`redac.plan.meta.seo_title_rated`); ``description``: the meta description
    it would write; ``ranked``: each section's candidate subheadings; ``known``: this
    phrase's fit measured already without ``title`` and ``description`` (and with the same
    ``ranked``): only those two factors are measured again."""
    t = _title_fit(phrase, source, lang, title)
    d = _description_fit(phrase, lang, description)
    if known is not None:
        return replace(known, title=t, description=d)
    paras = source.paragraphs
    # each factor about what a miss costs in the analysers' SEO score (a bad check: ~ 0.88)
    lead = split_sentences(paras[0], lang.abbreviations) if paras else []
    if any(literal.found(phrase, s, lang) for s in lead):
        i = 1.0
    elif paras and literal.found(phrase, paras[0], lang):
        i = 0.95
    else:
        i = 0.88
    counts, total = _read(source, lang)
    n = counts.total(phrase, lang)
    n += literal.count(phrase, source.title, lang)
    low, high = literal.density_band(phrase, total, lang)
    # over the maximum the analysers take the score away (Yoast: -50): never worth it
    dens = 1.0 if low <= n <= high else 0.9 if n < low else 0.3
    h = 1.0
    if ranked:
        offered = _offered(ranked).count(phrase, lang)
        need = max(1, math.ceil(SUBHEADING_SHARE[0] * (len(ranked) + 2)))
        h = 0.88 + 0.12 * min(1.0, offered / need)
    return Fit(t, i, d, dens, h)


def _title_fit(
    phrase: str,
    source: Source,
    lang: LanguageData,
    title: Callable[[str], tuple[str, float]] | None,
) -> float:
    if title:
        return title(phrase)[1]
    if literal.at_start(phrase, source.title, lang):
        return 1.0
    return 0.93 if literal.found(phrase, source.title, lang) else 0.85


def _description_fit(
    phrase: str, lang: LanguageData, description: Callable[[str], str] | None
) -> float:
    if not description:
        return 0.88
    desc = description(phrase)
    n = literal.count(phrase, desc, lang)
    # the keyphrase in it (a miss: a bad check), its length (short: an "ok" check; none at
    # all: a check worse than bad)
    d = 1.0 if 1 <= n <= 2 else 0.88
    return d * (1.0 if len(desc) > DESC_MIN else 0.94 if desc else 0.84)


_OFFERS: list[tuple[list[Ranked], literal.Offered]] = []  # the last few, by identity


def _offered(ranked: list[Ranked]) -> literal.Offered:
    """The sections' candidate subheadings read once for all the keyphrases :func:`fit` weighs."""
    for known, offered in _OFFERS:
        if known is ranked:
            return offered
    offered = literal.Offered([r.all for r in ranked], [r.fine for r in ranked])
    _OFFERS.insert(0, (ranked, offered))
    del _OFFERS[2:]
    return offered


_READS: list[tuple[Source, tuple[literal.Counts, int]]] = []  # the last few, by identity


def _read(source: Source, lang: LanguageData) -> tuple[literal.Counts, int]:
    """The source's sentences ready for :func:`literal.count` and its word count, made once
    for all the candidates :func:`fit` weighs (each would split and read the whole source)."""
    for known, read in _READS:
        if known is source:
            return read
    paras = source.paragraphs
    sents = source_sentences(source, lang)
    read = (literal.Counts(sents), sum(word_count(p) for p in paras))
    _READS.insert(0, (source, read))
    del _READS[2:]
    return read


def choose(
    source: Source,
    ledger: FactLedger,
    forced: str | None = None,
    *,
    title: Callable[[str], tuple[str, float]] | None = None,
    description: Callable[[str], str] | None = None,
    ranked: list[Ranked] | None = None,
) -> tuple[str, tuple[str, ...]]:
    """(keyphrase, synonyms). A forced keyphrase is kept as the user wrote it. Otherwise the
    natural candidates (a name, or 2–4 words a reader would search) close to the most salient
    one are weighed by their :class:`Fit`: among phrases that say what the article is about,
    the one the title, lead, description and subheadings can all carry."""
    pieces = candidates(source, ledger, fragments=True)  # made once: the pieces are synonyms
    cands = without_fragments(pieces, ledger.source_text, get_language(source.lang))
    cands = cands or candidates(source, ledger, min_hits=1)
    lang = get_language(source.lang)
    if forced:
        key = forced.strip()
    elif cands:
        best = cands[0].score
        near = [c for c in cands[:MAX_WEIGHED] if c.score >= NEAR_SHARE * best]
        # the cheap factors first: the title and description (made, then judged) only for the
        # candidates that could still win with a perfect title and description
        cheap = {c.phrase: fit(c.phrase, source, lang, ranked=ranked) for c in near}
        bound = {  # a perfect title and description: 1 each
            p: (c.score / best) ** SALIENCE_WEIGHT * f.intro * f.density * f.headings
            for c in near
            for p, f in [(c.phrase, cheap[c.phrase])]
        }
        key, top = "", -1.0
        for c in sorted(near, key=lambda c: -bound[c.phrase]):
            if bound[c.phrase] <= top:
                break
            f = fit(
                c.phrase,
                source,
                lang,
                title=title,
                description=description,
                ranked=ranked,
                known=cheap[c.phrase],
            )
            score = (c.score / best) ** SALIENCE_WEIGHT * f.score
            if score > top:
                key, top = c.phrase, score
    else:
        key = source.title.split(":")[0].strip() or words(source.paragraphs[0])[0]
    pieces = pieces if cands else []
    surname = surname_of(key, ledger.source_text, source.lang)
    others = synonyms_of(key, pieces, lang)
    return key, tuple(dict.fromkeys((surname, *others) if surname else others))[:2]


PERSON_LABELS = ("PER", "PERSON")  # what the parsers' named-entity recognisers call a person


def surname_of(key: str, text: str, lang_code: str) -> str:
    """A person's surname, when the keyphrase is a person's full name (the parser's named
    entities say so) and the text also names them by it alone (« M. Juppé », « JUPPÉ
    DÉNONCE… »), with no one else of that name (never « Whelan » when « David Whelan » is Paul
    Whelan's brother): a real synonym, the one readers and editors use."""
    doc = parsed(lang_code, text)
    parts = key.split()
    if doc is None or len(parts) < 2 or not parts[-1][:1].isupper() or len(parts[-1]) < 3:
        return ""
    last = parts[-1]
    people = {e.text for e in doc.ents if e.label_ in PERSON_LABELS}
    if key not in people:
        return ""
    pat = rf"(?<![\w-]){re.escape(last)}(?![\w-])"
    others = {p for p in people if re.search(pat, p) and p.split()[0] != parts[0]}
    if any(len(p.split()) > 1 and not _title(p.split()[0]) for p in others):
        return ""  # another first name with that surname: someone else
    alone = len(re.findall(pat, text, re.IGNORECASE)) - len(
        re.findall(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text, re.IGNORECASE)
    )
    return last if alone > 0 else ""


def _title(word: str) -> bool:
    """« M. », « Me », « Mme », « Dr », « Mr »: a form of address, not a first name (an
    abbreviation, or three letters at most)."""
    return word.endswith(".") or len(word) <= 3


def synonyms_of(key: str, cands: list[Candidate], lang: LanguageData) -> tuple[str, ...]:
    """At most two other names of the same thing among the candidates: a longer one that ends
    with the whole keyphrase, qualified without a preposition (« nouvelle Classe S » for
    « Classe S »; never « McLaren Composites Technology », a thing of McLaren's, nor « affaire de
    Paul Whelan »), or a shorter one of two words or more that ends the same way (« DB5 Junior »
    for « Aston Martin DB5 Junior »). Never a phrase that merely shares a word (« Aïd el-Adha »
    is another feast)."""
    topic = kp.make_topic(key, lang)
    main = topic.content_keys
    out: list[str] = []
    for c in cands:
        t = kp.make_topic(c.phrase, lang)
        keys = t.content_keys
        if keys == main or len(out) >= 2:
            continue
        n = len(topic.words)
        longer = (
            set(main) < set(keys)
            and len(t.words) > n
            and [lang.word_key(w) for w in t.words[-n:]] == [lang.word_key(w) for w in topic.words]
            and not set(t.words[:-n]) & lang.function_words
        )
        shorter = len(keys) >= 2 and set(keys) < set(main) and keys[-1] == main[-1]
        if longer or shorter:
            out.append(c.phrase)
    return tuple(out)
