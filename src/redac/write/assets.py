"""What the source's page gives beside its text, set on the article whatever wrote it: the
images (in the section that holds the paragraph they followed), the links, the date of the
dispatch (else the run's date), the author, the publisher and the lead image."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from redac.model import Article, Figure, Source
from redac.plan import Plan

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
BODY_KINDS = ("intro", "body")


def dispatch_date(source: Source, today: dt.date) -> str:
    """The date of the dispatch from the page's metadata (ISO), else the run's."""
    m = _ISO.match(source.meta_value("date"))
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            pass
    return today.isoformat()


def with_source(article: Article, source: Source, plan: Plan, today: dt.date) -> Article:
    figures = list(source.figures)
    lead = source.meta_value("image")
    if lead and all(f.src != lead for f in figures):
        figures.insert(0, Figure(lead, after=-1))  # the page's lead image, with the lead
    sections = list(article.sections)
    if figures and not any(s.figures for s in sections):
        where = _paragraph_sections(article, plan)
        for f in figures:
            i = where.get(max(f.after, 0), where.get(0, 0)) if where else 0
            if sections:
                sections[i] = replace(sections[i], figures=(*sections[i].figures, f))
    image = lead or (figures[0].src if figures else "")
    return replace(
        article,
        sections=tuple(sections),
        links=source.links,
        date=dispatch_date(source, today),
        author=source.meta_value("author"),
        publisher=source.meta_value("sitename"),
        image=image,
    )


def _paragraph_sections(article: Article, plan: Plan) -> dict[int, int]:
    """Source paragraph index → index of the article's section that shows it."""
    body = [i for i, s in enumerate(article.sections) if s.kind in BODY_KINDS]
    out: dict[int, int] = {}
    for k, ps in enumerate(plan.sections):
        match = next(
            (i for i in body if article.sections[i].heading == ps.heading and ps.heading), None
        )
        if match is None:
            match = body[k] if k < len(body) else (body[-1] if body else 0)
        for p in ps.paragraphs:
            out[p] = match
    return out
