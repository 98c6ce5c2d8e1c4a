"""Language detection that names any language, cheaply for the ones redac supports.

1. The writing system of the letters (Unicode blocks) settles most non-Latin languages at
   once: Chinese, Japanese, Korean, Greek, Hebrew, Thai, Georgian, the Indic scripts...
   Scripts shared by several languages (Cyrillic, Arabic, Devanagari) go to lingua with only
   those languages.
2. Latin-script text goes to lingua with the supported languages and their neighbours (about
   50 ms cold). A supported language is believed when the text also looks like it, by the
   language's own ``detection`` data (``redac/lang/<code>/``): its letters are in the
   supported alphabets, and its commonest words come at the rate real prose has them
   (measured: 34 % and more for French, 27 % for English). Anything else is asked again with
   all of lingua's Latin-script languages (about 250 ms cold, paid only on the way to an error
   message, or for a text too short to be sure of) so that a Turkish, Swedish or Catalan
   article is named, not taken for English or French.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from redac.errors import LanguageError

# the languages a supported one is most often confused with: lingua's quick pass tells them apart
_NEIGHBOURS = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH")
MIN_CONFIDENCE = 0.5

# (first code point, last code point, script) — sorted, for the letters only
_BLOCKS = sorted(
    [
        (0x0041, 0x024F, "Latin"),
        (0x1E00, 0x1EFF, "Latin"),
        (0x0370, 0x03FF, "Greek"),
        (0x1F00, 0x1FFF, "Greek"),
        (0x0400, 0x052F, "Cyrillic"),
        (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"),
        (0x0600, 0x06FF, "Arabic"),
        (0x0750, 0x077F, "Arabic"),
        (0xFB50, 0xFDFF, "Arabic"),
        (0xFE70, 0xFEFF, "Arabic"),
        (0x0900, 0x097F, "Devanagari"),
        (0x0980, 0x09FF, "Bengali"),
        (0x0A00, 0x0A7F, "Gurmukhi"),
        (0x0A80, 0x0AFF, "Gujarati"),
        (0x0B00, 0x0B7F, "Oriya"),
        (0x0B80, 0x0BFF, "Tamil"),
        (0x0C00, 0x0C7F, "Telugu"),
        (0x0C80, 0x0CFF, "Kannada"),
        (0x0D00, 0x0D7F, "Malayalam"),
        (0x0D80, 0x0DFF, "Sinhala"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x0E80, 0x0EFF, "Lao"),
        (0x0F00, 0x0FFF, "Tibetan"),
        (0x1000, 0x109F, "Myanmar"),
        (0x10A0, 0x10FF, "Georgian"),
        (0x1100, 0x11FF, "Hangul"),
        (0x3130, 0x318F, "Hangul"),
        (0xAC00, 0xD7AF, "Hangul"),
        (0x1200, 0x139F, "Ethiopic"),
        (0x1780, 0x17FF, "Khmer"),
        (0x3040, 0x30FF, "Kana"),
        (0x31F0, 0x31FF, "Kana"),
        (0x3400, 0x4DBF, "Han"),
        (0x4E00, 0x9FFF, "Han"),
        (0xF900, 0xFAFF, "Han"),
        (0x20000, 0x2FFFF, "Han"),
    ]
)
_STARTS = [b[0] for b in _BLOCKS]

# scripts written by one language (for redac's purpose): code and English name
_SCRIPT_LANGUAGE = {
    "Greek": ("el", "Greek"),
    "Armenian": ("hy", "Armenian"),
    "Hebrew": ("he", "Hebrew"),
    "Bengali": ("bn", "Bengali"),
    "Gurmukhi": ("pa", "Punjabi"),
    "Gujarati": ("gu", "Gujarati"),
    "Oriya": ("or", "Odia"),
    "Tamil": ("ta", "Tamil"),
    "Telugu": ("te", "Telugu"),
    "Kannada": ("kn", "Kannada"),
    "Malayalam": ("ml", "Malayalam"),
    "Sinhala": ("si", "Sinhala"),
    "Thai": ("th", "Thai"),
    "Lao": ("lo", "Lao"),
    "Tibetan": ("bo", "Tibetan"),
    "Myanmar": ("my", "Burmese"),
    "Georgian": ("ka", "Georgian"),
    "Hangul": ("ko", "Korean"),
    "Ethiopic": ("am", "Amharic"),
    "Khmer": ("km", "Khmer"),
    "Kana": ("ja", "Japanese"),
    "Han": ("zh", "Chinese"),
}
# letters of the supported languages' alphabets, and the accents of the names they quote
_QUOTED_LETTERS = "ñáíóú"
_WORD = re.compile(r"[^\W\d_]+")

_NAMES = {c: n for c, n in _SCRIPT_LANGUAGE.values()}


@cache
def _supported() -> dict[str, Any]:
    """The registered languages' detection data (``LanguageData.detection``), by code."""
    from redac.lang import all_languages

    return {d.code: d.detection for d in all_languages()}


@cache
def _letters() -> frozenset[str]:
    alphabet = "".join(d.letters for d in _supported().values()) + _QUOTED_LETTERS
    return frozenset(alphabet + alphabet.upper())


def _looks_like(code: str, sample: str) -> bool:
    """Whether a sample lingua's quick pass calls a supported language reads as that
    language: next to no foreign letters, and enough of the language's commonest words."""
    d = _supported()[code]
    known = _letters()
    letters = [ch for ch in sample if ch.isalpha()]
    foreign = sum(1 for ch in letters if ch not in known)
    if foreign > 0.005 * len(letters):
        return False
    words = _WORD.findall(sample.lower())[:800]
    common = sum(1 for w in words if w in d.common_words)
    return common >= d.min_common_share * len(words)


def _script(ch: str) -> str | None:
    o = ord(ch)
    i = bisect_right(_STARTS, o) - 1
    if i >= 0 and o <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return None


def _script_counts(sample: str) -> tuple[dict[str, int], int]:
    counts: dict[str, int] = {}
    letters = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            s = _script(ch)
            if s is not None:
                counts[s] = counts.get(s, 0) + 1
    return counts, letters


@cache
def _detector(group: str) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = {
        "quick": lambda: [
            getattr(Language, n)
            for n in dict.fromkeys([*(d.lingua for d in _supported().values()), *_NEIGHBOURS])
        ],
        "Latin": Language.all_with_latin_script,
        "Cyrillic": Language.all_with_cyrillic_script,
        "Arabic": Language.all_with_arabic_script,
        "Devanagari": Language.all_with_devanagari_script,
    }[group]()
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def _lingua(group: str, sample: str) -> tuple[str, str, float]:
    values = _detector(group).compute_language_confidence_values(sample)
    if not values:
        raise LanguageError("cannot detect the language", hint="pass --lang")
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    return code, best.language.name.title(), float(best.value)


def identify(text: str) -> tuple[str, str, float]:
    """(ISO 639-1 code, English name, confidence) of the dominant language of ``text``."""
    sample = text[:5000]
    counts, letters = _script_counts(sample)
    if letters < 20 and len(sample.split()) < 3:
        raise LanguageError("too little text to detect its language", hint="pass --lang")
    script, n = max(counts.items(), key=lambda kv: kv[1], default=("Latin", 0))
    share = n / letters if letters else 0.0
    if script in ("Han", "Kana") and counts.get("Kana", 0) >= 0.1 * n:
        script, share = "Kana", (counts.get("Kana", 0) + counts.get("Han", 0)) / letters
    if script == "Latin" or share < 0.5:
        code, name, conf = _lingua("quick", sample)
        if code in _supported() and conf >= MIN_CONFIDENCE and _looks_like(code, sample):
            return code, name, conf
        return _lingua("Latin", sample)
    if script in ("Cyrillic", "Arabic", "Devanagari"):
        return _lingua(script, sample)
    code, name = _SCRIPT_LANGUAGE[script]
    return code, name, share


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) of the dominant language of ``text``."""
    code, _name, confidence = identify(text)
    return code, confidence


def language_name(code: str) -> str:
    d = _supported().get(code)
    return d.english_name if d is not None else _NAMES.get(code, code)


def detect_or_fail(text: str) -> str:
    """The code of a supported language the text is in; a ``LanguageError`` naming the
    language otherwise."""
    from redac.lang import SUPPORTED

    code, name, confidence = identify(text)
    if confidence < MIN_CONFIDENCE:
        raise LanguageError(
            f"the language is unclear (best guess {name}, {confidence:.0%})", hint="pass --lang"
        )
    if code not in SUPPORTED:
        raise LanguageError(
            f"the article is in {name} ({code}), which redac does not support yet; "
            f"supported: {', '.join(SUPPORTED)}",
            hint="pass --lang to force a language if the detection is wrong",
        )
    return code
