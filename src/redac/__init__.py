"""redac: turn a news article into a faithful, SEO-ready article, and prove it."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze", "rewrite"]


def analyze(text: str, **kwargs: Any) -> Any:
    """Analyse an article body; see ``redac.api.analyze``."""
    from redac.api import analyze as _analyze

    return _analyze(text, **kwargs)


def rewrite(source: str, **kwargs: Any) -> Any:
    """Rewrite an article (path, URL or text); see ``redac.pipeline.rewrite``."""
    from redac.pipeline import rewrite as _rewrite

    return _rewrite(source, **kwargs)
