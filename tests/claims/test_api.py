"""redac.verify(source, article): the typed Python API."""

from __future__ import annotations

from pathlib import Path

import redac
from redac.claims.run import VerifyResult

ROOT = Path(__file__).resolve().parents[2]


def test_verify_returns_a_typed_result() -> None:
    src = redac.Source.from_path(ROOT / "examples" / "article-fr.txt")
    r = redac.verify(
        src, "La Russie va forcer la Biélorussie à se diriger vers l’unité, selon l’ISW."
    )
    assert isinstance(r, VerifyResult) and not r.ok
    assert r.claims.unsupported[0].codes[0] == "modality_changed"
    assert r.lost  # a one-sentence article loses the source's facts
    assert r.to_dict()["sentences"][0]["verdict"] == "unsupported"


def test_verify_a_rewrite_article() -> None:
    from tests.helpers import offline

    src = redac.Source.from_path(ROOT / "examples" / "article-fr.txt")
    res = offline(src)
    r = redac.verify(src, res.article, analyse=False)
    assert r.claims.ok and r.analysis is None
