"""Golden invariants in English on a hand-written article."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import offline

from redac.ingest import load
from redac.report import article_text
from redac.result import RewriteResult


@pytest.fixture(scope="module")
def result(fixtures_dir: Path) -> RewriteResult:
    return offline(load(str(fixtures_dir / "article-en-long.txt")), min_words=450)


def test_structure_and_language(result: RewriteResult) -> None:
    a = result.article
    assert a.lang == "en" and a.title.startswith("Harbour city")
    assert sum(1 for s in a.sections if s.heading and s.level == 2) >= 3
    c = {x.id: x for x in result.report.constraints}
    assert c["language"].ok and c["structure"].ok and c["facts_invented"].ok


@pytest.mark.parametrize(
    "fact",
    [
        "Elena Ruiz",
        "Daniel Okafor",
        "420 workers",
        "25 million dollars",
        "35%",
        "1962",
        "2030",
        "14 March",
    ],
)
def test_facts_kept(result: RewriteResult, fact: str) -> None:
    assert fact in article_text(result.article)


def test_quote_verbatim(result: RewriteResult) -> None:
    assert '"a turning point for the health of our children"' in article_text(result.article)


def test_timeline_is_chronological(fixtures_dir: Path) -> None:
    import re

    # a minimum out of reach makes the engine add every fact section it can build
    r = offline(load(str(fixtures_dir / "article-en-long.txt")), min_words=5000)
    tl = next(s for s in r.article.sections if s.kind == "timeline")
    assert not r.report.ok and r.report.facts.ok  # short of the minimum, said so, nothing invented
    years = [int(re.search(r"\d{4}", i).group(0)) for i in tl.items]  # type: ignore[union-attr]
    assert years == sorted(years)
