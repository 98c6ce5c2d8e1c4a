"""Long sentences split at a seam that changes no claim, verified word by word."""

from __future__ import annotations

import pytest

from redac.lang import get_language
from redac.nlp import parse
from redac.text.words import words
from redac.write.split import split_sentence, verified

FR = get_language("fr")


def pieces(sentence: str) -> list[str]:
    return split_sentence(list(parse("fr", sentence)), FR)


def test_relative_clause_repeats_its_antecedent() -> None:
    s = (
        "Plusieurs milliers de manifestants sont ainsi attendus, dans un contexte de reprise de "
        "l'épidémie dans le pays, qui recense en moyenne quelque 1.500 nouveaux cas déclarés par jour."
    )
    out = pieces(s)
    assert len(out) == 2 and out[1].startswith("Le pays recense")
    assert set(words(s)) - {"qui"} <= {w for p in out for w in words(p)}


def test_coordinated_clauses_become_two_sentences() -> None:
    s = (
        "La Libye est en proie au chaos depuis la chute du régime de Mouammar Kadhafi en 2011, "
        "et le conflit a connu au cours de l'année écoulée une implication croissante de puissances étrangères."
    )
    out = pieces(s)
    assert len(out) == 2 and out[1].startswith("Le conflit a connu")


def test_ce_qui_becomes_cela() -> None:
    s = (
        "Le gouvernement a annoncé mardi une hausse de 12 % du budget consacré aux écoles rurales "
        "du département, ce qui porte le total des crédits à 40 millions d'euros cette année."
    )
    out = pieces(s)
    assert out and out[-1].startswith("Cela porte le total")


@pytest.mark.parametrize(
    "sentence",
    [
        # a reported statement: « a-t-il indiqué » bears on both halves
        "La réouverture de ce parc sera officialisée jeudi, et il en sera précisé les modalités "
        "ainsi que le sort des autres parcs d'attraction, a-t-il indiqué devant la presse locale.",
        # « non seulement … mais »: the halves only make sense together
        "Les applications sont devenues des alliées des automobilistes : non seulement elles "
        "informent des dangers de la route, mais elles alertent également sur les contrôles routiers.",
        # a short sentence is left alone
        "Le maire a inauguré mardi un parc de 3 hectares.",
    ],
)
def test_no_seam_where_a_claim_would_change(sentence: str) -> None:
    for p in pieces(sentence):
        assert "non seulement" not in p or "mais" in p
    if "a-t-il indiqué" in sentence or "3 hectares" in sentence:
        assert pieces(sentence) == []


def test_verification_refuses_a_new_word() -> None:
    original = "Le ministre a signé le traité et il a quitté la salle sous les applaudissements."
    good = ["Le ministre a signé le traité.", "Il a quitté la salle sous les applaudissements."]
    assert verified(original, good, [], FR)
    bad = [
        "Le ministre a signé le traité.",
        "Il a ensuite quitté la salle sous les applaudissements.",
    ]
    assert not verified(original, bad, [], FR)
    lost = ["Le ministre a signé le traité.", "Il a quitté la salle."]
    assert not verified(original, lost, [], FR)
