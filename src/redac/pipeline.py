"""The one place that knows the order: ingest → facts → plan → write → check → report."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any

from redac.errors import OptionError
from redac.export.html import to_html
from redac.export.markdown import to_markdown
from redac.export.render import body_html
from redac.facts import FactLedger
from redac.facts.extract import extract
from redac.ingest import load, parse
from redac.lang import SUPPORTED, language_from_locale
from redac.model import Article, Source
from redac.plan import Plan
from redac.plan.planner import make_plan
from redac.report import Report, build_report
from redac.write import offline

ENGINES = ("auto", "offline", "llm", "local")


@dataclass(frozen=True)
class RewriteOptions:
    lang: str | None = None  # target language; the source's when absent
    min_words: int = 700
    keyphrase: str | None = None
    engine: str = "auto"
    faq: bool = True
    site_url: str = ""
    allow_private: bool = False
    llm: Any = field(default=None, compare=False)  # redac.write.llm.settings.LLMSettings

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise OptionError(
                f"unknown engine {self.engine!r}", hint=f"use one of {', '.join(ENGINES)}"
            )
        if self.min_words < 0 or self.min_words > 20000:
            raise OptionError(f"--min-words must be between 0 and 20000, not {self.min_words}")
        if self.lang and language_from_locale(self.lang) not in SUPPORTED:
            raise OptionError(
                f"target language {self.lang!r} is not supported",
                hint=f"supported: {', '.join(SUPPORTED)}",
            )


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
        return to_html(self.article, site_url=self.site_url, date=self.date)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        words = offline.article_words(a.sections, a.faq, a.faq_heading)
        return {
            "article": {
                "title": a.title,
                "seo_title": a.seo_title,
                "meta_description": a.meta_description,
                "slug": a.slug,
                "keyphrase": a.keyphrase,
                "synonyms": list(a.synonyms),
                "lang": a.lang,
                "word_count": words,
                "engine": a.engine,
                "sections": [
                    {
                        "heading": s.heading,
                        "level": s.level,
                        "kind": s.kind,
                        "paragraphs": list(s.paragraphs),
                        "items": list(s.items),
                    }
                    for s in a.sections
                ],
                "faq": [{"question": f.question, "answer": f.answer} for f in a.faq],
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


def _engine(opts: RewriteOptions) -> tuple[str, Any]:
    if opts.engine in ("offline", "llm", "local"):
        return opts.engine, opts.llm
    from redac.write.llm.settings import resolve_auto

    return resolve_auto(opts.llm)


def rewrite_source(source: Source, opts: RewriteOptions | None = None) -> RewriteResult:
    opts = opts or RewriteOptions()
    target = language_from_locale(opts.lang) if opts.lang else source.lang
    ledger = extract(source)
    engine, llm = _engine(opts)
    notes: list[str] = []
    if engine == "offline":
        if target != source.lang:
            raise OptionError(
                f"the offline engine cannot translate {source.lang} into {target}",
                hint="use --engine llm with a configured model, or drop --lang",
            )
        plan = make_plan(source, ledger, min_words=opts.min_words, forced_keyphrase=opts.keyphrase)
        article = offline.write(source, ledger, plan, faq=opts.faq)
        notes.append("engine: offline" + (" (no LLM configured)" if opts.engine == "auto" else ""))
    else:
        from redac.write.llm.engine import write_with_llm

        plan, article, llm_notes = write_with_llm(
            source, ledger, target, replace(opts, llm=llm), engine
        )
        if opts.engine == "auto":
            llm_notes = [
                f"engine: auto chose the LLM ({llm.model or llm.base_url or llm.model_path})",
                *llm_notes,
            ]
        notes += llm_notes
    report = build_report(
        article, ledger, opts.min_words, site_url=opts.site_url, notes=tuple(notes)
    )
    return RewriteResult(source, ledger, plan, article, report, dt.date.today(), opts.site_url)


def rewrite(
    source: str | Source, opts: RewriteOptions | None = None, **kwargs: Any
) -> RewriteResult:
    """Rewrite an article given as a path, a URL, ``-`` (stdin), raw text, or a ``Source``."""
    opts = opts or RewriteOptions(**kwargs)
    if isinstance(source, Source):
        src = source
    elif "\n" in source or len(source) > 400:
        src = parse(source, origin="text")
    else:
        src = load(source, allow_private=opts.allow_private)
    return rewrite_source(src, opts)
