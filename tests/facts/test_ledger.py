"""The fact ledger on hand-made sentences: each kind, each normalisation."""

from __future__ import annotations

import pytest

from redac.facts.check import check
from redac.facts.extract import extract
from redac.facts.normalize import entity_key, number_key, quote_key
from redac.ingest import parse


def ledger(text: str, lang: str = "fr"):  # type: ignore[no-untyped-def]
    return extract(parse(text, lang=lang))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("11%", "11 %"),
        ("11 %", "11 pour cent"),
        ("1 200", "1200"),
        ("3,5 millions", "3.5 millions"),
    ],
)
def test_number_normalisation(a: str, b: str) -> None:
    assert number_key(a) == number_key(b)


def test_quote_and_entity_keys() -> None:
    assert quote_key("« Nous ne céderons pas »") == quote_key('"Nous ne céderons pas"')
    assert entity_key("l’Union européenne") == entity_key("Union européenne")


def test_each_kind_is_extracted() -> None:
    led = ledger(
        "Le président russe Vladimir Poutine rencontrera Alexandre Loukachenko à Moscou les 5 et 6 avril. "
        "Selon l'institut, seulement 11% des habitants approuvent. « C'est une escalade », a déclaré Josep Borrell. "
        "Le traité avait été signé en 1999."
    )
    kinds = {(f.kind, f.text) for f in led.facts}
    assert ("entity", "Vladimir Poutine") in kinds and ("entity", "Moscou") in kinds
    assert ("number", "11%") in kinds
    assert ("date", "5 et 6 avril") in kinds and ("date", "1999") in kinds
    assert any(k == "quote" and t.startswith("C'est une escalade") for k, t in kinds)


def test_role_and_speaker() -> None:
    led = ledger(
        "Cette décision a déclenché une réaction de l'UE, le chef de la politique étrangère du bloc, Josep Borrell, "
        "affirmant qu'il s'agissait d'une « escalade irresponsable ». Le président russe Vladimir Poutine n'a pas réagi."
    )
    roles = {f.text: f.role for f in led.of("entity") if f.role}
    assert roles.get("Josep Borrell") == "le chef de la politique étrangère du bloc"
    assert roles.get("Vladimir Poutine") == "le président russe"
    assert led.of("quote")[0].label == "Josep Borrell"


def test_relative_dates_are_dates() -> None:
    led = ledger(
        "Le mois dernier, la Russie a annoncé un déploiement. Les ministres se réuniront mercredi à Minsk."
    )
    dates = {f.text.lower() for f in led.of("date")}
    assert {"le mois dernier", "mercredi"} <= dates


SOURCE = (
    "Un sondage réalisé par le sociologue Andrei Vardomatsky a révélé que seulement 11% étaient favorables. "
    "En 2019, les Biélorusses sont descendus dans la rue. « Nous resterons libres », a déclaré Svetlana Tikhanovskaïa."
)


def test_faithful_copy_has_nothing_invented_or_missing() -> None:
    led = ledger(SOURCE)
    c = check(SOURCE, led)
    assert c.ok and not c.missing
    assert all(v == 1.0 for v in c.kept.values())


def test_normalised_forms_are_not_invented() -> None:
    led = ledger(SOURCE)
    art = SOURCE.replace("11%", "11 pour cent").replace("Andrei Vardomatsky", "Vardomatsky")
    assert check(art, led).ok


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        (("11%", "12 %"), "number"),
        (("En 2019", "En 2018"), "date"),
        (("Nous resterons libres", "Nous resterons toujours libres"), "quote"),
        (("Andrei Vardomatsky", "Emmanuel Macron"), "entity"),
    ],
)
def test_invented_facts_are_caught(change: tuple[str, str], kind: str) -> None:
    led = ledger(SOURCE)
    c = check(SOURCE.replace(*change), led)
    assert any(i["kind"] == kind for i in c.invented), c.invented
    assert not c.ok


def test_dropped_fact_is_missing() -> None:
    led = ledger(SOURCE)
    c = check(SOURCE.replace("En 2019, les Biélorusses sont descendus dans la rue. ", ""), led)
    assert any(f.kind == "date" for f in c.missing)
    assert c.kept["date"] < 1.0


def test_english_rules() -> None:
    led = ledger(
        'Mayor Jane Holloway said the plan would cost 18 million dollars by 2027. "It is the biggest change," she said.',
        "en",
    )
    kinds = {(f.kind, f.text) for f in led.facts}
    assert ("entity", "Mayor Jane Holloway") in kinds
    assert ("number", "18 million") in kinds and ("date", "2027") in kinds
    assert any(k == "quote" for k, _ in kinds)


def test_only_sentences_with_a_word_new_to_the_source_are_parsed_for_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A name's words are words of its sentence: a sentence all of whose words are the
    source's (reordered, cut) cannot invent one, and is not sent to the parser."""
    import redac.facts.check as fact_check

    led = ledger(SOURCE)
    parsed: list[str] = []
    real = fact_check.entities

    def spy(text: str, lang: str) -> list[tuple[str, str, int]]:
        parsed.append(text)
        return real(text, lang)

    monkeypatch.setattr(fact_check, "entities", spy)
    reordered = "Svetlana Tikhanovskaïa a révélé le sondage. Andrei Vardomatsky a déclaré que les Biélorusses étaient libres."
    assert check(f"{SOURCE}\n\n{reordered}", led).ok
    assert parsed == []
    c = check(f"{SOURCE}\n\n{reordered} Emmanuel Macron a réagi.", led)
    assert parsed == ["Emmanuel Macron a réagi."]
    assert {"kind": "entity", "text": "Emmanuel Macron"} in c.invented
