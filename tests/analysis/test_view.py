"""One report view for every output: grouping, labels, French numbers, marks."""

from __future__ import annotations

import json
import re

import pytest
from tests.cli_helpers import ROOT, run

import redac
from redac.analysis import messages
from redac.analysis.render import html_report, rich_table
from redac.analysis.view import report_view

EXAMPLE = (ROOT / "examples" / "article-fr.txt").read_text(encoding="utf-8")
IDS = re.compile(r"\b[a-z]+_[a-z_]+\b")  # a check id such as keyphrase_length


@pytest.fixture(scope="module")
def analysis() -> redac.Analysis:
    return redac.analyze_document(EXAMPLE, keyphrase="Biélorussie")


def test_numbers_are_written_the_language_way() -> None:
    assert messages.number("fr", 40.5) == "40,5"
    assert messages.number("fr", 1234) == "1\u202f234"
    assert messages.number("fr", 3.0) == "3"
    assert messages.number("en", 40.5) == "40.5"
    assert messages.number("en", 1234.25) == "1,234.25"
    assert messages.number("fr", "le, la") == "le, la"  # words stay words
    text = messages.phrase("fr", "sentence_length", "bad", {"percent": 40.5, "max_words": 20})
    assert "40,5 %" in text and "40.5" not in text


def test_checks_are_grouped_problems_improvements_good(analysis: redac.Analysis) -> None:
    view = report_view(analysis)
    assert [p.key for p in view.panels] == ["seo", "readability"]
    for panel, checks in zip(view.panels, (analysis.seo, analysis.readability), strict=True):
        assert [g.key for g in panel.groups] == ["problems", "improvements", "good"]
        rating = {"problems": "red", "improvements": "orange", "good": "green"}
        grouped = [c.id for g in panel.groups for c in g.checks]
        assert sorted(grouped) == sorted(c.id for c in checks)  # every check, once
        for g in panel.groups:
            assert all(c.rating == rating[g.key] for c in g.checks)
    seo = view.panels[0]
    assert seo.title == "Référencement (SEO)" and seo.verdict in (
        "Bon",
        "Correct",
        "À retravailler",
    )
    assert [g.title for g in seo.groups] == [
        "Problèmes",
        "Améliorations possibles",
        "Bons résultats",
    ]


def test_no_keyphrase_is_a_problem_in_words_not_a_score() -> None:
    view = report_view(redac.analyze_document(EXAMPLE))
    problems = view.panels[0].groups[0].checks
    kp = next(c for c in problems if c.id == "keyphrase_length")
    assert kp.label == "Longueur de la requête" and "-999" not in kp.text
    assert view.panels[0].verdict == "Aucune requête cible"


def test_html_report_is_grouped_french_and_plain(analysis: redac.Analysis) -> None:
    page = html_report(analysis, "article-fr.txt")
    text = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", text)
    assert "Problèmes" in body and "Bons résultats" in body and "Lisibilité" in body
    assert not IDS.findall(body.replace("article-fr.txt", "")), IDS.findall(body)
    assert "-999" not in body and "<script" not in page
    assert re.search(r"\d,\d+ %", body)  # « 1,62 % »
    assert not re.search(r"\d\.\d+ ?%", body)


def test_html_report_escapes_what_it_shows() -> None:
    a = redac.analyze("<p>" + "Un texte assez long pour l'analyse. " * 20 + "</p>", lang="fr")
    page = html_report(a, "<script>alert(1)</script>")
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page


def test_terminal_report_matches(analysis: redac.Analysis) -> None:
    from rich.console import Console

    console = Console(width=120, record=True)
    console.print(rich_table(analysis, "x"))
    out = console.export_text()
    assert "Référencement (SEO)" in out and "Problèmes (" in out and "Bons résultats (" in out
    # French typography: a no-break space before « % » (the terminal never wraps there)
    assert "keyphrase_density" not in out and ("1,62\u202f%" in out or "1,62\xa0%" in out)


def test_cli_formats_share_the_view() -> None:
    html = run("analyze", "examples/article-fr.txt", "-k", "Biélorussie", "--format", "html")
    text = run("analyze", "examples/article-fr.txt", "-k", "Biélorussie")
    js = run("analyze", "examples/article-fr.txt", "-k", "Biélorussie", "--format", "json")
    assert html.returncode == text.returncode == js.returncode == 0
    assert "Bons résultats" in html.stdout and "Bons résultats" in text.stdout
    data = json.loads(js.stdout)
    assert {"seo", "readability", "research", "marks"} <= set(data)  # additive: marks


def test_marks_point_at_the_sentences_a_check_is_about() -> None:
    long_sentence = "Le " + " ".join(["mot"] * 30) + "."
    html = (
        "<h2>Un intertitre</h2>"
        f"<p>Une phrase courte. {long_sentence}</p>"
        "<p>La loi a été votée par le Parlement. Le texte est court.</p>"
    )
    a = redac.analyze(html, lang="fr")
    assert a.marks["sentence_length"][0].block == 1
    assert a.marks["sentence_length"][0].text == long_sentence
    assert [m.text for m in a.marks["passive_voice"]] == ["La loi a été votée par le Parlement."]
    assert all(m.block != 0 for m in a.marks.get("transition_words", ()))  # not the heading
    d = a.to_dict()["marks"]
    assert d["sentence_length"] == [{"block": 1, "text": long_sentence}]
