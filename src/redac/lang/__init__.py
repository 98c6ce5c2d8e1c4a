"""Language registry: each language is one package under ``redac/lang/``, behind one lookup.

Adding a language is its folder (``redac/lang/xx/``, building a ``LanguageData`` named
``DATA``) plus one line in ``REGISTRY``; the contract test in ``tests/lang`` checks it
supplies every piece.
"""

from __future__ import annotations

from importlib import import_module

from redac.errors import LanguageError
from redac.lang.base import Flesch, LanguageData

REGISTRY: dict[str, str] = {
    "fr": "redac.lang.fr",
    "en": "redac.lang.en",
}
SUPPORTED = tuple(REGISTRY)
_CACHE: dict[str, LanguageData] = {}

__all__ = [
    "REGISTRY",
    "SUPPORTED",
    "Flesch",
    "LanguageData",
    "all_languages",
    "get_language",
    "language_from_locale",
]


def language_from_locale(locale: str) -> str:
    """``fr_FR`` / ``fr-BE`` / ``FR`` → ``fr``."""
    return locale.replace("-", "_").split("_")[0].strip().lower()


def get_language(code: str) -> LanguageData:
    """The data of a supported language; a clear error for any other."""
    lang = language_from_locale(code)
    if lang not in REGISTRY:
        raise LanguageError(
            f"language {code!r} is not supported",
            hint=f"supported languages: {', '.join(SUPPORTED)}",
        )
    if lang not in _CACHE:
        data = import_module(REGISTRY[lang]).DATA
        if not isinstance(data, LanguageData) or data.code != lang:
            raise TypeError(f"{REGISTRY[lang]}.DATA is not the LanguageData of {lang!r}")
        _CACHE[lang] = data
    return _CACHE[lang]


def all_languages() -> tuple[LanguageData, ...]:
    """Every registered language (for what must recognise all of them, such as "11 pour cent")."""
    return tuple(get_language(code) for code in REGISTRY)
