"""Optional parts the server offers when they are installed: today, the claim checker of
``redac verify`` (issue #12, ``redac.verify``), built in parallel. Everything that depends on its
interface is here, in one place, so that connecting it is this file alone."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any


@cache
def has_verify() -> bool:
    try:
        return importlib.util.find_spec("redac.verify") is not None
    except (ImportError, ValueError):
        return False


def run_verify(source: str, article: str, lang: str | None = None) -> dict[str, Any] | None:
    """``redac verify``'s JSON for ``article`` against ``source`` (both as text, Markdown or
    HTML), or None when the checker is not installed. Expected interface (issue #12):
    ``redac.verify.verify(Source, article_text) -> result`` with ``to_dict()``."""
    if not has_verify():
        return None
    from redac.model import Source
    from redac.verify import verify  # type: ignore[import-not-found,unused-ignore]

    result = verify(Source.from_text(source, lang=lang), article)
    return dict(result.to_dict())
