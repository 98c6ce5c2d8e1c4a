"""The article as a whole, balanced for the analyser without a word of the engine's own:
the keyphrase in 30–75 % of the subheadings, and never past its maximum density."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.lang import LanguageData
from redac.model import Article, FaqItem, Section
from redac.plan import Plan, PlannedSection, literal
from redac.plan.headings import holds_topic
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import word_count
from redac.write.quality import parts

SUBHEADING_SHARE = targets().subheading_keyphrase
MAX_SECTION_WORDS = targets().section_words
MIN_SUBHEADINGS = 3  # the structure an article needs, its sections' own
EXTRA_KINDS = ("essentials", "timeline", "people")


def balance_headings(
    sections: list[Section],
    faq: tuple[FaqItem, ...],
    faq_heading: str,
    plan: Plan,
    lang: LanguageData,
) -> tuple[list[Section], str]:
    """The keyphrase (or a synonym) in 30–75 % of the subheadings (H2 and H3, FAQ questions
    included), as the analysers ask — redac's, which knows word forms, and a literal matcher,
    which wants the words as written: a body section takes the planner's heading with (or
    without) the keyphrase, then the derived sections are named after the topic
    (« Biélorussie : l'essentiel »)."""
    low_share, high_share = SUBHEADING_SHARE
    label = plan.keyphrase[:1].upper() + plan.keyphrase[1:]

    def has(h: str) -> bool:  # for redac's analyser and a literal matcher alike
        return holds_topic(h, plan.keyphrase, plan.synonyms, lang)

    def named(h: str) -> str:
        return lang.phrases.about.format(topic=label, section=h[:1].lower() + h[1:])

    body_plan = {ps.heading: ps for ps in plan.sections if ps.heading}
    heads = [s.heading for s in sections if s.heading] + ([faq_heading] if faq else [])
    total = len(heads) + len(faq)
    if not total:
        return sections, faq_heading
    low = -int(-low_share * total // 1)
    high = int(high_share * total)
    hits = sum(1 for h in heads if has(h)) + sum(1 for f in faq if has(f.question))
    out = list(sections)
    shown = {fold(s.heading) for s in out if s.heading}
    for i, s in enumerate(out):  # body first: a phrase of the section reads best
        ps = body_plan.get(s.heading)
        if ps is None or s.kind not in ("intro", "body"):
            continue
        if hits < low and not has(s.heading):
            alt, step = ps.topic_heading, 1
        elif hits > high and has(s.heading):
            alt, step = ps.plain_heading, -1
        else:
            continue
        if alt and fold(alt) not in shown:
            out[i] = replace(s, heading=alt)
            shown.add(fold(alt))
            hits += step
    for i, s in enumerate(out):  # then the derived sections, named after the topic
        if hits >= low:
            break
        if s.kind in EXTRA_KINDS and not has(s.heading):
            out[i] = replace(s, heading=named(s.heading))
            hits += 1
    if hits < low and faq and not has(faq_heading):
        faq_heading = named(faq_heading)
        hits += 1
    if 0 < hits < low:  # still too few: fewer subheadings, where two sections read as one
        out = _merged(out, hits, (1 if faq else 0, len(faq)), body_plan, has)
    return out, faq_heading


def _merged(
    sections: list[Section],
    hits: int,
    faq: tuple[int, int],
    body_plan: dict[str, PlannedSection],
    has: Callable[[str], bool],
) -> list[Section]:
    """Two neighbouring body sections become one — under the section length, neither named by
    the source, the heading that holds the keyphrase kept (else the first) — the smallest pair
    first, until the keyphrase is in enough of the subheadings; never under the three
    subheadings an article needs. When that cannot be reached, nothing is merged."""
    out = list(sections)
    low_share = SUBHEADING_SHARE[0]
    while True:
        h2 = sum(1 for s in out if s.heading)
        if hits >= math.ceil(low_share * (h2 + sum(faq))):
            return out
        if h2 - 1 < MIN_SUBHEADINGS:
            return list(sections)  # merging would not get there: the sections stay as written
        pairs = []
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            pa, pb = body_plan.get(a.heading), body_plan.get(b.heading)
            if a.kind != "body" or b.kind != "body" or pa is None or pb is None:
                continue
            if pa.given or pb.given or (has(a.heading) and has(b.heading)):
                continue
            size = a.word_count + b.word_count
            if size <= MAX_SECTION_WORDS:
                pairs.append((size, i))
        if not pairs:
            return list(sections)
        _, i = min(pairs)
        a, b = out[i], out[i + 1]
        heading = b.heading if has(b.heading) and not has(a.heading) else a.heading
        origins = tuple(a.origin_of(k) for k in range(len(a.paragraphs)))
        origins += tuple(b.origin_of(k) for k in range(len(b.paragraphs)))
        merged = replace(a, heading=heading, paragraphs=a.paragraphs + b.paragraphs)
        if a.paragraph_origins or b.paragraph_origins or a.origin != b.origin:
            merged = replace(merged, paragraph_origins=origins)
        out[i : i + 2] = [merged]


def not_overoptimised(
    sections: list[Section],
    faq: tuple[FaqItem, ...],
    faq_heading: str,
    plan: Plan,
    lang: LanguageData,
) -> tuple[list[Section], tuple[FaqItem, ...]]:
    """Derived items that would repeat the keyphrase past the maximum density go, the last
    first, then FAQ items: a summary does not stuff the keyphrase. The density as redac's
    analyser counts it (word forms), and as a literal matcher does (:func:`literally_over`)."""
    from redac.analysis import Paper
    from redac.analysis.assessor import density_band
    from redac.export.render import body_html

    topic = kp.make_topic(plan.keyphrase, lang)
    out = list(sections)

    def has(h: str) -> bool:
        return holds_topic(h, plan.keyphrase, plan.synonyms, lang)

    for _ in range(12):
        a = Article(
            lang=plan.lang, title=plan.title, seo_title=plan.seo_title,
            meta_description=plan.meta_description, slug=plan.slug, keyphrase=plan.keyphrase,
            synonyms=plan.synonyms, sections=tuple(out), faq=faq, faq_heading=faq_heading,
        )  # fmt: skip
        paper = Paper(body_html(a, provenance=False), plan.keyphrase, plan.synonyms,
                      locale=lang.locale)  # fmt: skip
        over = density_band(paper) in ("over", "way_over")
        if not over and not literally_over(a, plan.keyphrase, lang):
            break
        hits = [
            (i, j)
            for i, s in enumerate(out)
            if s.kind in EXTRA_KINDS
            for j, item in enumerate(s.items)
            if kp.count_in(topic, item, lang)
        ]
        asked = [
            k for k, f in enumerate(faq) if kp.count_in(topic, f"{f.question} {f.answer}", lang)
        ]
        if hits:
            i, j = hits[-1]
            out[i] = replace(out[i], items=out[i].items[:j] + out[i].items[j + 1 :])
        elif asked:
            faq = faq[: asked[-1]] + faq[asked[-1] + 1 :]
        else:
            renamed = _one_heading_less(out, faq, faq_heading, plan, lang)
            if renamed is None:
                break
            out = renamed
            out = _merged(
                out,
                sum(1 for s in out if s.heading and has(s.heading))
                + (1 if faq and has(faq_heading) else 0)
                + sum(1 for f in faq if has(f.question)),
                (1 if faq else 0, len(faq)),
                {ps.heading: ps for ps in plan.sections if ps.heading}
                | {ps.topic_heading: ps for ps in plan.sections if ps.topic_heading}
                | {ps.plain_heading: ps for ps in plan.sections if ps.plain_heading},
                has,
            )
    return [s for s in out if s.items or s.paragraphs or s.kind not in EXTRA_KINDS], faq


def _one_heading_less(
    sections: list[Section],
    faq: tuple[FaqItem, ...],
    faq_heading: str,
    plan: Plan,
    lang: LanguageData,
) -> list[Section] | None:
    """One subheading without the keyphrase instead of with it — a derived section's own name
    (« Paul Whelan : les acteurs » → « Les acteurs »), else a body section's plain heading —
    even when fewer subheadings then hold it than the analysers ask: a keyphrase over its
    maximum density costs far more. None when no subheading can go without it."""

    def has(h: str) -> bool:
        return holds_topic(h, plan.keyphrase, plan.synonyms, lang)

    heads = [s.heading for s in sections if s.heading] + ([faq_heading] if faq else [])
    shown = {fold(h) for h in heads}
    plain = {ps.heading: ps.plain_heading for ps in plan.sections if ps.heading}
    plain.update({ps.topic_heading: ps.plain_heading for ps in plan.sections if ps.topic_heading})
    label = plan.keyphrase[:1].upper() + plan.keyphrase[1:]
    prefix = lang.phrases.about.format(topic=label, section="")
    for kinds in (EXTRA_KINDS, ("body",)):
        for i in range(len(sections) - 1, -1, -1):
            s = sections[i]
            if s.kind not in kinds or not has(s.heading):
                continue
            if s.kind in EXTRA_KINDS and s.heading.startswith(prefix):
                rest = s.heading[len(prefix) :]
                alt = rest[:1].upper() + rest[1:]
            else:
                alt = plain.get(s.heading, "")
            if alt and not has(alt) and fold(alt) not in shown:
                return [*sections[:i], replace(s, heading=alt), *sections[i + 1 :]]
    return None


def literally_over(a: Article, keyphrase: str, lang: LanguageData) -> bool:
    """More whole keyphrases, its words as written, than the density band allows: counted per
    sentence of everything the page shows (subheadings, paragraphs, items, questions)."""
    sentences = [s for part in parts(a) for s in split_sentences(part.text, lang.abbreviations)]
    total = sum(word_count(s) for s in sentences)
    # ``sum(literal.count(keyphrase, s, lang) for s in sentences)``, each word looked for once
    # in all of them
    n = literal.Counts(sentences).total(keyphrase, lang)
    return n > literal.density_band(keyphrase, total, lang)[1]
