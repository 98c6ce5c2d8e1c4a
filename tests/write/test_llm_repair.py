"""Repairs without a model: unsupported sentences out, lost facts back in the source's words."""

from __future__ import annotations

from redac.facts import Fact
from redac.lang import get_language
from redac.write.llm.repair import Fixed, drop_unsupported, restore_lost

FR = get_language("fr")


def test_only_the_sentences_with_the_unsupported_item_go() -> None:
    paras = (
        "Le maire a présenté le plan mardi. Il coûtera 75 millions d'euros. Les travaux dureront deux ans.",
        "Selon la mairie, 75 % des parents approuvent.",
    )
    kept, dropped = drop_unsupported(paras, ["75 millions"], FR)
    assert kept == (
        "Le maire a présenté le plan mardi. Les travaux dureront deux ans.",
        "Selon la mairie, 75 % des parents approuvent.",
    )
    assert dropped == ("75 millions",)


def test_an_item_matches_whole_tokens_only() -> None:
    paras = ("Le traité date de 1999. Il compte 9 articles.",)
    kept, dropped = drop_unsupported(paras, ["9"], FR)
    assert kept == ("Le traité date de 1999.",) and dropped == ("9",)


def test_a_paragraph_left_empty_disappears_and_typography_is_kept() -> None:
    paras = ("Selon Moscou, 75 % approuvent.", "L’accord, signé en 1999, reste flou.")
    kept, _ = drop_unsupported(paras, ["75 %"], FR)
    assert kept == ("L’accord, signé en 1999, reste flou.",)


def test_lost_facts_come_back_in_the_source_sentence_in_source_order() -> None:
    source = [
        "En 1999, les deux pays ont signé un traité. Il visait une union.",
        "Le président a dit : « Nous sommes frères ». Puis il est parti.",
    ]
    lost = [
        Fact("quote", "Nous sommes frères", "nous sommes freres", 0, 1),
        Fact("date", "1999", "1999", 3, 0),
    ]
    paras, restored = restore_lost(("Un texte réécrit.",), lost, source, FR)
    assert paras == (
        "Un texte réécrit.",
        "En 1999, les deux pays ont signé un traité. Le président a dit : « Nous sommes frères ».",
    )
    assert set(restored) == {"1999", "Nous sommes frères"}
    assert "put back" in Fixed(paras, (), restored).describe()


def test_a_fact_not_found_in_any_sentence_is_not_claimed_restored() -> None:
    paras, restored = restore_lost(
        ("Texte.",), [Fact("number", "42", "42", 0, 0)], ["Rien ici."], FR
    )
    assert paras == ("Texte.",) and restored == ()


def test_repeated_sentences_go_and_are_counted() -> None:
    from redac.write.llm.repair import drop_repeats

    paras = ("Bien sûr. Bien sûr !", "Bien sûr.", "Le maire parle. Le Maire parle.")
    kept, removed = drop_repeats(paras, FR)
    assert kept == ("Bien sûr.", "Le maire parle.") and removed == 3


def test_a_looping_text_is_flagged_and_real_prose_is_not() -> None:
    from redac.write.llm.verify import repetitive

    assert repetitive("Bien sûr.\n\nBien sûr.")
    assert repetitive(" ".join(["la pala au"] * 30))  # no sentence repeats, the words do
    prose = (
        "Le maire de Lyon a présenté mardi un plan pour rénover quatre écoles. Les travaux "
        "commenceront en juillet et dureront deux ans. Les parents demandent depuis longtemps "
        "une meilleure isolation des bâtiments, jugés vétustes par les enseignants."
    )
    assert not repetitive(prose)


def test_a_field_of_the_format_written_out_as_text_is_removed() -> None:
    from redac.write.llm import prompts
    from redac.write.llm.repair import drop_format_leaks

    pattern = prompts.table("fr", "labels")["format_leak"]
    paras = (
        "Heading: Ouverture des écoles : le gouvernement tente de répondre aux maires",
        "Paragraphe 2 : le texte.",
        "Le titre : un mot qui peut ouvrir une phrase.",
        "Un vrai paragraphe.",
    )
    kept, n = drop_format_leaks(paras, pattern)
    assert kept == paras[2:] and n == 2
    assert "2 paragraphs that were the reply's format" in Fixed(kept, leaks=n).describe()
