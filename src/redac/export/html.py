"""A standalone HTML page: meta, canonical, Open Graph, Twitter, JSON-LD. All text escaped."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from redac.export.render import body_html
from redac.lang import get_language
from redac.model import Article

_ENV = Environment(
    loader=PackageLoader("redac.export", "templates"), autoescape=select_autoescape(["html", "j2"])
)


def _ld(obj: dict[str, Any]) -> str:
    """JSON-LD safe inside <script>: no "</script>" or "<!--" can close the element."""
    return (
        json.dumps(obj, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def jsonld(a: Article, canonical: str, date: dt.date) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title[:110],
            "alternativeHeadline": a.seo_title,
            "description": a.meta_description,
            "inLanguage": a.lang,
            "datePublished": date.isoformat(),
            "keywords": ", ".join([a.keyphrase, *a.synonyms]),
            "mainEntityOfPage": canonical,
        }
    ]
    if a.faq:
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": f.question,
                        "acceptedAnswer": {"@type": "Answer", "text": f.answer},
                    }
                    for f in a.faq
                ],
            }
        )
    return out


def to_html(a: Article, *, site_url: str = "", date: dt.date | None = None) -> str:
    day = date or dt.date.today()
    canonical = f"{site_url.rstrip('/')}/{a.slug}" if site_url else f"/{a.slug}"
    return _ENV.get_template("article.html.j2").render(
        a=a,
        body=body_html(a),
        canonical=canonical,
        locale=get_language(a.lang).locale,
        jsonld=[_ld(x) for x in jsonld(a, canonical, day)],
    )
