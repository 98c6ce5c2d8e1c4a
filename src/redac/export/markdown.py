"""Markdown with YAML front matter (Hugo and Jekyll read it as is)."""

from __future__ import annotations

import datetime as dt

import yaml

from redac.export.render import _md_escape, body_markdown
from redac.export.typography import typeset
from redac.model import Article


def front_matter(a: Article, date: dt.date | None = None) -> dict[str, object]:
    fm: dict[str, object] = {
        "title": typeset(a.title, a.lang),
        "seo_title": typeset(a.seo_title, a.lang),
        "description": typeset(a.meta_description, a.lang),
        "slug": a.slug,
        "keyphrase": a.keyphrase,
        "synonyms": list(a.synonyms),
        "lang": a.lang,
    }
    day = a.date or (date.isoformat() if date else "")
    if day:
        fm["date"] = day
    if a.author:
        fm["author"] = a.author
    if a.publisher:
        fm["publisher"] = a.publisher
    if a.image:
        fm["image"] = a.image
    fm["generator"] = f"redac ({a.engine} engine)" if a.engine != "none" else "redac"
    return fm


def to_markdown(a: Article, date: dt.date | None = None) -> str:
    fm = yaml.safe_dump(front_matter(a, date), allow_unicode=True, sort_keys=False)
    return f"---\n{fm}---\n\n# {_md_escape(typeset(a.title, a.lang))}\n\n{body_markdown(a)}"
