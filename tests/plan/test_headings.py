"""The last resort for a section that offers no phrase: never a sentence said twice, never a
clause cut in the middle."""

from __future__ import annotations

from redac.lang import get_language
from redac.plan.headings import _fallback

EN = get_language("en")


def test_the_fallback_never_repeats_a_long_sentence_nor_cuts_a_clause() -> None:
    text = (
        "The restroom encounter left red marks all over my arm, but the manager didn't care. "
        "The offender has left town and moved out of state."
    )
    h = _fallback(text, EN, set())
    assert h == "The restroom encounter left red marks all over my arm"
    # the shorter sentence (10 words, one clause) would have been the heading, word for word
    assert "offender" not in h


def test_the_fallback_keeps_a_short_sentence_whole() -> None:
    assert _fallback("the mayor resigned on Monday. It was raining all day long.", EN, set()) in (
        "The mayor resigned on Monday",
        "It was raining all day long",
    )


def test_a_name_heading_never_ends_on_a_possessive() -> None:
    from redac.plan.headings import _undangled

    # the names the fallback offers last, when no clause of the section will do
    assert _undangled("Hillary Clinton's", EN) == "Hillary Clinton"
    assert _undangled("Hillary Clinton\u2019s", EN) == "Hillary Clinton"
    assert _undangled("Harold Bornstein", EN) == "Harold Bornstein"
    assert _undangled("Les Républicains", get_language("fr")) == "Les Républicains"


def test_signatures_in_capitals_and_possessives_are_no_subheadings() -> None:
    from redac.write.heading_check import heading_problems

    assert "all capitals" in heading_problems("FEELING LIKE SECOND RATE DEAR FEELING", EN)
    assert "ends mid-phrase" in heading_problems("Hillary Clinton's", EN)
    assert heading_problems("Hillary Clinton", EN) == []
    assert heading_problems("FMI", EN) == []  # an acronym alone is a name
    # an author's own subheading in capitals is the author's choice
    assert heading_problems("RETOUR DES PERQUISITIONS", get_language("fr"), made=False) == []


def test_ranked_checks_only_the_candidates_asked_for() -> None:
    from redac.plan.headings import Ranked

    asked: list[str] = []

    def problems(h: str) -> list[str]:
        asked.append(h)
        return ["cut"] if "bad" in h else []

    cands = ["bad one", "first good", "bad two", "second good", "third good", "fourth good"]
    ranked = Ranked(cands, problems)
    assert ranked.first(2) == ["first good", "second good"]
    assert asked == cands[:4]  # no further than needed
    # what the wanted ones are is asked first: the others are never checked
    assert ranked.first(1, lambda h: h.startswith("fourth")) == ["fourth good"]
    assert "third good" not in asked
    # each checked once; iterating gives the good ones, in rank order
    assert list(ranked) == [c for c in cands if "bad" not in c]
    assert sorted(asked) == sorted(cands)
