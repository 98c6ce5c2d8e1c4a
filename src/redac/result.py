"""What a rewrite returns: every carrier of the run, and its exports."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from redac.export.markdown import to_markdown
from redac.export.render import body_html
from redac.facts import FactLedger
from redac.model import Article, Source
from redac.plan import Plan
from redac.report import Report


@dataclass(frozen=True)
class RewriteResult:
    source: Source
    ledger: FactLedger
    plan: Plan
    article: Article
    report: Report
    date: dt.date
    site_url: str = ""

    @property
    def ok(self) -> bool:
        return self.report.ok

    def markdown(self) -> str:
        return to_markdown(self.article, self.date)

    def html(self) -> str:
        from redac.export.html import to_html  # Jinja2 loads only when a page is asked for

        return to_html(self.article, site_url=self.site_url, date=self.date)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "article": {
                "title": a.title,
                "seo_title": a.seo_title,
                "meta_description": a.meta_description,
                "slug": a.slug,
                "keyphrase": a.keyphrase,
                "synonyms": list(a.synonyms),
                "lang": a.lang,
                "word_count": a.word_count,
                "engine": a.engine,
                "sections": [
                    {
                        "heading": s.heading,
                        "level": s.level,
                        "kind": s.kind,
                        "origin": s.origin,
                        "paragraphs": list(s.paragraphs),
                        "paragraph_origins": [s.origin_of(i) for i in range(len(s.paragraphs))],
                        "items": list(s.items),
                    }
                    for s in a.sections
                ],
                "faq": [
                    {"question": f.question, "answer": f.answer, "origin": f.origin} for f in a.faq
                ],
            },
            "markdown": self.markdown(),
            "html": body_html(a),
            "report": self.report.to_dict(),
            "source": {
                "origin": self.source.origin,
                "format": self.source.fmt,
                "lang": self.source.lang,
                "facts": self.ledger.to_dict(),
            },
            "usage": dict(a.usage),
        }

    def json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
