"""Facts checked across languages (English source, French article)."""

from __future__ import annotations

from redac.facts.cross import check_cross
from redac.facts.extract import extract
from redac.ingest import parse

SOURCE = (
    "Mayor Jane Holloway said the plan would cost 18 million dollars and start on 15 January 2027. "
    '"This is the biggest change to our streets," Holloway told reporters.'
)
MARK = ("(traduit de l'anglais)",)


def ledger():  # type: ignore[no-untyped-def]
    return extract(parse(SOURCE, lang="en"))


def test_faithful_translation_passes() -> None:
    fr = (
        "La maire Jane Holloway a indiqué que le plan coûterait 18 millions de dollars et débuterait le 15 janvier 2027. "
        "« C'est le plus grand changement pour nos rues » (traduit de l'anglais), a déclaré Holloway."
    )
    c = check_cross(fr, ledger(), "fr", MARK)
    assert c.ok, c.invented
    assert c.kept["number"] == 1.0 and c.kept["date"] == 1.0 and c.kept["quote"] == 1.0


def test_invented_number_and_unmarked_quote() -> None:
    fr = (
        "La maire Jane Holloway a indiqué que le plan coûterait 25 millions de dollars. "
        "« Nous ferons mieux que quiconque », a-t-elle ajouté."
    )
    c = check_cross(fr, ledger(), "fr", MARK)
    kinds = {i["kind"] for i in c.invented}
    assert {"number", "quote"} <= kinds
    assert any(f.kind == "date" for f in c.missing)


def test_invented_person() -> None:
    fr = "Le projet coûtera 18 millions de dollars, selon Pierre Durand, qui l'a annoncé le 15 janvier 2027."
    c = check_cross(fr, ledger(), "fr", MARK)
    assert any(i["kind"] == "entity" and "Durand" in i["text"] for i in c.invented)
