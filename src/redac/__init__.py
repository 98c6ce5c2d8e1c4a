"""redac: turn a news article into a faithful, SEO-ready article, and prove it.

    >>> import redac
    >>> result = redac.rewrite(redac.Source.from_text(text))        # offline engine
    >>> result.ok, result.markdown(), result.report.to_dict()
    >>> redac.analyze("<p>…</p>", keyphrase="Biélorussie", lang="fr").seo_score

Heavy modules load on first use: ``import redac`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

_LAZY = {
    "analyze": "redac.api",
    "analyze_document": "redac.api",
    "rewrite": "redac.api",
    "verify": "redac.api",
    "VerifyResult": "redac.claims.run",
    "ClaimChecker": "redac.claims",
    "Analysis": "redac.analysis",
    "Source": "redac.model",
    "Article": "redac.model",
    "RewriteOptions": "redac.options",
    "RewriteResult": "redac.result",
    "Event": "redac.events",
    "RedacError": "redac.errors",
}
__all__ = [
    "Analysis",
    "Article",
    "ClaimChecker",
    "Event",
    "RedacError",
    "RewriteOptions",
    "RewriteResult",
    "Source",
    "VerifyResult",
    "__version__",
    "analyze",
    "analyze_document",
    "rewrite",
    "verify",
]

if TYPE_CHECKING:
    from redac.analysis import Analysis
    from redac.api import analyze, analyze_document, rewrite, verify
    from redac.claims import ClaimChecker
    from redac.claims.run import VerifyResult
    from redac.errors import RedacError
    from redac.events import Event
    from redac.model import Article, Source
    from redac.options import RewriteOptions
    from redac.result import RewriteResult


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'redac' has no attribute {name!r}")
