"""One gate for every derived item: faithful, and never a restatement of what is shown."""

from __future__ import annotations

from redac.facts.extract import extract
from redac.ingest import parse
from redac.lang import get_language
from redac.write.gate import Derived, Gate

FR = get_language("fr")
TEXT = (
    "Le conseil municipal de Rennes a adopté mardi soir un plan de rénovation des écoles d'un "
    "montant de 42 millions d'euros, après plus de trois heures de débat dans l'hémicycle.\n\n"
    "Les travaux commenceront en juillet 2025 dans trois groupes scolaires du quartier de Maurepas."
)


def gate(**kw: object) -> Gate:
    src = parse(TEXT, lang="fr")
    return Gate(extract(src), FR, src.paragraphs, **kw)  # type: ignore[arg-type]


def test_a_compact_restatement_passes() -> None:
    g = gate()
    s = parse(TEXT, lang="fr").paragraphs[0]
    assert g.accept(Derived("key_point", "Le conseil municipal de Rennes a adopté un plan.", s))


def test_an_echo_of_a_body_sentence_is_refused() -> None:
    g = gate()
    near = "Les travaux commenceront en juillet 2025 dans trois groupes scolaires de Maurepas."
    assert not g.accept(Derived("key_point", near))
    assert g.refused[-1][1] == "restates a body sentence"


def test_an_item_never_restates_another() -> None:
    g = gate()
    assert g.accept(Derived("timeline", "2025 — Les travaux commenceront."))
    assert not g.accept(Derived("key_point", "Les travaux commenceront."))


def test_an_invented_number_is_refused() -> None:
    g = gate()
    assert not g.accept(Derived("key_point", "Le plan coûtera 57 millions d'euros aux familles."))
    assert g.refused[-1][1] == "not faithful"


def test_the_claim_checker_plugs_in() -> None:
    seen: list[Derived] = []

    def claims(item: Derived) -> bool:
        seen.append(item)
        return False

    g = gate(claims=claims)
    assert not g.accept(Derived("key_point", "Le conseil municipal de Rennes a adopté un plan."))
    assert seen and seen[0].kind == "key_point"
