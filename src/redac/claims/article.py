"""An article to verify, as the units the checker judges: Markdown (with or without front
matter, as ``redac rewrite`` writes it), an HTML fragment or page, or plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redac.errors import EmptyInputError
from redac.model import Article

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True)
class Unit:
    text: str
    kind: str  # "title" | "heading" | "question" | "sentence" | "item" | "meta"
    where: str


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str | int | float)}, text[
        m.end() :
    ]


def article_units(article: Article) -> list[Unit]:
    """The units of a rewrite's ``Article``: H1, subheadings, paragraphs, list items, the FAQ
    (each question followed by its answer), SEO title and meta description."""
    units = [Unit(article.title, "title", "title")]
    for n, s in enumerate(article.sections, start=1):
        if s.heading:
            units.append(Unit(s.heading, "heading", f"section {n}"))
        units += [Unit(p, "sentence", f"section {n}") for p in s.paragraphs]
        units += [Unit(i, "item", f"section {n}") for i in s.items]
    if article.faq:
        units.append(Unit(article.faq_heading, "heading", "faq"))
    for n, f in enumerate(article.faq, start=1):
        units += [Unit(f.question, "question", f"faq {n}"), Unit(f.answer, "sentence", f"faq {n}")]
    units.append(Unit(article.seo_title, "heading", "seo title"))
    units.append(Unit(article.meta_description, "sentence", "meta description"))
    return [u for u in units if u.text.strip()]


def read_article(text: str, *, fmt: str | None = None, lang: str | None = None) -> list[Unit]:
    """The units of an article: its title, subheadings (a subheading that asks a question is
    a question, and the paragraph after it its answer), paragraphs and list items, and the
    meta description of its front matter."""
    from redac.api import is_fragment

    meta, body = _front_matter(text)
    body = _COMMENT.sub("", body)
    if not body.strip():
        raise EmptyInputError("the article is empty")
    units: list[Unit] = []
    if meta.get("title"):
        units.append(Unit(meta["title"], "title", "title"))
    if is_fragment(body, fmt):
        from redac.analysis.document import parse_body

        blocks = [(b.kind, b.text) for b in parse_body(body).blocks]
        title = ""
    else:
        from redac.ingest import parse

        src = parse(body, fmt=fmt, lang=lang, origin="article")
        blocks = [(b.kind, b.text) for b in src.blocks]
        title = src.title
    if title and not any(u.kind == "title" and u.text == title for u in units):
        units.append(Unit(title, "title", "title"))
    section = 0
    asked = False
    for kind, block in blocks:
        if kind == "heading":
            section += 1
            asked = block.rstrip().endswith("?")
            units.append(Unit(block, "question" if asked else "heading", f"section {section}"))
            continue
        where = f"answer {section}" if asked else f"section {section}"
        units.append(Unit(block, "item" if kind == "item" else "sentence", where))
        asked = False
    if meta.get("description"):
        units.append(Unit(meta["description"], "sentence", "meta description"))
    if not any(u.kind in ("sentence", "item") for u in units):
        raise EmptyInputError("the article holds no text to verify")
    return units
