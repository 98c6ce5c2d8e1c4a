"""The body's sentences are measured once for two papers with the same body (the writer's
draft, then the report's article), and never shared with another body or language."""

from __future__ import annotations

from redac.analysis import Paper, analyze_paper
from redac.analysis import research as rs

BODY = (
    "<p>La ligne de tramway ouvrira en mars. Elle a été financée par la région.</p>"
    "<h2>Un chantier de deux ans</h2><p>Les travaux ont duré deux ans, selon la mairie.</p>"
)


def test_two_papers_with_one_body_share_its_measured_sentences() -> None:
    rs._READ.clear()
    a = Paper(BODY, "tramway", locale="fr_FR")
    b = Paper(
        BODY.replace("<p>", '<p data-origin="source">'), "ligne", title="Tram", locale="fr_FR"
    )
    ra, rb = rs.research(a), rs.research(b)
    assert ra.sentences is rb.sentences and len(ra.sentences) == 4  # the subheading too
    rs._READ.clear()
    assert rs.research(b) == rb  # the same figures as measured afresh
    assert (
        analyze_paper(b).seo_score == analyze_paper(Paper(b.text, "ligne", title="Tram")).seo_score
    )


def test_another_body_or_language_is_measured_anew() -> None:
    rs._READ.clear()
    fr = rs.research(Paper(BODY, "tramway", locale="fr_FR"))
    other = rs.research(Paper(BODY.replace("mars", "avril"), "tramway", locale="fr_FR"))
    en = rs.research(Paper(BODY, "tramway", locale="en_US"))
    assert other.sentences is not fr.sentences and "avril" in other.sentences[0].text
    assert en.sentences is not fr.sentences
    assert len(rs._READ) == 2  # the last two bodies only
