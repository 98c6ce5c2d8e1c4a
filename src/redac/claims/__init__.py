"""The claim checker: is every statement of an article supported by its source?

``ClaimChecker`` (built once per source) judges sentences, paragraphs, FAQ pairs and whole
articles; :func:`redac.claims.run.verify` is the ``redac verify`` command's core.
"""

from __future__ import annotations

from redac.claims.checker import ClaimChecker, checker_for
from redac.claims.result import REASONS, ClaimReport, Reason, Verdict

__all__ = ["REASONS", "ClaimChecker", "ClaimReport", "Reason", "Verdict", "checker_for"]
