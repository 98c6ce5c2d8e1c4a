"""SEO title width in pixels, as a search result shows it (Arial 20 px).

Widths come from Liberation Sans (metric-compatible with Arial), generated once by
``tools/gen_title_metrics.py``; characters outside the table count as the average width.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib.resources import files


@cache
def _widths() -> dict[str, float]:
    raw = files("redac.data").joinpath("title_metrics.json").read_text(encoding="utf-8")
    return dict(json.loads(raw)["widths"])


def title_width(title: str) -> float:
    """Pixel width of ``title`` in Arial 20 px (0 for an empty title)."""
    widths = _widths()
    fallback = 11.12  # the width of an average lower-case letter
    total = 0.0
    for ch in unicodedata.normalize("NFC", title):
        w = widths.get(ch)
        if w is None:
            base = unicodedata.normalize("NFD", ch)[0]
            w = widths.get(base, fallback)
        total += w
    return round(total, 1)
