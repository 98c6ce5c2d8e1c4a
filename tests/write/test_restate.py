"""A key point is a sentence's main clause, standing on its own."""

from __future__ import annotations

from redac.lang import get_language
from redac.nlp import parsed
from redac.write.clauses import units
from redac.write.restate import core

FR = get_language("fr")


def _tokens(text: str) -> list:  # type: ignore[type-arg]
    doc = parsed("fr", text)
    assert doc is not None
    return list(doc)


def test_never_the_subordinate_clause_the_parse_took_for_the_main_one() -> None:
    toks = _tokens(
        "Alors que le gouvernement a été vivement critiqué par l'opposition après l'attentat de "
        "Nice, le chef de l'État a appelé à l'apaisement."
    )
    for cap in (12, 16, 20):
        out = core(toks, FR, max_words=cap)
        assert not out.lower().startswith("alors que"), out


def test_an_attribution_pointing_back_is_no_key_point() -> None:
    toks = _tokens(
        "Comme pour le jogging, le vélo peut aussi impliquer une activité physique importante "
        "selon elle."
    )
    for cap in (12, 16, 20):
        assert "selon elle" not in core(toks, FR, max_words=cap)


def test_depending_on_is_no_attribution() -> None:
    """« selon l'utilisation » is a condition of the claim (*depending on*), « selon la police »
    says whose word it is."""
    use = _tokens(
        "Sa batterie garantira une autonomie située entre 16 et 32 km selon l'utilisation qui "
        "sera faite du véhicule."
    )
    police = _tokens("Le suspect a pris la fuite à pied vers le centre-ville, selon la police.")
    assert not [u for u in units(use, FR) if u.kind == "attribution"]
    assert [u for u in units(police, FR) if u.kind == "attribution"]


def test_a_quotation_answer_loses_the_comma_that_led_to_its_speaker() -> None:
    from redac.write.faq import _quotation
    from redac.write.sentences import Sentence

    text = (
        '"The President received a diet plan last year, but he has not followed it '
        'religiously," Gidley said.'
    )
    quote = "The President received a diet plan last year, but he has not followed it religiously,"
    s = Sentence(index=0, text=text, start=0, end=len(text), paragraph=0)
    assert _quotation(s, quote).endswith('religiously".')


def test_a_faq_asks_what_a_source_says_never_what_a_circumstance_says() -> None:
    from redac.write.faq import _names_source

    def noun_after_selon(text: str) -> object:
        toks = _tokens(text)
        k = next(i for i, t in enumerate(toks) if t.text.lower() == "selon")
        return next(t for t in toks[k + 1 :] if t.pos_ in ("NOUN", "PROPN", "PRON"))

    assert _names_source(noun_after_selon("Le bilan s'alourdit, selon la police."), FR)
    assert _names_source(noun_after_selon("Selon lui, le bilan va s'alourdir."), FR)
    assert _names_source(
        noun_after_selon("Le pays compte 181.704 morts, selon le décompte de l'université."), FR
    )
    assert not _names_source(
        noun_after_selon("L'autonomie varie entre 16 et 32 km selon la météo du jour."), FR
    )
