"""Language detection with lingua, limited to the languages redac may meet."""

from __future__ import annotations

from functools import cache
from typing import Any

from redac.errors import LanguageError

_CANDIDATES = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH")
MIN_CONFIDENCE = 0.5


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, n) for n in _CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) of the dominant language of ``text``."""
    sample = text[:5000]
    if len(sample.split()) < 3:
        raise LanguageError("too little text to detect its language", hint="pass --lang")
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        raise LanguageError("cannot detect the language", hint="pass --lang")
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


def detect_or_fail(text: str) -> str:
    code, confidence = detect(text)
    if confidence < MIN_CONFIDENCE:
        raise LanguageError(
            f"the language is unclear (best guess {code}, {confidence:.0%})", hint="pass --lang"
        )
    return code
