"""Clauses skip the words that negate, qualify and compare nothing: the same clauses as when
every word is looked up."""

from __future__ import annotations

import pytest

from redac.claims import frames
from redac.claims.lexicon import lexicon
from redac.claims.tokens import tokenize

TEXTS = {
    "fr": [
        "Le ministre n'a pas confirmé que la hausse serait plus forte que prévu.",
        "Il pourrait essayer de réduire les impôts, selon lui, mais il a annoncé qu'il viendrait.",
        "Au moins dix personnes ont été blessées ; de plus, la police a dit qu'elle enquêtait.",
    ],
    "en": [
        "The minister didn't confirm that the rise would be higher than expected.",
        "He may try to cut taxes, at least he said so, and never more than twice a year.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_skipping_idle_words_changes_no_clause(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = lexicon(lang)
    for text in TEXTS[lang]:
        toks = tokenize(text, lex)
        fast = frames.clauses(toks, lex)
        every = frozenset(t.fold for t in toks), frozenset(t.key for t in toks if t.key)
        with monkeypatch.context() as m:
            m.setattr(frames, "_hot", lambda _lex, every=every: every)
            slow = frames.clauses(toks, lex)
        assert fast == slow
    assert any(
        c.neg or c.modal or c.compare
        for t in TEXTS[lang]
        for c in frames.clauses(tokenize(t, lex), lex)
    )
