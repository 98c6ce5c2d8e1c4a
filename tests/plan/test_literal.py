"""The keyphrase as a matcher without French word forms reads it: its words as written."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from redac.lang import get_language
from redac.plan import literal

FR = get_language("fr")


def test_content_words_are_the_words_as_written() -> None:
    assert literal.content_words("réouverture des écoles", FR) == ("réouverture", "écoles")
    assert literal.content_words("état d'urgence", FR) == ("état", "d'urgence")
    assert literal.content_words("Notre-Dame", FR) == ("notre-dame",)


def test_a_word_form_is_not_the_word() -> None:
    # redac's analyser knows « école » is « écoles »; a literal matcher does not
    assert not literal.found("réouverture des écoles", "la réouverture de l'école", FR)
    assert literal.found("réouverture des écoles", "La réouverture des écoles lundi", FR)
    assert literal.found("école", "Il est entré dans l'école.", FR)  # an elision is fine
    assert not literal.found("aujourd", "aujourd'hui", FR)  # a piece of a word is not the word
    assert literal.found("Dame", "la cathédrale Notre-Dame", FR)
    assert literal.found("LIBAN", "Le Liban", FR)  # case aside


def test_count_is_the_rarest_word() -> None:
    text = "Paul Whelan a parlé. Paul est en prison."
    assert literal.count("Paul Whelan", text, FR) == 1
    assert literal.count("Paul", text, FR) == 2


def test_a_heading_holds_more_than_half_of_the_words() -> None:
    assert (
        literal.in_heading("Aston Martin DB5 Junior", "La version DB5 Vantage Junior", FR) is False
    )
    assert literal.in_heading("DB5 Junior", "La version DB5 Vantage Junior", FR)
    assert not literal.in_heading("Paul Whelan", "Paul", FR)  # half is not more than half


def test_at_start_allows_function_words_before() -> None:
    assert literal.at_start("Liban", "Le Liban veut former un gouvernement", FR)
    assert literal.at_start("Aïd el-Fitr", "L'Aïd el-Fitr fixée à mardi", FR)
    assert not literal.at_start("Jack Lang", "Costumes offerts à Jack Lang", FR)
    assert literal.whole("Jack Lang", "Costumes offerts à Jack Lang")


def test_density_band_weighs_the_keyphrase_length() -> None:
    low1, high1 = literal.density_band("Biélorussie", 700, FR)
    low3, high3 = literal.density_band("taux de change flottant", 700, FR)
    assert 2 <= low1 <= high1 and 2 <= low3 <= high3
    assert high3 < high1  # a longer keyphrase is needed fewer times
    assert literal.density_band("Liban", 10, FR) == (2, 2)  # never under two


def test_offered_counts_the_sections_a_naive_reading_counts() -> None:
    sections = [
        ["La version DB5 Vantage Junior", "Un jouet pour enfants"],
        ["Aston Martin présente sa voiture", "Le prix de la DB5"],
        ["Paul", "La prison de Lefortovo"],
        [],
        ["Une Junior électrique", "La DB5 Junior en série"],
    ]
    offered = literal.Offered(sections)
    for phrase in ("DB5 Junior", "Aston Martin DB5 Junior", "Paul Whelan", "Paul", "prison", ""):
        naive = sum(
            1 for cands in sections if any(literal.in_heading(phrase, c, FR) for c in cands)
        )
        assert offered.count(phrase, FR) == naive, phrase
    # a candidate that may not be used does not count, and only those that reflect the
    # keyphrase are asked about
    asked: list[str] = []

    def fine(c: str) -> bool:
        asked.append(c)
        return c != "La DB5 Junior en série"

    picky = literal.Offered(sections, [fine] * len(sections))
    assert picky.count("DB5 Junior", FR) == 1
    assert set(asked) == {"La version DB5 Vantage Junior", "La DB5 Junior en série"}


def test_counts_total_is_the_sum_of_the_counts() -> None:
    texts = ["Paul Whelan a parlé.", "Paul est en prison.", "Whelan, Paul Whelan.", ""]
    counts = literal.Counts(texts)
    for phrase in ("Paul Whelan", "Paul", "Whelan", "prison", "Paul Whelan"):  # asked twice too
        assert counts.total(phrase, FR) == sum(literal.count(phrase, t, FR) for t in texts)


_ALPHABET = "abéÉAB1_' -.\nßſKK"  # letters of both cases, a digit, joiners, folding oddities


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.text(_ALPHABET, min_size=1, max_size=4))
def test_pattern_finds_what_the_look_behind_first_pattern_finds(text: str, word: str) -> None:
    # the pattern looks at the character before the word from the word's end: the same matches
    # as the plain reading, which looks before the word first
    plain = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])(?!'[^\W_])", re.IGNORECASE)
    found = [m.span() for m in literal._pattern(word).finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
