"""Boundary tables: every threshold, on both sides, straight from the configuration."""

from __future__ import annotations

from dataclasses import replace

import pytest

from redac.analysis import Paper, analyze_paper
from redac.analysis.assessments import rating, seo
from redac.analysis.assessments import readability as rd
from redac.analysis.config import CORNERSTONE, DEFAULT
from redac.analysis.research import research


def _para(n: int, word: str = "mot") -> str:
    return "<p>" + " ".join([word] * n) + ".</p>"


@pytest.mark.parametrize(
    ("score", "color"),
    [
        (-50, "red"),
        (0, "red"),
        (4, "red"),
        (5, "orange"),
        (7, "orange"),
        (8, "green"),
        (9, "green"),
    ],
)
def test_rating_bands(score: int, color: str) -> None:
    assert rating(score) == color


@pytest.mark.parametrize(
    ("words", "score"),
    [(300, 9), (299, 6), (250, 6), (249, 3), (200, 3), (199, -10), (100, -10), (99, -20)],
)
def test_text_length(words: int, score: int) -> None:
    r = research(Paper(text=_para(words)))
    assert seo.text_length(r, Paper(text=""), DEFAULT["text_length"]).score == score


@pytest.mark.parametrize(("words", "score"), [(900, 9), (899, 6), (400, 6), (399, -20)])
def test_text_length_cornerstone(words: int, score: int) -> None:
    r = research(Paper(text=_para(words)))
    assert seo.text_length(r, Paper(text=""), CORNERSTONE["text_length"]).score == score


@pytest.mark.parametrize(("length", "score"), [(0, 1), (120, 6), (121, 9), (156, 9), (157, 6)])
def test_meta_description_length(length: int, score: int) -> None:
    p = Paper(text=_para(10), description="x" * length)
    assert (
        seo.meta_description_length(research(p), p, DEFAULT["meta_description_length"]).score
        == score
    )


@pytest.mark.parametrize(("longest", "score"), [(150, 9), (151, 6), (200, 6), (201, 3)])
def test_paragraph_length(longest: int, score: int) -> None:
    p = Paper(text=_para(20) + _para(longest))
    assert rd.paragraph_length(research(p), p, DEFAULT["paragraph_length"]).score == score


def _sentences(long_: int, short: int) -> str:
    s = ["<p>" + " ".join(["long"] * 21) + ".</p>"] * long_ + ["<p>Court et net ici.</p>"] * short
    return "".join(s)


@pytest.mark.parametrize(
    ("long_", "short", "score"), [(25, 75, 9), (26, 74, 6), (30, 70, 6), (31, 69, 3)]
)
def test_sentence_length(long_: int, short: int, score: int) -> None:
    p = Paper(text=_sentences(long_, short))
    assert rd.sentence_length(research(p), p, DEFAULT["sentence_length"]).score == score


@pytest.mark.parametrize(
    ("passive", "active", "score"), [(10, 90, 9), (11, 89, 6), (15, 85, 6), (16, 84, 3)]
)
def test_passive_voice(passive: int, active: int, score: int) -> None:
    text = (
        "<p>La loi a été votée hier.</p>" * passive
        + "<p>Le maire parle aux habitants.</p>" * active
    )
    p = Paper(text=text)
    assert rd.passive_voice(research(p), p, DEFAULT["passive_voice"]).score == score


@pytest.mark.parametrize(
    ("with_tw", "without", "score"), [(19, 81, 3), (20, 80, 6), (29, 71, 6), (30, 70, 9)]
)
def test_transition_words(with_tw: int, without: int, score: int) -> None:
    text = (
        "<p>Cependant le maire parle.</p>" * with_tw
        + "<p>Le maire parle aux habitants.</p>" * without
    )
    p = Paper(text=text)
    assert rd.transition_words(research(p), p, DEFAULT["transition_words"]).score == score


@pytest.mark.parametrize(("section", "score"), [(300, 9), (301, 6), (350, 6), (351, 3)])
def test_subheading_distribution(section: int, score: int) -> None:
    p = Paper(
        text="<p>Intro courte ici.</p><h2>Titre</h2>"
        + _para(section)
        + "<h2>Autre</h2>"
        + _para(50)
    )
    assert (
        rd.subheading_distribution(research(p), p, DEFAULT["subheading_distribution"]).score
        == score
    )


def test_long_text_without_subheadings_is_red() -> None:
    p = Paper(text=_para(400))
    assert rd.subheading_distribution(research(p), p, DEFAULT["subheading_distribution"]).score == 2


@pytest.mark.parametrize(
    ("width_title", "score"),
    [
        ("", 1),
        ("Court", 6),
        ("Un titre de longueur moyenne pour la page web ok", 9),
        ("Un titre beaucoup trop long " * 4, 3),
    ],
)
def test_title_width(width_title: str, score: int) -> None:
    p = Paper(text=_para(10), title=width_title)
    assert seo.seo_title_width(research(p), p, DEFAULT["seo_title_width"]).score == score


@pytest.mark.parametrize(
    ("kp", "score"),
    [
        ("Biélorussie", 9),
        ("intégration de la Biélorussie", 9),
        ("un deux trois quatre cinq fusée", 9),
        ("Russie Biélorussie intégration union défense", 6),
        ("a b c d e f g h i", 3),
    ],
)
def test_keyphrase_length(kp: str, score: int) -> None:
    words = {"a b c d e f g h i": "alpha beta gamma delta epsilon zeta eta theta iota"}.get(kp, kp)
    p = Paper(text=_para(10), keyphrase=words)
    assert seo.keyphrase_length(research(p), p, DEFAULT["keyphrase_length"]).score == score


def test_function_word_keyphrase_is_flagged() -> None:
    p = Paper(text=_para(10), keyphrase="de la")
    out = seo.function_words_in_keyphrase(research(p), p, DEFAULT["function_words_in_keyphrase"])
    assert out is not None and out.band == "bad"


@pytest.mark.parametrize(
    ("count", "band"), [(0, "none"), (1, "under"), (3, "good"), (12, "way_over")]
)
def test_keyphrase_density(count: int, band: str) -> None:
    filler = "<p>" + " ".join(["texte"] * 290) + ".</p>"
    p = Paper(text=filler + "<p>Biélorussie.</p>" * count, keyphrase="Biélorussie")
    out = seo.keyphrase_density(research(p), p, DEFAULT["keyphrase_density"])
    assert out is not None and out.band == band


@pytest.mark.parametrize(
    ("h2", "matches", "band"),
    [
        (4, 0, "no_match"),
        (4, 1, "too_few"),
        (4, 2, "good"),
        (4, 3, "good"),
        (4, 4, "too_many"),
        (1, 1, "good"),
    ],
)
def test_keyphrase_in_subheadings(h2: int, matches: int, band: str) -> None:
    parts = [
        f"<h2>{'La Biélorussie' if i < matches else 'Autre chose'} {i}</h2>" + _para(40)
        for i in range(h2)
    ]
    p = Paper(text=_para(40) + "".join(parts), keyphrase="Biélorussie")
    out = seo.keyphrase_in_subheadings(research(p), p, DEFAULT["keyphrase_in_subheadings"])
    assert out is not None and out.band == band


def test_cornerstone_profile_is_stricter() -> None:
    base = Paper(text=_para(500), keyphrase="mot", slug="autre", title="Mot")
    assert analyze_paper(base).check("text_length").rating == "green"  # type: ignore[union-attr]
    assert analyze_paper(replace(base, cornerstone=True)).check("text_length").rating == "orange"  # type: ignore[union-attr]
