"""The claim checker: is every statement of an article supported by its source?

``ClaimChecker`` (built once per source) judges sentences, paragraphs, FAQ pairs and whole
articles; :func:`redac.verify.run.verify` is the ``redac verify`` command's core.
"""

from __future__ import annotations

from redac.verify.checker import ClaimChecker
from redac.verify.result import REASONS, ClaimReport, Reason, Verdict

__all__ = ["REASONS", "ClaimChecker", "ClaimReport", "Reason", "Verdict"]
