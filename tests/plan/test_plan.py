from __future__ import annotations

from pathlib import Path

import pytest

from redac.analysis.titlewidth import title_width
from redac.facts.extract import extract
from redac.ingest import load, parse
from redac.plan.planner import make_plan
from redac.text.words import word_count


@pytest.fixture(scope="module")
def fr_plan(fixtures_dir: Path):  # type: ignore[no-untyped-def]
    src = load(str(fixtures_dir / "article-fr-long.txt"))
    return src, make_plan(src, extract(src))


def test_keyphrase_is_short_and_salient(fr_plan) -> None:  # type: ignore[no-untyped-def]
    src, plan = fr_plan
    assert 1 <= len(plan.keyphrase.split()) <= 4
    assert plan.keyphrase.lower() in src.text.lower()


def test_forced_keyphrase_is_kept(fixtures_dir: Path) -> None:
    src = load(str(fixtures_dir / "article-fr-long.txt"))
    plan = make_plan(src, extract(src), forced_keyphrase="rénovation des écoles")
    assert plan.keyphrase == "rénovation des écoles"
    assert "rénovation des écoles" in plan.seo_title.lower()


def test_outline_sections_and_sizes(fr_plan) -> None:  # type: ignore[no-untyped-def]
    src, plan = fr_plan
    assert 3 <= len(plan.sections) <= 8
    covered = sorted(i for s in plan.sections for i in s.paragraphs)
    assert covered == list(range(len(src.paragraphs)))  # every paragraph, once, in order
    assert all(s.words <= 300 for s in plan.sections)
    assert plan.sections[0].heading == "" and all(s.heading for s in plan.sections[1:])
    assert sum(s.budget for s in plan.sections) >= 1.1 * plan.min_words - len(plan.sections)


def test_headings_are_phrases_not_labels(fr_plan) -> None:  # type: ignore[no-untyped-def]
    _, plan = fr_plan
    for s in plan.sections[1:]:
        assert 2 <= word_count(s.heading) <= 14
        assert s.heading[0].isupper()


def test_meta(fr_plan) -> None:  # type: ignore[no-untyped-def]
    src, plan = fr_plan
    assert 120 <= len(plan.meta_description) <= 156
    assert "…" not in plan.meta_description  # whole sentences, never a cut marked "…"
    assert plan.meta_description.rstrip(".") in src.text.replace("\n", " ")
    # a complete phrase ≤ 600 px, or — when the source offers none — the headline itself
    assert title_width(plan.seo_title) <= 600 or plan.seo_title == plan.title
    assert plan.seo_title.count(":") <= 1
    assert plan.slug.isascii() and " " not in plan.slug and len(plan.slug.split("-")) <= 6


def test_seed_keyphrase(seed_article: str) -> None:
    src = parse(seed_article)
    plan = make_plan(src, extract(src))
    assert plan.keyphrase == "Biélorussie"  # a proper name: one word is enough
    assert "Biélorussie" in plan.seo_title
    # never « Biélorussie : la Russie pourrait essayer de forcer la Biélorussie » (cut short):
    # a complete phrase that fits, else the headline whole
    assert plan.seo_title == plan.title or title_width(plan.seo_title) <= 600
    assert not plan.seo_title.endswith("forcer la Biélorussie")
