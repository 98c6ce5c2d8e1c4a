"""The guard in front of the French tokenizer's compound-word pattern: proved on the pattern's
syntax, and giving the pattern's own answer on every word tried."""

from __future__ import annotations

import re

import pytest
import srsly
from hypothesis import given, settings
from hypothesis import strategies as st

from redac.nlp import JOINERS, _fast_token_match, _model_path
from redac.regexguard import always_contains, guarded


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"^a[-‑]b$", True),
        (r"(?i)(?:^a-b\w*$)|(?:^c'd$)", True),  # every branch has one
        (r"(?:^x-$)|(?:^y$)", False),  # one branch has none
        (r"^a(?:-b)?$", False),  # optional
        (r"^-*$", False),
        (r"^-+$", True),
        (r"^[-a]$", False),  # a class that also admits a letter
        (r"^[^a]$", False),
        (r"^.$", False),
        (r"(?=-)\w", False),  # a look-ahead consumes nothing: not counted
        (r"(", False),  # not a pattern
    ],
)
def test_what_every_match_must_hold(pattern: str, needs: bool) -> None:
    assert always_contains(pattern, "-‑'") is needs


def test_an_unproved_pattern_is_asked_everything() -> None:
    match = re.compile(r"^\w+$").match
    assert guarded(match, r"^\w+$", "-") is match
    g = guarded(re.compile("^a-b$").match, "^a-b$", "-")
    assert g("a-b") and g("ab") is None


def _french() -> str:
    data = srsly.msgpack_loads((_model_path("fr_core_news_sm") / "tokenizer").read_bytes())
    return _fast_token_match(data["token_match"])


FRENCH = _french()
RAW = re.compile(FRENCH).match
GUARDED = guarded(RAW, FRENCH, JOINERS)


def test_the_french_pattern_is_guarded() -> None:
    assert GUARDED is not RAW


WORDS = [
    "New-York", "prud'homme", "aujourd'hui", "porte-fenêtre", "Saint-Étienne", "l'État",
    "états-unis", "c'est-à-dire", "anti-âge", "Aix-en-Provence", "mot", "État", "12-3", "rock",
    "hip-hop", "hiphop", "ch'tiis", "r'garde", "grand'mère", "Val-d'Isère", "—", "'", "-",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_guarded_answers_as_the_pattern(word: str) -> None:
    assert (GUARDED(word) is None) == (RAW(word) is None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aàeéèiouyAÉSntrlhdk-–—‐‑'’ 0", max_size=14))
def test_guarded_answers_as_the_pattern_on_any_word(word: str) -> None:
    assert (GUARDED(word) is None) == (RAW(word) is None)
