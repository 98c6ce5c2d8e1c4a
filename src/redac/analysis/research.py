"""Researches: every figure the assessments judge, measured once per paper.

Measuring is kept apart from judging: nothing here knows a threshold.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from redac.analysis import keyphrase as kp
from redac.analysis.document import Block
from redac.analysis.paper import Paper
from redac.analysis.titlewidth import title_width
from redac.lang import LanguageData, get_language
from redac.text.normalize import normalize_text
from redac.text.sentences import split_sentences
from redac.text.words import WORD_RE, is_number, words

# Words, and the punctuation that ends a clause: the passive test looks for a participle in the
# clause of its auxiliary ("est, selon lui, prévu" is two clauses for it, as for Yoast).
_CLAUSE_TOKEN = re.compile(rf"{WORD_RE.pattern}|[,;:]")


def passive_tokens(sentence: str) -> list[str]:
    """The tokens the passive-voice test reads: lower-cased words and the marks , ; :"""
    return [t.lower() for t in _CLAUSE_TOKEN.findall(normalize_text(sentence))]


@dataclass(frozen=True)
class Sentence:
    text: str
    block: int
    length: int
    first: str
    transition: tuple[str, ...]
    passive: bool


@dataclass(frozen=True)
class Research:
    lang: LanguageData
    word_count: int
    char_count: int
    sentences: tuple[Sentence, ...]
    paragraph_lengths: tuple[int, ...]
    section_lengths: tuple[tuple[str, int], ...]  # ("" for the text before the first subheading)
    subheadings: tuple[str, ...]  # top-level subheadings (the highest level below H1)
    h1_count: int
    keyphrase: kp.Topic
    synonyms: tuple[kp.Topic, ...]
    keyphrase_count: int
    keyphrase_density: float
    intro_one_sentence: bool
    intro_paragraph: bool
    subheadings_matching: int
    description_matches: int
    description_length: int
    title_position: int
    title_all_words: bool
    title_width: float
    slug_share: float
    images: int
    images_alt_matching: int
    images_with_alt: int
    internal_links: tuple[int, int]  # (all, nofollow)
    external_links: tuple[int, int]
    competing_links: int
    flesch_words: int
    flesch_syllables: int
    flesch_sentences: int
    distribution_gap: float  # largest share of sentences without the topic (0–100)


@lru_cache(maxsize=8)  # one per language
def _transition_index(
    transition_words: frozenset[str],
) -> tuple[dict[str, list[tuple[str, tuple[str, ...]]]], tuple[str, ...]]:
    """The transition words by their first word, each with its words; those that are not
    single-spaced words (none, so far) are scanned for as text."""
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    scanned = []
    for t in transition_words:
        parts = tuple(t.split(" "))
        if all(parts):
            by_first.setdefault(parts[0], []).append((t, parts))
        else:
            scanned.append(t)
    return by_first, tuple(scanned)


def transitions_in(sentence: str, lang: LanguageData) -> tuple[str, ...]:
    return transitions_of(words(sentence), lang)


def transitions_of(tokens: Sequence[str], lang: LanguageData) -> tuple[str, ...]:
    """The transition words of a sentence given its words: those that occur in it as whole
    words, in a row (" t " in the sentence's lower-cased words joined by spaces), looked up
    by their first word instead of searched for one by one."""
    low = [w.lower() for w in tokens]
    text = " " + " ".join(low) + " "
    by_first, scanned = _transition_index(lang.transition_words)
    found = {t for t in scanned if f" {t} " in text}
    for i, w in enumerate(low):
        for t, parts in by_first.get(w, ()):
            if len(parts) == 1 or tuple(low[i : i + len(parts)]) == parts:
                found.add(t)
    for first, second in lang.two_part_transitions:
        if f" {first} " in text and f" {second} " in text.split(f" {first} ", 1)[1]:
            found.add(f"{first}…{second}")
    return tuple(sorted(found))


def first_word(tokens: list[str], lang: LanguageData) -> str:
    if not tokens:
        return ""
    first = tokens[0].lower()
    if first in lang.first_word_exceptions and len(tokens) > 1:
        return f"{first} {tokens[1].lower()}"
    if "'" in first:
        head = first.split("'", 1)[0] + "'"
        if head in lang.first_word_exceptions:
            return first
    return first


def _split(blocks: tuple[Block, ...], lang: LanguageData) -> Iterator[tuple[int, str, list[str]]]:
    """Each sentence of the body that holds a word: its block, its text, its words."""
    for i, b in enumerate(blocks):
        for s in split_sentences(b.text, lang.abbreviations):
            toks = words(s)
            if toks:
                yield i, s, toks


def _sentences(blocks: tuple[Block, ...], lang: LanguageData) -> tuple[Sentence, ...]:
    """Each sentence of the body, measured."""
    return tuple(
        Sentence(
            text=s,
            block=i,
            length=len(toks),
            first=first_word(toks, lang),
            transition=transitions_of(toks, lang),
            passive=bool(lang.passive and lang.passive(passive_tokens(s))),
        )
        for i, s, toks in _split(blocks, lang)
    )


def _text_words(blocks: tuple[Block, ...]) -> list[str]:
    """The words of the body; the H1 is the page's title, not its text (one count with the
    article's, ``Article.word_count``)."""
    return [w for b in blocks if not (b.kind == "heading" and b.level == 1) for w in words(b.text)]


def _keyphrase_figures(
    topic: kp.Topic, word_count: int, sentences: Iterable[str], lang: LanguageData
) -> tuple[int, float]:
    """How many times the keyphrase occurs, sentence by sentence, and its density (%)."""
    count = sum(kp.count_in(topic, s, lang) for s in sentences) if not topic.empty else 0
    return count, 100 * count / word_count if word_count else 0.0


@dataclass(frozen=True)
class DensityResearch:
    """The figures the keyphrase density check reads, and only those."""

    keyphrase: kp.Topic
    word_count: int
    keyphrase_count: int
    keyphrase_density: float


def density_research(paper: Paper) -> DensityResearch:
    """What :func:`research` measures of the keyphrase density, the same way, without the
    rest (every sentence's transitions, voice and first word, the syllables…): a writer that
    weighs its draft reads no more."""
    lang = get_language(paper.locale)
    blocks = paper.body.blocks
    topic = kp.make_topic(paper.keyphrase, lang)
    n = len(_text_words(blocks))
    count, density = _keyphrase_figures(topic, n, (s for _, s, _ in _split(blocks, lang)), lang)
    return DensityResearch(topic, n, count, density)


def _sections(blocks: tuple[Block, ...]) -> tuple[list[tuple[str, int]], list[str]]:
    levels = sorted({b.level for b in blocks if b.kind == "heading" and b.level >= 2})
    top = levels[0] if levels else 2
    sections: list[tuple[str, int]] = [("", 0)]
    subheadings: list[str] = []
    for b in blocks:
        if b.kind == "heading" and b.level >= 2 and b.level <= max(top, 3):
            sections.append((b.text, 0))
            subheadings.append(b.text)
        elif b.kind != "heading":
            name, n = sections[-1]
            sections[-1] = (name, n + len(words(b.text)))
    if sections[0][1] == 0 and len(sections) > 1:
        sections = sections[1:]
    return sections, subheadings


def _is_internal(href: str, permalink: str) -> bool | None:
    """True internal, False external, None for anchors and non-web links."""
    if href.startswith("#") or href.lower().startswith(("mailto:", "tel:", "javascript:")):
        return None
    host = urlparse(href).netloc.lower()
    if not host:
        return True
    own = urlparse(permalink).netloc.lower()
    return bool(own) and host.removeprefix("www.") == own.removeprefix("www.")


def _distribution_gap(
    sentences: Sequence[Sentence], topics: list[kp.Topic], lang: LanguageData
) -> float:
    if not sentences:
        return 100.0
    hits = [
        i
        for i, s in enumerate(sentences)
        if any(kp.share_found(t, s.text, lang) > 0.5 for t in topics)
    ]
    if not hits:
        return 100.0
    bounds = [-1, *hits, len(sentences)]
    gap = max(b - a - 1 for a, b in itertools.pairwise(bounds))
    return round(100 * gap / len(sentences), 1)


def research(paper: Paper) -> Research:
    lang = get_language(paper.locale)
    body = paper.body
    blocks = body.blocks
    text_blocks = tuple(b for b in blocks if b.kind != "heading")
    all_words = _text_words(blocks)
    sentences = _sentences(blocks, lang)
    sections, subheadings = _sections(blocks)
    topic = kp.make_topic(paper.keyphrase, lang)
    synonyms = tuple(kp.make_topic(s, lang) for s in paper.synonyms)
    topics = [t for t in (topic, *synonyms) if not t.empty]

    count, density = _keyphrase_figures(topic, len(all_words), (s.text for s in sentences), lang)

    first = text_blocks[0].text if text_blocks else ""
    first_sents = split_sentences(first, lang.abbreviations)
    one_sentence = any(kp.share_found(t, s, lang) >= 1 for t in topics for s in first_sents)
    in_paragraph = any(kp.share_found(t, first, lang) >= 1 for t in topics)

    # a subheading reflects the topic when more than half of its content words occur in it
    matching_subheadings = sum(
        1 for h in subheadings if any(kp.share_found(t, h, lang) > 0.5 for t in topics)
    )
    description_matches = max((kp.count_in(t, paper.description, lang) for t in topics), default=0)

    title_pos = kp.exact_position(topic, paper.title, lang) if paper.title else -1
    title_all = bool(paper.title) and kp.share_found(topic, paper.title, lang) >= 1
    slug_text = re.sub(r"[-_/]+", " ", paper.slug)
    slug_share = kp.share_found(topic, slug_text, lang) if paper.slug else 0.0

    alts = [i.alt for i in body.images]
    alt_match = sum(1 for a in alts if a and any(kp.share_found(t, a, lang) > 0.5 for t in topics))
    internal = [lk for lk in body.links if _is_internal(lk.href, paper.permalink) is True]
    external = [lk for lk in body.links if _is_internal(lk.href, paper.permalink) is False]
    competing = sum(
        1
        for lk in body.links
        if topics and any(kp.share_found(t, lk.text, lang) >= 1 for t in topics)
    )

    fl_words = [w for w in all_words if not is_number(w)]
    syllables = sum(lang.count_syllables(w) for w in fl_words)
    width = paper.title_width if paper.title_width is not None else title_width(paper.title)
    return Research(
        lang=lang,
        word_count=len(all_words),
        char_count=len(" ".join(b.text for b in blocks)),
        sentences=sentences,
        paragraph_lengths=tuple(len(words(b.text)) for b in text_blocks if b.kind == "paragraph"),
        section_lengths=tuple(sections),
        subheadings=tuple(subheadings),
        h1_count=sum(1 for b in blocks if b.kind == "heading" and b.level == 1),
        keyphrase=topic,
        synonyms=synonyms,
        keyphrase_count=count,
        keyphrase_density=density,
        intro_one_sentence=one_sentence,
        intro_paragraph=in_paragraph,
        subheadings_matching=matching_subheadings,
        description_matches=description_matches,
        description_length=len(paper.description.strip()),
        title_position=title_pos,
        title_all_words=title_all,
        title_width=width,
        slug_share=slug_share,
        images=len(body.images),
        images_alt_matching=alt_match,
        images_with_alt=sum(1 for a in alts if a),
        internal_links=(len(internal), sum(1 for lk in internal if lk.nofollow)),
        external_links=(len(external), sum(1 for lk in external if lk.nofollow)),
        competing_links=competing,
        flesch_words=len(fl_words),
        flesch_syllables=syllables,
        flesch_sentences=len(sentences),
        distribution_gap=_distribution_gap(sentences, topics, lang),
    )
