"""The claim checker: is every statement of an article supported by its source?

``ClaimChecker`` (built once per source) judges sentences, paragraphs, FAQ pairs and whole
articles; :func:`redac.verify.run.verify` is the ``redac verify`` command's core.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from redac.verify.checker import ClaimChecker
from redac.verify.result import REASONS, ClaimReport, Reason, Verdict

__all__ = ["REASONS", "ClaimChecker", "ClaimReport", "Reason", "Verdict"]


class _Callable(types.ModuleType):
    """``redac.verify(source, article)`` is the Python API (``redac.api.verify``) even once
    this package, of the same name, is imported."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from redac.api import verify

        return verify(*args, **kwargs)


sys.modules[__name__].__class__ = _Callable
