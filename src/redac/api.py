"""The Python API: typed adapters over the analyser and the core rewrite call.

Unlike the core (:func:`redac.pipeline.rewrite`), these fill in what a caller may leave out:
today's date, the offline engine, a plain text read as text.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from redac.analysis import Analysis, Paper, analyze_paper, split_synonyms
from redac.analysis.document import to_html
from redac.errors import EmptyInputError, LanguageError
from redac.lang import SUPPORTED, get_language, language_from_locale
from redac.lang.detect import detect_or_fail
from redac.text.words import word_count

if TYPE_CHECKING:  # the rewrite and verify sides load on first use: ``redac analyze`` stays cheap
    from redac.claims.run import VerifyResult
    from redac.events import Cancel, OnEvent
    from redac.model import Article, Source
    from redac.options import RewriteOptions
    from redac.result import RewriteResult
    from redac.write.base import Engine
    from redac.write.llm.settings import LLMSettings


def make_paper(
    text: str,
    *,
    keyphrase: str = "",
    synonyms: str | Sequence[str] = (),
    title: str = "",
    description: str = "",
    slug: str = "",
    lang: str | None = None,
    locale: str | None = None,
    permalink: str = "",
    cornerstone: bool = False,
    id: str | None = None,
) -> Paper:
    """A ``Paper`` with its language resolved (given, from the locale, or detected)."""
    if not text or not text.strip():
        raise EmptyInputError("the article body is empty")
    if locale:
        code = language_from_locale(locale)
    elif lang:
        code = language_from_locale(lang)
    else:
        from redac.analysis.document import parse_body

        body_text = parse_body(text).text
        if word_count(body_text) == 0:
            raise EmptyInputError("the article body holds no words")
        code = detect_or_fail(body_text)
    if code not in SUPPORTED:
        raise LanguageError(
            f"language {code!r} is not supported", hint=f"supported: {', '.join(SUPPORTED)}"
        )
    loc = locale or get_language(code).locale
    return Paper(
        text=to_html(text),
        keyphrase=keyphrase,
        synonyms=split_synonyms(synonyms),
        title=title,
        description=description,
        slug=slug,
        locale=loc,
        permalink=permalink,
        cornerstone=cornerstone,
        id=id,
    )


def analyze(
    text: str,
    *,
    keyphrase: str = "",
    synonyms: str | Sequence[str] = (),
    title: str = "",
    description: str = "",
    slug: str = "",
    lang: str | None = None,
    locale: str | None = None,
    permalink: str = "",
    cornerstone: bool = False,
    id: str | None = None,
) -> Analysis:
    """Analyse an article body (HTML, Markdown or plain text) with its SEO metadata."""
    return analyze_paper(
        make_paper(
            text,
            keyphrase=keyphrase,
            synonyms=synonyms,
            title=title,
            description=description,
            slug=slug,
            lang=lang,
            locale=locale,
            permalink=permalink,
            cornerstone=cornerstone,
            id=id,
        )
    )


def is_fragment(text: str, fmt: str | None = None) -> bool:
    """An article body as a CMS stores it (HTML blocks, no page around them)."""
    head = text.lower()
    return (fmt == "html" or "<" in text[:200]) and "<body" not in head and "<html" not in head


def document_paper(
    text: str,
    *,
    fmt: str | None = None,
    origin: str = "text",
    keyphrase: str = "",
    synonyms: str | Sequence[str] = (),
    title: str = "",
    description: str = "",
    slug: str = "",
    lang: str | None = None,
    permalink: str = "",
    cornerstone: bool = False,
) -> Paper:
    """The ``Paper`` of what a user hands over: an HTML fragment as it stands, or a whole page,
    Markdown or text read as a source (its main text extracted, its title used when none is
    given)."""
    if is_fragment(text, fmt):
        body, src_title = to_html(text), ""
    else:
        from redac.ingest import parse
        from redac.render_source import source_to_html

        url = origin if origin.startswith("http") else None
        src = parse(text, origin=origin, fmt=fmt, lang=lang, url=url)
        body, src_title = source_to_html(src), src.title
    return make_paper(
        body,
        keyphrase=keyphrase,
        synonyms=synonyms,
        title=title or src_title,
        description=description,
        slug=slug,
        lang=lang,
        permalink=permalink,
        cornerstone=cornerstone,
        id=origin,
    )


def analyze_document(
    text: str,
    *,
    fmt: str | None = None,
    origin: str = "text",
    keyphrase: str = "",
    synonyms: str | Sequence[str] = (),
    title: str = "",
    description: str = "",
    slug: str = "",
    lang: str | None = None,
    permalink: str = "",
    cornerstone: bool = False,
) -> Analysis:
    """Analyse what a user hands over (see :func:`document_paper`)."""
    return analyze_paper(
        document_paper(
            text,
            fmt=fmt,
            origin=origin,
            keyphrase=keyphrase,
            synonyms=synonyms,
            title=title,
            description=description,
            slug=slug,
            lang=lang,
            permalink=permalink,
            cornerstone=cornerstone,
        )
    )


def verify(
    source: Source | os.PathLike[str],
    article: str | Article | os.PathLike[str],
    *,
    lang: str | None = None,
    fmt: str | None = None,
    analyse: bool = True,
) -> VerifyResult:
    """Judge every statement of ``article`` against ``source``: supported or not, why, and
    on which source sentences it rests; plus the source's key facts the article lost and the
    analyser's report. ``article`` is the article's text (Markdown, HTML or plain text), a
    path, or an ``Article`` (a rewrite's). ``result.ok`` is the command's exit 0."""
    from pathlib import Path

    from redac.claims.article import article_units
    from redac.claims.run import verify_text, verify_units
    from redac.model import Article, Source

    src = source if isinstance(source, Source) else Source.from_path(source, lang=lang)
    if isinstance(article, Article):
        return verify_units(src, article_units(article), analyse=analyse)
    if isinstance(article, os.PathLike):
        article = Path(article).read_text(encoding="utf-8")
    return verify_text(src, article, fmt=fmt, lang=lang, analyse=analyse)


def rewrite(
    source: Source | os.PathLike[str],
    options: RewriteOptions | None = None,
    *,
    engine: Engine | str = "offline",
    llm: LLMSettings | None = None,
    today: dt.date | None = None,
    on_event: OnEvent | None = None,
    cancel: Cancel | None = None,
) -> RewriteResult:
    """Rewrite an article: a ``Source`` (``Source.from_text``, ``from_path``, ``from_url``) or a
    path. ``engine`` is an engine or a registered name ("offline", "llm", "local", with ``llm``
    settings for the last two); ``today`` dates the article (default: the day of the call)."""
    from redac.model import Source
    from redac.options import RewriteOptions
    from redac.pipeline import rewrite as core
    from redac.write import make_engine

    if isinstance(source, str):
        raise TypeError(
            "redac.rewrite() does not guess whether a string is a path, a URL or a text: "
            "pass Source.from_text(...), Source.from_url(...) or a pathlib.Path"
        )
    src = source if isinstance(source, Source) else Source.from_path(source)
    eng = make_engine(engine, llm) if isinstance(engine, str) else engine
    return core(
        src,
        options or RewriteOptions(),
        engine=eng,
        today=today or dt.date.today(),
        on_event=on_event,
        cancel=cancel,
    )
