"""What the rest of redac needs to know about a language, as one immutable record.

Every language is a data module (``fr.py``, ``en.py``...) that builds one ``LanguageData``.
Code never branches on the language code: it asks the record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Flesch:
    """Reading-ease formula ``base - asl * words/sentence - asw * syllables/word``."""

    base: float
    asl: float
    asw: float
    name: str

    def score(self, words: int, sentences: int, syllables: int) -> float:
        if not words or not sentences:
            return 0.0
        return self.base - self.asl * (words / sentences) - self.asw * (syllables / words)


@dataclass(frozen=True, eq=False)  # one instance per language: identity is equality
class LanguageData:
    code: str
    name: str
    locale: str
    function_words: frozenset[str]
    transition_words: frozenset[str]
    two_part_transitions: tuple[tuple[str, str], ...]
    first_word_exceptions: frozenset[str]
    elisions: tuple[str, ...]
    abbreviations: frozenset[str]
    flesch: Flesch | None
    count_syllables: Callable[[str], int]
    word_key: Callable[[str], str]
    passive: Callable[[list[str]], bool] | None
    # words that may stand between an auxiliary and the participle ("est très souvent cité")
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_function_words(self) -> bool:
        return bool(self.function_words)
