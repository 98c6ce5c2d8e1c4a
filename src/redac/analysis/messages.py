"""Feedback phrasing: each language's catalogue (``redac/lang/<code>/messages.py``), keyed by
(check, band). A language without a catalogue falls back to English.

Numbers are written the language's way wherever a message or a label shows them: « 40,5 % »
and « 1 234 mots » in French, "40.5%" and "1,234 words" in English.
"""

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


def label(lang: str, key: str, **figures: Any) -> str:
    """One of the report's own words (``labels`` of the language), with its figures filled in."""
    return _catalogue(lang).labels[key].format(**localized(lang, figures))


def number(lang: str, value: Any) -> str:
    """``value`` as the language writes it; anything but a number is returned as text."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    cat = _catalogue(lang)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", "\0").replace(".", cat.decimal).replace("\0", cat.thousands)


def localized(lang: str, figures: Mapping[str, Any]) -> dict[str, Any]:
    return {k: number(lang, v) for k, v in figures.items()}


def text(lang: str, check: str, band: str, figures: Mapping[str, Any]) -> str:
    """The message alone (no check title), starting with a capital."""
    body = _catalogue(lang).messages[check][band].format(**localized(lang, figures))
    return body[:1].upper() + body[1:]


def phrase(lang: str, check: str, band: str, figures: Mapping[str, Any]) -> str:
    """The message for a check's band, with its figures filled in, after the check's title."""
    cat = _catalogue(lang)
    body = cat.messages[check][band].format(**localized(lang, figures))
    return cat.line.format(title=cat.titles[check], text=body)
