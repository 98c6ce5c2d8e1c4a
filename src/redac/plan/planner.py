"""Build the plan of an article: keyphrase → outline → headings → metadata."""

from __future__ import annotations

import math

from redac.facts import FactLedger
from redac.lang import get_language
from redac.model import Source
from redac.nlp import parse
from redac.plan import Plan, PlannedSection, headings, keyphrase, meta, outline
from redac.text.normalize import apostrophes_like
from redac.text.words import word_count


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
    key, synonyms = keyphrase.choose(source, ledger, forced_keyphrase)
    groups = outline.segment(source)
    paras = source.paragraphs
    texts = [" ".join(paras[i] for i in g) for g in groups]
    body = texts[1:]
    # the keyphrase in about half of the body headings (the extra sections add more)
    want = [i % 2 == 0 for i in range(len(body))]
    doc = parse(source.lang, ledger.source_text)  # the ledger's parse: the source is parsed once
    parsed = None
    if doc is not None and len(ledger.paragraph_spans) == len(paras):
        parsed = [
            [doc.char_span(*ledger.paragraph_spans[i], alignment_mode="expand") for i in g]
            for g in groups[1:]
        ]
    made = headings.headings(body, source.lang, key, want, parsed) if body else []
    given = _existing_headings(source)
    # headings come from the normalised text: give them back the source's apostrophes
    names = [""] + [
        given.get(g[0], apostrophes_like(made[i], source.text)) for i, g in enumerate(groups[1:])
    ]
    total = sum(word_count(t) for t in texts) or 1
    target = math.ceil(1.1 * min_words)
    sections = tuple(
        PlannedSection(
            name, tuple(g), word_count(t), max(word_count(t), round(target * word_count(t) / total))
        )
        for name, g, t in zip(names, groups, texts, strict=True)
    )
    text = source.text

    def typo(s: str) -> str:
        return apostrophes_like(s, text)

    title = typo(meta.h1(source.title, paras, lang))
    return Plan(
        lang=source.lang,
        keyphrase=key,
        synonyms=synonyms,
        title=title,
        seo_title=typo(meta.seo_title(title, key, lang)),
        meta_description=typo(meta.meta_description(paras, key, lang)),
        slug=meta.slug(key, title, lang),
        sections=sections,
        min_words=min_words,
    )
