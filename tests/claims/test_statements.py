"""Multi-word connectors lose their content keys, wherever they start and however they
follow one another."""

from __future__ import annotations

from dataclasses import replace

import pytest

from redac.claims.lexicon import Lexicon, lexicon
from redac.claims.statements import _blank_connectors
from redac.claims.tokens import Tok, tokenize

TEXTS = {
    "fr": [
        "De la même façon, en outre, à l'inverse de ce qui précède, en fait il est venu.",
        "En en effet de de plus à à cause de la pluie, de surcroît, il n'en reste pas moins.",
    ],
    "en": ["In addition, as a result of in fact the rain, at the same time in in short he came."],
}


def _one_by_one(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    k = 0
    while k < len(toks):
        for phrase, _ in lex.connectors.get(toks[k].fold, ()):
            end = k + len(phrase)
            if tuple(t.fold for t in toks[k:end]) == phrase:
                for m in range(k, end):
                    if toks[m].key:
                        toks[m] = replace(toks[m], key="")
                k = end - 1
                break
        k += 1
    return toks


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_connectors_are_blanked_as_a_token_by_token_scan_does(lang: str) -> None:
    lex = lexicon(lang)
    for text in TEXTS[lang]:
        toks = tokenize(text, lex)
        got = _blank_connectors(list(toks), lex)
        assert got == _one_by_one(list(toks), lex)
        assert [t.key for t in got] != [t.key for t in toks]  # some connector was found
