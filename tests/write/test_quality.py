"""What an editor deletes on sight, measured the same way by the engine, the tests and the bench."""

from __future__ import annotations

from redac.lang import get_language
from redac.model import Article, FaqItem, Section
from redac.nlp import parse
from redac.write.heading_check import heading_problems, heading_report
from redac.write.quality import echoes, repeated_sentences

FR = get_language("fr")
SENTENCE = "Le conseil municipal a adopté mardi soir un plan de rénovation de toutes les écoles."


def article(sections: tuple[Section, ...], faq: tuple[FaqItem, ...] = ()) -> Article:
    return Article(
        "fr", "T", "T", "D", "t", "écoles", (), sections, faq, "Questions" if faq else ""
    )


def test_a_sentence_twice_and_an_echo_are_found() -> None:
    body = Section("", (SENTENCE,), kind="intro")
    points = Section("L'essentiel", (), kind="essentials", items=(SENTENCE,), origin="derived")
    a = article((body, points))
    assert repeated_sentences(a) == [SENTENCE]
    assert echoes(a) and echoes(a)[0][1] == SENTENCE
    short = Section("L'essentiel", (), kind="essentials", items=("Le conseil a adopté un plan.",))
    assert repeated_sentences(article((body, short))) == [] and echoes(article((body, short))) == []


def test_the_issues_broken_subheadings() -> None:
    assert "quotes" in heading_problems("Chose pour les grands spécialistes de la « tech", FR)
    assert "keyphrase glued on" in heading_problems(
        "Israël : le chef de la diplomatie américaine Mike Pompeo", FR, keyphrase="Israël"
    )
    assert "colons" in heading_problems("Routes : Sécurité routière : 700 km de routes", FR)
    assert "long" in heading_problems("Une " + "très " * 20 + "longue phrase", FR)
    assert "starts mid-phrase" in heading_problems("Qui visait à approfondir la coopération", FR)
    assert "points back" in heading_problems("Cette enquête", FR)
    assert heading_problems("Un fossé grandissant entre les Biélorusses et leur chef", FR) == []


def test_a_phrase_cut_out_of_the_source_is_found() -> None:
    text = "Le chef a expliqué que c'était une chose pour les grands spécialistes de la tech."
    doc = parse("fr", text)
    assert "cut" in heading_problems("Chose pour les grands spécialistes", FR, doc=doc)
    assert heading_problems("Les grands spécialistes de la tech", FR, doc=doc) == []


def test_duplicates_are_reported() -> None:
    s1 = Section("La réouverture des écoles", ("a",))
    s2 = Section("La réouverture des écoles", ("b",))
    assert heading_report(article((Section("", ("x",), kind="intro"), s1, s2)))


def test_phrases_the_small_parser_misreads_are_no_subheadings() -> None:
    # a verb read as a noun, after its clitic read as a determiner
    doc = parse("fr", "Un homme est décédé, comme le rapporte le site e-metropolitain.")
    assert heading_problems("Le rapporte le site e-metropolitain", FR, doc=doc)
    # a future read as a noun: the phrase stops on a verb that lost its complement
    doc = parse(
        "fr",
        "Si la personne se rend dans un autre lieu fréquenté par la personne visée, un droit de "
        "suite permettra de réaliser immédiatement une perquisition, incidente, dans cet autre lieu.",
    )
    assert heading_problems("Un droit de suite permettra", FR, doc=doc)
    assert heading_problems("La personne visée", FR, doc=doc) == []
    # a passive's agent hung on the noun, its participle left behind
    doc = parse(
        "fr",
        "Le pays a subi un plongeon sans précédent dû aux contraintes imposées aux activités "
        "économiques par la pandémie.",
    )
    assert heading_problems("Les activités économiques par la pandémie", FR, doc=doc)


def test_a_web_address_is_no_subheading() -> None:
    assert "web address" in heading_problems(
        "Https://www.gouvernement.fr/info-coronavirus/desinfox", FR
    )
    assert "web address" not in heading_problems("Le gouvernement et la désinformation", FR)


def test_a_name_the_tokenizer_cut_is_still_one_phrase() -> None:
    # « el-Fitr » is three tokens whose parse has two roots: the name is still whole
    doc = parse(
        "fr",
        "L'Aïd el-Fitr, qui marque la fin du ramadan, aura lieu mardi 4 juin, a annoncé lundi "
        "soir le Conseil.",
    )
    assert heading_problems("L'Aïd el-Fitr", FR, doc=doc) == []
