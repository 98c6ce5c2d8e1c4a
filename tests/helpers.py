"""Shared test helpers: the core call with the offline engine and a fixed date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from redac.model import Source
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.result import RewriteResult
from redac.write.offline import OfflineEngine

TODAY = dt.date(2026, 11, 26)


def offline(source: Source, **options: Any) -> RewriteResult:
    """``source`` rewritten by the offline engine, dated ``TODAY``."""
    return rewrite(source, RewriteOptions(**options), engine=OfflineEngine(), today=TODAY)
