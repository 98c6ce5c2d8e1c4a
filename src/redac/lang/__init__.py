"""Language registry: per-language data modules behind one lookup."""

from __future__ import annotations

from importlib import import_module

from redac.errors import LanguageError
from redac.lang.base import Flesch, LanguageData

SUPPORTED = ("fr", "en")
_CACHE: dict[str, LanguageData] = {}

__all__ = ["SUPPORTED", "Flesch", "LanguageData", "get_language", "language_from_locale"]


def language_from_locale(locale: str) -> str:
    """``fr_FR`` / ``fr-BE`` / ``FR`` → ``fr``."""
    return locale.replace("-", "_").split("_")[0].strip().lower()


def get_language(code: str) -> LanguageData:
    """The data of a supported language; a clear error for any other."""
    lang = language_from_locale(code)
    if lang not in SUPPORTED:
        raise LanguageError(
            f"language {code!r} is not supported",
            hint=f"supported languages: {', '.join(SUPPORTED)}",
        )
    if lang not in _CACHE:
        _CACHE[lang] = import_module(f"redac.lang.{lang}").DATA
    return _CACHE[lang]
