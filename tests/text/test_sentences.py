"""Sentence splitting: abbreviations and initials are no ends; the cached splits are fresh
lists; the look for an abbreviation in a sentence's last characters finds what a search of the
whole sentence finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redac.text.sentences import _TRAILING_WORD, _is_false_boundary, split_sentences
from redac.text.words import words


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "M. Dupont a parlé à J. Martin. Il est parti. Le Dr. House aussi."
    assert split_sentences(text, {"m", "dr"}) == [
        "M. Dupont a parlé à J. Martin.",
        "Il est parti.",
        "Le Dr. House aussi.",
    ]


def test_a_long_last_word_is_read_whole() -> None:
    # the last "word" runs past the characters looked at first: read from its start it is
    # "xy1…1b", no initial; its last characters alone would end in the initial "b"
    word = "xy" + "1" * 60 + "b"
    assert split_sentences(f"Voici {word}. Et ensuite.") == [f"Voici {word}.", "Et ensuite."]


def test_each_call_gets_its_own_list() -> None:
    first = split_sentences("Une phrase. Une autre.")
    first.append("changed")
    assert split_sentences("Une phrase. Une autre.") == ["Une phrase.", "Une autre."]
    ws = words("Le mot, le mot.")
    ws.clear()
    assert words("Le mot, le mot.") == ["Le", "mot", "le", "mot"]


def _searched_whole(head: str, abbreviations: frozenset[str]) -> bool:
    m = _TRAILING_WORD.search(head)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return len(word) == 1 or word in abbreviations


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1_. -éM'", max_size=140), st.sampled_from(["", ".", "b."]))
def test_the_last_characters_decide_as_the_whole_does(body: str, end: str) -> None:
    head = body + end
    for abbreviations in (frozenset(), frozenset({"b", "ab", "m"})):
        assert _is_false_boundary(head, abbreviations) == _searched_whole(head, abbreviations)
