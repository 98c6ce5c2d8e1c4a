"""``extras.original_text``: a sentence with straightened apostrophes found back with the
source's typography, the first stretch that reads as it does."""

from __future__ import annotations

from redac.write.extras import original_text


def test_curly_apostrophes_come_back() -> None:
    para = "Il l’a dit. Puis l'a redit : l’État (sic) a 3 ans ?"
    assert original_text("Il l'a dit.", (para,)) == "Il l’a dit."
    assert original_text("Puis l'a redit : l'État (sic) a 3 ans ?", (para,)) == (
        "Puis l'a redit : l’État (sic) a 3 ans ?"
    )


def test_first_paragraph_that_holds_it_and_no_break_spaces() -> None:
    paras = ("Rien.", "Le 3\u00a0mars, l’équipe.", "Le 3 mars, l'équipe.")
    assert original_text("Le 3 mars, l'équipe.", paras) == "Le 3 mars, l’équipe."


def test_a_curly_apostrophe_asked_stays_curly() -> None:
    assert original_text("l’a", ("l'a, puis l’a",)) == "l’a"
    assert original_text("l’a", ("l'a",)) == "l’a"  # not found: the sentence itself


def test_not_found_is_the_sentence() -> None:
    assert original_text("Absent (ici).", ("Autre chose.",)) == "Absent (ici)."
