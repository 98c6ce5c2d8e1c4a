"""The claim checker inside every rewrite: the offline engine's articles pass it, and the
report carries its verdicts and its hard constraint."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from redac.ingest import load
from redac.report import build_report
from redac.result import RewriteResult
from tests.helpers import offline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed() -> RewriteResult:
    return offline(load(str(ROOT / "examples" / "article-fr.txt")))


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("article-fr-long.txt", {"min_words": 400}),
        ("article-en.md", {}),
        ("article-en-long.txt", {}),
    ],
)
def test_offline_articles_are_supported(name: str, options: dict[str, int]) -> None:
    r = offline(load(str(FIXTURES / name)), **options)
    assert r.report.claims is not None
    assert r.report.claims.ok, [(v.text, v.codes) for v in r.report.claims.unsupported]


def test_seed_report_carries_the_claims(seed: RewriteResult) -> None:
    claims = seed.report.claims
    assert claims is not None and claims.ok, claims.summary() if claims else None
    kinds = {v.kind for v in claims.verdicts}
    assert {"title", "heading", "sentence", "question"} <= kinds
    c = next(c for c in seed.report.constraints if c.id == "claims_supported")
    assert c.ok and c.hard
    d = seed.report.to_dict()["claims"]
    assert d["ok"] and d["unsupported"] == 0 and d["sentences"][0]["verdict"] == "supported"


def test_a_changed_claim_fails_the_rewrite(seed: RewriteResult) -> None:
    a = seed.article
    body = a.sections[0]
    changed = replace(
        body,
        paragraphs=(
            "La Russie va forcer la Biélorussie à se diriger vers l’unité, selon l’Institut "
            "pour l’étude de la guerre (ISW).",
            *body.paragraphs[1:],
        ),
    )
    article = replace(a, sections=(changed, *a.sections[1:]))
    rep = build_report(article, seed.ledger, 300)
    assert not rep.ok
    assert [c.id for c in rep.failed] == ["claims_supported"]
    assert rep.claims is not None
    assert rep.claims.unsupported[0].codes == ("modality_changed",)
