"""French typography in the exports: the language's rules, applied to prose only."""

from __future__ import annotations

import pytest

from redac.export.typography import typeset

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Il a ajouté: « La Biélorussie »", f"Il a ajouté{NBSP}: «{NNBSP}La Biélorussie{NNBSP}»"),
        ("Qui est-ce ? Vraiment!", f"Qui est-ce{NNBSP}? Vraiment{NNBSP}!"),
        ("seulement 11% ; 11 %", f"seulement 11{NNBSP}%{NNBSP}; 11{NNBSP}%"),
        (
            "1 229 kg, 700 km, 90 km/h, 42 €",
            f"1{NNBSP}229{NNBSP}kg, 700{NNBSP}km, 90{NNBSP}km/h, 42{NNBSP}€",
        ),
        ("«Bonjour»", f"«{NNBSP}Bonjour{NNBSP}»"),
        ("D'autre part, l'homme d’État", "D’autre part, l’homme d’État"),
        ("'Bonjour', 'a' et 2'30", "'Bonjour', 'a' et 2'30"),  # quotes, minutes: not apostrophes
    ],
)
def test_french_rules(text: str, want: str) -> None:
    assert typeset(text, "fr") == want


def test_addresses_code_and_times_are_left_alone() -> None:
    text = (
        "Voir https://ex.fr/a:b?c=1, www.ex.fr/x:y, `a:b` et à 10:30 : fin l'an https://ex.fr/l'a"
    )
    out = typeset(text, "fr")
    assert "https://ex.fr/a:b?c=1," in out and "www.ex.fr/x:y," in out and "`a:b`" in out
    assert "10:30" in out and out.endswith(f"10:30{NBSP}: fin l\u2019an https://ex.fr/l'a")


def test_idempotent_and_english_untouched() -> None:
    once = typeset("Il a dit : « oui » à 95 %", "fr")
    assert typeset(once, "fr") == once
    assert typeset("He said: “yes”? 95% sure!", "en") == "He said: “yes”? 95% sure!"
    assert typeset("It's John's", "en") == "It's John's"
