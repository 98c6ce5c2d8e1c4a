"""The date pattern's alternatives without a digit find what the whole pattern finds in a text
that has no digit (the claim checker scans such sentences with them only)."""

from __future__ import annotations

import pytest

from redac.facts.patterns import dates_in, patterns
from redac.lang import get_language

TEXTS = {
    "fr": [
        "Hier, le ministre a parlé ; lundi et mardi prochain, il reviendra.",
        "Le mois dernier, en mars, la réunion de Lundiville a eu lieu aujourd'hui.",
        "Aucune date ici, seulement des mots : samedis, dimanche-là, l'an dernier.",
    ],
    "en": [
        "Yesterday the minister spoke; on Monday and next Tuesday he returns.",
        "Last month, in March, the Mondays meeting took place today.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_date_words_find_what_date_finds_without_digits(lang: str) -> None:
    p = patterns(lang)
    f = get_language(lang).facts
    texts = [*TEXTS[lang], " ".join(f.weekdays), " ; ".join(f.relative_dates), " ".join(f.months)]
    for text in texts:
        assert not any(c.isdigit() for c in text)
        whole = [m.span() for m in p.date.finditer(text)]
        assert [m.span() for m in p.date_words.finditer(text)] == whole
    assert any(p.date_words.search(t) for t in TEXTS[lang])


DATED = {
    "fr": [
        "Le 14 mars 2024, lundi 3 et 4 avril. Rien ici. Le 1er janvier au 2 février 1999-2001.",
        "Hier. 12,5 % en 2023 ; mardi 5 juin, puis le mois prochain. Fin.",
        "Le 7\n\njuillet. Avant-hier 3 août. Juin 2020.",
    ],
    "en": [
        "On March 14, 2024, Monday 3 and 4 April. Nothing. From 1st January to 2 February.",
        "Yesterday. 12.5% in 2023; Tuesday 5 June, then next month. End. June 2020",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dates_in_finds_what_date_finds(lang: str) -> None:
    """Sentence by sentence, with the short pattern where no digit is: the same dates, at
    the same offsets, as the whole pattern over the whole text — on set texts and on
    random ones built of the pattern's own words, digits, spaces and stops."""
    import random

    p = patterns(lang)
    f = get_language(lang).facts
    rng = random.Random(8)
    parts = [*f.months, *f.weekdays, *f.relative_dates, *f.date_joiners]
    parts += ["1", "14", "2024", "1999", "er", "th", " ", ".", ", ", "-", "–", "\n\n", "Le", "3.5"]
    texts = list(DATED[lang])
    for _ in range(3000):
        texts.append("".join(rng.choice(parts) + rng.choice(["", " ", "."]) for _ in range(12)))
    texts.append(" ".join(texts))
    assert p.by_sentence
    for text in texts:
        whole = [(m.span(), m.group(0)) for m in p.date.finditer(text)]
        assert [(m.span(), m.group(0)) for m in dates_in(text, lang)] == whole


def test_a_long_texts_dates_are_found_once() -> None:
    """The ledger and the fact check scan the same long source: the second asks get the
    matches the first found (the same objects), for that text and language only."""
    text = " ".join(["Le 14 mars 2024, la ligne a ouvert."] * 800)
    assert len(text) > 20_000
    first, again = list(dates_in(text, "fr")), list(dates_in(text, "fr"))
    assert first and all(a is b for a, b in zip(first, again, strict=True))
    other = list(dates_in(text + " Le 2 avril.", "fr"))
    assert len(other) == len(first) + 1 and other[0] is not first[0]
