"""Build the plan of an article: keyphrase → outline → headings → metadata."""

from __future__ import annotations

import math
from collections import Counter
from functools import cache
from typing import Any

from redac import nlp
from redac.analysis.keyphrase import text_keys
from redac.claims import checker_for
from redac.facts import FactLedger
from redac.lang import LanguageData, get_language
from redac.model import Source
from redac.plan import Plan, PlannedSection, headings, keyphrase, meta, outline
from redac.plan.candidates import source_sentences
from redac.text.normalize import apostrophes_like, fold, normalize_text
from redac.text.sentences import split_sentences
from redac.text.words import word_count as count_words
from redac.write.quality import MIN_REPEAT_WORDS, sentence_key


def _existing_headings(source: Source) -> dict[int, str]:
    """Source headings, by the index of the paragraph they introduce."""
    out, idx = {}, 0
    for b in source.blocks:
        if b.kind == "heading":
            out[idx] = b.text
        else:
            idx += 1
    return out


def make_plan(
    source: Source, ledger: FactLedger, *, min_words: int = 700, forced_keyphrase: str | None = None
) -> Plan:
    lang = get_language(source.lang)
    groups = outline.segment(source)
    source_keys = _source_keys(source, lang)  # now, while the outline's reading is cached
    paras = source.paragraphs
    texts = [" ".join(paras[i] for i in g) for g in groups]
    body = texts[1:]
    doc = nlp.parsed(
        source.lang, ledger.source_text
    )  # the ledger's parse: the source is parsed once
    parsed = None
    if doc is not None and len(ledger.paragraph_spans) == len(paras):
        parsed = [
            [doc.char_span(*ledger.paragraph_spans[i], alignment_mode="expand") for i in g]
            for g in groups[1:]
        ]
    body_keys = frozenset(
        k for s in source_sentences(source, lang) if len(k := sentence_key(s)) >= MIN_REPEAT_WORDS
    )
    pieces = [[paras[i] for i in g] for g in groups[1:]]  # the body's paragraphs, by section
    ranked = (
        headings.candidates(body, source.lang, parsed, doc, body_keys, paragraphs=pieces)
        if body
        else []
    )

    text = source.text
    style = "’" if text.count("’") > text.count("'") else "'"  # read once: the text may be long

    def typo(s: str) -> str:  # headings come from the normalised text: the source's apostrophes
        return apostrophes_like(s, style) if s else s

    title_tokens, lead_tokens = _title_and_lead(doc, source, ledger)
    title = typo(meta.h1(source.title, paras, lang, lead_tokens[0] if lead_tokens else None))
    own_tokens = title_tokens if fold(title) == fold(source.title) else None

    checker = checker_for(ledger)
    titles: dict[str, tuple[str, float]] = {}
    descriptions: dict[str, str] = {}
    clauses: dict[tuple[int, int, bool, str], str] = {}  # the lead's clauses, made once

    def seo_title(key: str) -> tuple[str, float]:
        if key not in titles:
            made, rating = meta.seo_title_rated(
                title,
                key,
                lang,
                own_tokens,
                lead_tokens,
                supported=titled,
                text=ledger.source_text,
                counts=source_keys,
            )
            titles[key] = (typo(made), rating)
        return titles[key]

    verdicts: dict[tuple[str, str], bool] = {}  # the same clause or title, asked once

    def described(text: str) -> bool:  # as the report will judge the description
        if (text, "sentence") not in verdicts:
            verdicts[text, "sentence"] = all(
                v.supported for v in checker.check_text(text, "sentence")
            )
        return verdicts[text, "sentence"]

    def titled(text: str) -> bool:  # as the report will judge the SEO title
        if (text, "heading") not in verdicts:
            verdicts[text, "heading"] = checker.check(text, "heading").supported
        return verdicts[text, "heading"]

    def description(key: str) -> str:
        if key not in descriptions:
            descriptions[key] = typo(
                meta.meta_description(
                    paras, key, lang, lead_tokens, supported=described, cache=clauses
                )
            )
        return descriptions[key]

    key, synonyms = keyphrase.choose(
        source,
        ledger,
        forced_keyphrase,
        title=seo_title,
        description=description,
        ranked=ranked,
    )
    choices = (
        headings.choose(
            body,
            source.lang,
            key,
            parsed,
            doc,
            body_keys,
            supported=lambda h: checker.check(h, "heading").supported,
            ranked=ranked,
            synonyms=synonyms,
            supported_many=lambda hs: checker.supported_many(hs, "heading"),
        )
        if body
        else []
    )
    # a section that offers no heading an editor would keep joins the one before it (when it
    # stays under the section length): no subheading rather than a broken one
    given = _existing_headings(source)
    given_at = {i for i, b in enumerate(groups) if b and b[0] in given}
    merged = False
    word_count = cache(count_words)  # texts counted again below: each counted once
    for j in range(len(choices) - 1, 0, -1):
        size = sum(word_count(paras[i]) for i in (*groups[j], *groups[j + 1]))
        if not choices[j].clean and j + 1 not in given_at and size <= outline.MAX_SECTION_WORDS:
            groups[j] = groups[j] + groups[j + 1]
            del groups[j + 1]
            del choices[j]
            merged = True
    if merged:
        texts = [" ".join(paras[i] for i in g) for g in groups]

    # the keyphrase in about half of the body headings (the derived sections add more)
    names = [""]
    taken = {fold(c.heading) for c in choices}
    for i, (g, c) in enumerate(zip(groups[1:], choices, strict=True)):
        if g[0] in given:
            names.append(given[g[0]])
            continue
        alt = c.topic if i % 2 == 0 else c.plain
        ok = alt and (fold(alt) == fold(c.heading) or fold(alt) not in taken)
        names.append(typo(alt if ok else c.heading))
        taken.add(fold(names[-1]))
    total = sum(word_count(t) for t in texts) or 1
    target = math.ceil(1.1 * min_words)
    alternatives = [("", "")] + [
        ("", "") if g[0] in given else (typo(c.topic), typo(c.plain))
        for g, c in zip(groups[1:], choices, strict=True)
    ]
    sections = tuple(
        PlannedSection(
            name,
            tuple(g),
            word_count(t),
            max(word_count(t), round(target * word_count(t) / total)),
            topic_heading=alt[0],
            plain_heading=alt[1],
            given=bool(i) and g[0] in given,
        )
        for i, (name, g, t, alt) in enumerate(zip(names, groups, texts, alternatives, strict=True))
    )

    return Plan(
        lang=source.lang,
        keyphrase=key,
        synonyms=synonyms,
        title=title,
        seo_title=seo_title(key)[0],
        meta_description=description(key),
        slug=meta.slug(key, title, lang),
        sections=sections,
        min_words=min_words,
    )


def _source_keys(source: Source, lang: LanguageData) -> Counter[str]:
    """The word keys of the ledger's ``source_text`` counted: those of the title and of each
    block (``source_text`` joins them, normalised, by blank lines, which no word spans), read
    per block — the outline has just read the paragraphs' (cached), where the whole text would
    be read again (100,000 words: ~0.06 s)."""
    out: Counter[str] = Counter()
    for block in (source.title, *(b.text for b in source.blocks)):
        norm = normalize_text(block)  # as the ledger's text holds it
        # its words are the block's own, unless normalising it again changes it (a zero-width
        # character between a letter and its accent goes, and they join)
        out.update(text_keys(block if normalize_text(norm) == norm else norm, lang))
    return out


def _title_and_lead(
    doc: Any, source: Source, ledger: FactLedger
) -> tuple[list[Any], list[list[Any]]]:
    """Tokens of the title and of the lead's first sentence, in the source's one parse."""
    if doc is None or not ledger.paragraph_spans:
        return [], []
    title: list[Any] = []
    if source.title:
        end = len(normalize_text(source.title))
        span = doc.char_span(0, end, alignment_mode="contract")
        title = list(span) if span is not None else []
    lang = get_language(source.lang)
    lead: list[list[Any]] = []
    for a, b in ledger.paragraph_spans[:3]:
        for s in split_sentences(ledger.source_text[a:b], lang.abbreviations)[:3]:
            at = ledger.source_text.find(s, a, b)
            span = doc.char_span(at, at + len(s), alignment_mode="contract") if at >= 0 else None
            if span is not None:
                lead.append(list(span))
    return title, lead[:4]
