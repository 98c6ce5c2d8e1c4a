"""A standalone HTML page: meta, canonical, Open Graph, Twitter, JSON-LD. All text escaped."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from redac.export.render import body_html
from redac.export.typography import typeset
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


def _people(names: str) -> list[dict[str, str]]:
    """« AFP; Dominique CHABROL » → one Person per name."""
    return [{"@type": "Person", "name": n.strip()} for n in names.split(";") if n.strip()]


def jsonld(a: Article, canonical: str, date: dt.date | None = None) -> list[dict[str, Any]]:
    day = a.date or (date.isoformat() if date else "")
    article: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title[:110],
        "alternativeHeadline": a.seo_title,
        "description": a.meta_description,
        "inLanguage": a.lang,
        "keywords": ", ".join([a.keyphrase, *a.synonyms]),
        "mainEntityOfPage": canonical,
    }
    if day:
        article["datePublished"] = day
    if a.author:
        article["author"] = _people(a.author)
    if a.publisher:
        article["publisher"] = {"@type": "Organization", "name": a.publisher}
    images = [a.image] if a.image else []
    images += [f.src for f in a.figures if f.src not in images]
    if images:
        article["image"] = images
    out: list[dict[str, Any]] = [article]
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


def canonical_url(a: Article, site_url: str = "") -> str:
    """The article's address: absolute under ``site_url``, else relative to the site root."""
    return f"{site_url.rstrip('/')}/{a.slug}" if site_url else f"/{a.slug}"


def to_html(a: Article, *, site_url: str = "", date: dt.date | None = None) -> str:
    canonical = canonical_url(a, site_url)
    return _ENV.get_template("article.html.j2").render(
        a=a,
        h1=typeset(a.title, a.lang),
        title=typeset(a.seo_title, a.lang),
        description=typeset(a.meta_description, a.lang),
        body=body_html(a),
        canonical=canonical,
        absolute=bool(site_url),
        locale=get_language(a.lang).locale,
        jsonld=[_ld(x) for x in jsonld(a, canonical, date)],
    )
