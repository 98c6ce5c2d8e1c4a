"""Feedback phrasing: each language's catalogue (``redac/lang/<code>/messages.py``), keyed by
(check, band). A language without a catalogue falls back to English."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from redac.lang import REGISTRY, get_language
from redac.lang.base import Messages


def _catalogue(lang: str) -> Messages:
    return get_language(lang if lang in REGISTRY else "en").messages


def catalogue(lang: str) -> Mapping[str, Mapping[str, str]]:
    return _catalogue(lang).messages


def title(lang: str, check: str) -> str:
    return _catalogue(lang).titles[check]


def phrase(lang: str, check: str, band: str, figures: Mapping[str, Any]) -> str:
    """The message for a check's band, with its figures filled in."""
    cat = _catalogue(lang)
    text = cat.messages[check][band].format(**figures)
    return cat.line.format(title=cat.titles[check], text=text)
