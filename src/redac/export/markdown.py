"""Markdown with YAML front matter (Hugo and Jekyll read it as is)."""

from __future__ import annotations

import datetime as dt

import yaml

from redac.export.render import _md_escape, body_markdown
from redac.model import Article


def front_matter(a: Article, date: dt.date) -> dict[str, object]:
    return {
        "title": a.title,
        "seo_title": a.seo_title,
        "description": a.meta_description,
        "slug": a.slug,
        "keyphrase": a.keyphrase,
        "synonyms": list(a.synonyms),
        "lang": a.lang,
        "date": date.isoformat(),
        "generator": f"redac ({a.engine} engine)" if a.engine != "none" else "redac",
    }


def to_markdown(a: Article, date: dt.date | None = None) -> str:
    fm = yaml.safe_dump(
        front_matter(a, date or dt.date.today()), allow_unicode=True, sort_keys=False
    )
    return f"---\n{fm}---\n\n# {_md_escape(a.title)}\n\n{body_markdown(a)}"
