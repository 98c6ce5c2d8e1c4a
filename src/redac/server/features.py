"""The claim checker behind ``POST /api/verify``: ``redac.verify``'s JSON for an article
against its source, both given as text, Markdown or HTML."""

from __future__ import annotations

from typing import Any


def run_verify(source: str, article: str, lang: str | None = None) -> dict[str, Any]:
    from redac.api import verify
    from redac.model import Source

    result = verify(Source.from_text(source, lang=lang), article, lang=lang)
    return dict(result.to_dict())
