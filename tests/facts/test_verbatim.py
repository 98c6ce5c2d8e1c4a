"""``Verbatim``'s index answers as the scan it replaces: a run of words is in a flat text
exactly when " w1 … wn " is a substring of it (the words one space apart)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redac.facts.check import Verbatim

_WORDS = st.sampled_from(["de", "la", "le", "et", "paris", "a", "il", "l", "x2"])


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(_WORDS, max_size=40),
    query=st.lists(_WORDS, min_size=1, max_size=6),
    n=st.integers(1, 3),
)
def test_runs_and_words_as_a_scan(text: list[str], query: list[str], n: int) -> None:
    flat = f" {' '.join(text)} "
    v = Verbatim(flat, n=n)
    phrase = " ".join(query)
    assert (f" {phrase} " in v) == (f" {phrase} " in flat)
    assert v.has(phrase) == (f" {phrase} " in flat)
    assert v.has_word(query[0]) == (query[0] in text)
    k = min(n, len(query))
    if k == n:
        runs = [i for i in range(len(text)) if text[i : i + n] == query[:n]]
        assert sorted(v.starts(query[:n])) == runs


def test_a_text_not_one_space_apart_is_searched() -> None:
    v = Verbatim("  de  la paris ", n=3)
    assert not v.spaced
    assert v.has("de  la") and not v.has("de la")
    assert "de la paris" in v and "la paris" in v
