"""Feedback phrasing, one catalogue per language, keyed by (check, band).

A catalogue module defines ``TITLES`` (check → name), ``MESSAGES`` (check → band → template)
and ``LINE`` (how a title and a message join, which is typographic: "Titre : texte").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Any

from redac.lang import SUPPORTED


@cache
def _module(lang: str) -> ModuleType:
    return import_module(f"redac.analysis.messages.{lang if lang in SUPPORTED else 'en'}")


def catalogue(lang: str) -> Mapping[str, Mapping[str, str]]:
    messages: Mapping[str, Mapping[str, str]] = _module(lang).MESSAGES
    return messages


def title(lang: str, check: str) -> str:
    return str(_module(lang).TITLES[check])


def phrase(lang: str, check: str, band: str, figures: Mapping[str, Any]) -> str:
    """The message for a check's band, with its figures filled in."""
    mod = _module(lang)
    text = mod.MESSAGES[check][band].format(**figures)
    return str(mod.LINE.format(title=mod.TITLES[check], text=text))
