"""The last resort for a section that offers no phrase: never a sentence said twice, never a
clause cut in the middle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redac.lang import get_language
from redac.plan.headings import _fallback, _weights

EN = get_language("en")
FR = get_language("fr")


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


_SCORE = """
from collections import Counter
from redac.analysis import keyphrase as kp
from redac.lang import get_language
from redac.plan.headings import _score
lang = get_language("fr")
span = "Le budget de la défense nationale augmente encore"
keys = list(dict.fromkeys(kp.text_keys(span, lang)))
# one large weight and several tiny ones: their sum depends on the order they are added in
weights = Counter({k: (1.0 if i == 0 else 1e-16) for i, k in enumerate(keys)})
print(repr(_score(span, weights, lang)))
"""


def test_a_candidates_score_is_the_same_whatever_the_hash_seed() -> None:
    """A heading's score once summed its words' weights over a set, whose order follows
    PYTHONHASHSEED: near ties flipped from one run to the next (a corpus article got one of
    two subheadings depending on the seed)."""
    import os
    import subprocess
    import sys

    scores = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run(
            [sys.executable, "-c", _SCORE], env=env, capture_output=True, text=True, check=True
        )
        scores.add(run.stdout.strip())
    assert len(scores) == 1, scores


# letters (cased, accented, a combining accent), joiners (apostrophes, hyphens, a decimal
# mark), spaces of every kind, a zero-width one, punctuation
_TEXT = st.text("abcéÉAB19 -'’.,_\u00a0\u200b\u0301\n", max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_TEXT, min_size=1, max_size=4), min_size=1, max_size=4))
def test_weights_read_per_paragraph_are_those_of_the_joined_sections(
    parts: list[list[str]],
) -> None:
    # the planner gives each section's paragraphs (their keys are cached); the section's text
    # is them joined by spaces, and no word spans that space
    joined = [[" ".join(texts)] for texts in parts]
    for lang in (FR, EN):
        by_paragraph, whole = _weights(parts, lang), _weights(joined, lang)
        assert [list(w.items()) for w in by_paragraph] == [list(w.items()) for w in whole]
