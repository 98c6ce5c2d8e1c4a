from __future__ import annotations

import pytest

from redac.lang import get_language
from redac.lang.en.passive import is_passive

EN = get_language("en")


@pytest.mark.parametrize(
    ("word", "n"),
    [("cat", 1), ("table", 2), ("beautiful", 3), ("wanted", 2), ("jumped", 1), ("the", 1)],
)
def test_syllables(word: str, n: int) -> None:
    assert EN.count_syllables(word) == n


@pytest.mark.parametrize(
    ("a", "b"), [("cities", "city"), ("lanes", "lane"), ("council's", "council"), ("boxes", "box")]
)
def test_word_key(a: str, b: str) -> None:
    assert EN.word_key(a) == EN.word_key(b)


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("the plan was approved by the council", True),
        ("the lanes will be built by 2027", True),
        ("the mayor approved the plan", False),
        ("it is a big change", False),
    ],
)
def test_passive(sentence: str, passive: bool) -> None:
    assert is_passive(sentence.split()) is passive
