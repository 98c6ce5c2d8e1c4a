"""The date pattern's alternatives without a digit find what the whole pattern finds in a text
that has no digit (the claim checker scans such sentences with them only)."""

from __future__ import annotations

import pytest

from redac.facts.patterns import patterns
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
