"""The Python API: ``redac.analyze`` and ``redac.rewrite``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from redac.analysis import Analysis, Paper, analyze_paper, split_synonyms
from redac.analysis.document import to_html
from redac.errors import EmptyInputError, LanguageError
from redac.lang import SUPPORTED, get_language, language_from_locale
from redac.lang.detect import detect_or_fail
from redac.text.words import word_count


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


def analyze(text: str, **kwargs: Any) -> Analysis:
    """Analyse an article body (HTML, Markdown or plain text) with its SEO metadata.

    Keyword arguments: ``keyphrase``, ``synonyms``, ``title``, ``description``, ``slug``,
    ``lang`` or ``locale``, ``permalink``, ``cornerstone``.
    """
    return analyze_paper(make_paper(text, **kwargs))
