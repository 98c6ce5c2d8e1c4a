"""The public Python API: redac.analyze and redac.rewrite."""

from __future__ import annotations

from pathlib import Path

import redac

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
        str(ROOT / "examples" / "article-fr.txt"),
        engine="offline",
        min_words=600,
        keyphrase="Biélorussie",
        faq=False,
    )
    assert r.ok and r.article.keyphrase == "Biélorussie" and r.article.faq == ()
    assert r.markdown().startswith("---") and "<html" in r.html() and '"report"' in r.json()
