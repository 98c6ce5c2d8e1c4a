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
