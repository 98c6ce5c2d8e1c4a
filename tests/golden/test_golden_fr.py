"""Golden invariants in French: the seed article and a hand-written one (never exact prose)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import offline

from redac.ingest import load, parse
from redac.report import article_text
from redac.result import RewriteResult

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed() -> RewriteResult:
    return offline(load(str(ROOT / "examples" / "article-fr.txt")))


def test_seed_meets_the_request(seed: RewriteResult) -> None:
    a, rep = seed.article, seed.report
    assert rep.ok, rep.failed
    assert a.lang == "fr"
    assert sum(1 for s in a.sections if s.heading) >= 3
    assert 120 <= len(a.meta_description) <= 156
    assert rep.analysis.seo_rating == "green" and rep.analysis.readability_rating == "green"


@pytest.mark.parametrize(
    "fact",
    [
        "Vladimir Poutine",
        "Alexandre Loukachenko",
        "Josep Borrell",
        "Andrei Vardomatsky",
        "11%",
        "28 programmes",
        "1999",
        "1991",
        "2019",
        "2030",
        "5 et 6 avril",
        "Le mois dernier",
        "escalade irresponsable",
    ],
)
def test_seed_keeps_every_fact(seed: RewriteResult, fact: str) -> None:
    assert fact.lower() in article_text(seed.article).replace("’", "'").lower()


def test_seed_quotes_verbatim(seed: RewriteResult) -> None:
    text = article_text(seed.article)
    assert "« escalade irresponsable et d’une menace pour la sécurité européenne »" in text


def test_hand_written_article(fixtures_dir: Path) -> None:
    r = offline(load(str(fixtures_dir / "article-fr-long.txt")), min_words=400)
    assert r.report.facts.ok and not r.report.facts.missing
    assert r.article.keyphrase
    assert any(s.kind == "timeline" for s in r.article.sections) or r.article.faq


def test_afp_subheadings_are_kept() -> None:
    text = (
        "Le gouvernement a présenté mercredi un projet de loi sur l'énergie, attendu depuis des mois par les industriels du secteur.\n\n"
        "- Un calendrier serré -\n\n"
        "Le texte sera examiné à l'Assemblée nationale dès le 3 février, selon le ministère de la Transition énergétique.\n\n"
        "Les députés auront deux semaines pour l'amender avant un vote solennel prévu le 18 février."
    )
    r = offline(parse(text, lang="fr"), min_words=50)
    assert "Un calendrier serré" in [s.heading for s in r.article.sections]
