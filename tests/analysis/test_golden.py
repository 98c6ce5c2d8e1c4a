"""Golden invariants on real articles (the seed article and a hand-written English one)."""

from __future__ import annotations

from pathlib import Path

from redac.api import analyze


def test_seed_article_figures(seed_article: str) -> None:
    a = analyze(seed_article, keyphrase="Biélorussie", lang="fr")
    assert 480 <= a.figures["word_count"] <= 510
    assert a.figures["sentence_count"] >= 17
    # no subheadings in a ~500-word text: both subheading checks are red
    assert a.check("subheading_distribution").rating == "red"  # type: ignore[union-attr]
    assert a.check("keyphrase_in_subheadings").rating == "red"  # type: ignore[union-attr]
    assert a.check("keyphrase_in_introduction").rating == "green"  # type: ignore[union-attr]
    assert 30 <= a.flesch["score"] <= 80


def test_french_plural_and_elision_match(seed_article: str) -> None:
    a = analyze(seed_article, keyphrase="intégrations de la Biélorussie", lang="fr")
    # "intégration" (singular) and "l'intégration" both count for the plural keyphrase
    assert a.figures["keyphrase"]["count"] >= 1


def test_english_markdown_article(fixtures: Path) -> None:
    text = (fixtures / "article-en.md").read_text(encoding="utf-8")
    a = analyze(
        text,
        keyphrase="cycling network",
        title="Cycling network approved by the city council",
        slug="cycling-network",
        lang="en",
    )
    assert a.lang == "en"
    assert a.check("keyphrase_in_slug").rating == "green"  # type: ignore[union-attr]
    assert a.check("keyphrase_in_seo_title").rating == "green"  # type: ignore[union-attr]
    assert a.figures["word_count"] > 150
    assert a.flesch["formula"] == "Flesch"
