from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from redac.analysis.keyphrase import text_keys
from redac.analysis.titlewidth import title_width
from redac.facts.extract import extract
from redac.ingest import load, parse
from redac.lang import get_language
from redac.model import Source, SourceBlock
from redac.plan.planner import _source_keys, make_plan
from redac.text.normalize import normalize_text
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


_BLOCK = st.text("abcéÉA19 -'’.,_\u00a0\u200b\u0301\n", max_size=25)


@settings(max_examples=200, deadline=None)
@given(_BLOCK, st.lists(st.tuples(st.booleans(), _BLOCK), max_size=5))
@example("Titre", [(False, "A\u200b\u03011 b’c"), (True, "Sous-titre")])
def test_the_source_keys_are_those_of_its_joined_normalised_blocks(
    title: str, blocks: list[tuple[bool, str]]
) -> None:
    # the ledger's source_text: the title and the blocks, normalised, joined by blank lines
    # (a zero-width character between a letter and its accent: normalised again, they join)
    source = Source(
        tuple(SourceBlock("heading" if h else "paragraph", b) for h, b in blocks),
        "fr",
        "test",
        "text",
        title=title,
    )
    joined = "\n\n".join(normalize_text(b) for b in (title, *(b for _, b in blocks)))
    for lang in (get_language("fr"), get_language("en")):
        assert _source_keys(source, lang) == Counter(text_keys(joined, lang))


@pytest.mark.parametrize(
    "name", ["article-fr-long.txt", "article-en.md", "article-fr-tram.txt", "page-fr.html"]
)
def test_the_source_keys_are_those_of_the_ledgers_text(fixtures_dir: Path, name: str) -> None:
    src = load(str(fixtures_dir / name))
    lang = get_language(src.lang)
    expected = Counter(text_keys(extract(src).source_text, lang))
    assert _source_keys(src, lang) == expected
