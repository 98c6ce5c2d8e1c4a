"""The public Python API: redac.analyze and redac.rewrite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import redac
from redac.errors import CancelledError

ROOT = Path(__file__).resolve().parents[1]


def test_analyze_api() -> None:
    a = redac.analyze(
        "<h2>Le plan</h2><p>Le conseil a voté le plan de rénovation des écoles mardi soir.</p>",
        keyphrase="écoles",
        lang="fr",
    )
    assert a.lang == "fr" and a.check("keyphrase_in_introduction") is not None
    assert {c.id for c in a.readability} >= {"sentence_length", "passive_voice"}


def test_rewrite_api_with_options() -> None:
    r = redac.rewrite(
        ROOT / "examples" / "article-fr.txt",
        redac.RewriteOptions(min_words=600, keyphrase="Biélorussie", faq=False),
        today=dt.date(2023, 4, 4),
    )
    assert r.ok and r.article.keyphrase == "Biélorussie" and r.article.faq == ()
    assert r.markdown().startswith("---") and "<html" in r.html() and '"report"' in r.json()
    assert "date: '2023-04-04'" in r.markdown()


def test_rewrite_api_takes_explicit_sources() -> None:
    text = (ROOT / "examples" / "article-fr.txt").read_text(encoding="utf-8")
    r = redac.rewrite(redac.Source.from_text(text), redac.RewriteOptions(min_words=300))
    assert r.ok and r.source.origin == "text"
    with pytest.raises(TypeError, match="does not guess"):
        redac.rewrite(text)  # type: ignore[arg-type]


def test_events_and_cancel() -> None:
    src = redac.Source.from_path(ROOT / "examples" / "article-fr.txt")
    seen: list[redac.Event] = []
    redac.rewrite(src, on_event=seen.append)
    stages = [(e.stage, e.done) for e in seen if e.kind == "stage"]
    assert stages[0] == ("facts", False) and stages[-1] == ("report", True)
    with pytest.raises(CancelledError):
        redac.rewrite(src, cancel=lambda: True)


def test_public_api_is_typed() -> None:
    import inspect

    root = Path(redac.__file__).parent
    assert (root / "py.typed").exists()
    for name in ("analyze", "analyze_document", "rewrite"):
        sig = inspect.signature(getattr(redac, name))
        assert sig.return_annotation is not inspect.Signature.empty, name
        annotations = [str(p.annotation) for p in sig.parameters.values()]
        assert all(a != "Any" and "Any]" not in a for a in annotations), name
        assert all(p.annotation is not inspect.Parameter.empty for p in sig.parameters.values())
