"""The article as a whole, balanced for the analyser without a word of the engine's own:
the keyphrase in 30–75 % of the subheadings, and never past its maximum density."""

from __future__ import annotations

from dataclasses import replace

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.lang import LanguageData
from redac.model import Article, FaqItem, Section
from redac.plan import Plan
from redac.text.normalize import fold

SUBHEADING_SHARE = targets().subheading_keyphrase
EXTRA_KINDS = ("essentials", "timeline", "people")


def balance_headings(
    sections: list[Section],
    faq: tuple[FaqItem, ...],
    faq_heading: str,
    plan: Plan,
    lang: LanguageData,
) -> tuple[list[Section], str]:
    """The keyphrase in 30–75 % of the subheadings (H2 and H3, FAQ questions included), as the
    analyser asks: a body section takes the planner's heading with (or without) the keyphrase,
    then the derived sections are named after the topic (« Biélorussie : l'essentiel »)."""
    topic = kp.make_topic(plan.keyphrase, lang)
    low_share, high_share = SUBHEADING_SHARE
    label = plan.keyphrase[:1].upper() + plan.keyphrase[1:]

    def has(h: str) -> bool:
        return kp.share_found(topic, h, lang) > 0.5

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
    return out, faq_heading


def not_overoptimised(
    sections: list[Section],
    faq: tuple[FaqItem, ...],
    faq_heading: str,
    plan: Plan,
    lang: LanguageData,
) -> tuple[list[Section], tuple[FaqItem, ...]]:
    """Derived items that would repeat the keyphrase past the analyser's maximum density go,
    the last first, then FAQ items: a summary does not stuff the keyphrase."""
    from redac.analysis import Paper, analyze_paper
    from redac.export.render import body_html

    topic = kp.make_topic(plan.keyphrase, lang)
    out = list(sections)
    for _ in range(12):
        a = Article(
            lang=plan.lang, title=plan.title, seo_title=plan.seo_title,
            meta_description=plan.meta_description, slug=plan.slug, keyphrase=plan.keyphrase,
            synonyms=plan.synonyms, sections=tuple(out), faq=faq, faq_heading=faq_heading,
        )  # fmt: skip
        paper = Paper(body_html(a, provenance=False), plan.keyphrase, plan.synonyms,
                      locale=lang.locale)  # fmt: skip
        check = analyze_paper(paper).check("keyphrase_density")
        if check is None or check.band not in ("over", "way_over"):
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
            break
    return [s for s in out if s.items or s.paragraphs or s.kind not in EXTRA_KINDS], faq
