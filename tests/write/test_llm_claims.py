"""The claim checker inside the LLM loop: a model sentence whose claim the source does not make
(a changed verb, a certainty for a possibility, another speaker) is removed like an invented
number, and said; a piece made only of such sentences goes back to the model; a heading that
changes a claim is refused."""

from __future__ import annotations

import json
from pathlib import Path

from redac.ingest import parse
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.write.llm.engine import LLMEngine
from redac.write.llm.settings import LLMSettings
from tests.helpers import TODAY

from .fake_llm import FakeChat, echo

CHANGED = (
    "Le Kremlin tentera probablement de contre-attaquer la Biélorussie lorsque Vladimir Poutine "
    "et Alexandre Loukachenko se rencontreront à Moscou les 5 et 6 avril."
)
CERTAIN = "La Russie va forcer la Biélorussie à se diriger vers l’unité."


def run(seed: str, fake: FakeChat, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = LLMSettings(
        base_url="http://fake", model="fake", cache_dir=str(tmp_path / "c"), repair_rounds=1
    )
    return rewrite(
        parse(seed),
        RewriteOptions(min_words=300, faq=False),
        engine=LLMEngine(settings, model=fake),
        today=TODAY,
    )


def test_a_changed_claim_is_removed_and_said(seed_article: str, tmp_path: Path) -> None:
    def with_changed(messages):  # type: ignore[no-untyped-def]
        d = json.loads(echo(messages))
        if "paragraphs" in d and "Le Kremlin tentera probablement" in messages[1]["content"]:
            d["paragraphs"] = [*d["paragraphs"], CHANGED]
        return json.dumps(d, ensure_ascii=False)

    r = run(seed_article, FakeChat(default=with_changed), tmp_path)
    text = "\n".join(p for s in r.article.sections for p in s.paragraphs)
    assert "contre-attaquer" not in text
    assert any("whose claim the source does not make" in n.text for n in r.article.notes)
    assert r.report.claims is not None and r.report.claims.ok


def test_a_piece_of_changed_claims_only_goes_back_to_the_model(
    seed_article: str, tmp_path: Path
) -> None:
    only_changed = json.dumps({"heading": "", "paragraphs": [CERTAIN]}, ensure_ascii=False)
    fake = FakeChat([only_changed], default=echo)
    r = run(seed_article, fake, tmp_path)
    repair = fake.requests[1][-1]["content"]
    assert "ne disent pas ce que dit le texte source" in repair and "va forcer" in repair
    assert "va forcer" not in "\n".join(p for s in r.article.sections for p in s.paragraphs)


def test_a_heading_that_changes_a_claim_is_refused(seed_article: str, tmp_path: Path) -> None:
    def changed_heading(messages):  # type: ignore[no-untyped-def]
        d = json.loads(echo(messages))
        if d.get("heading"):
            d["heading"] = "Moscou va forcer Minsk à l'unité"
        return json.dumps(d, ensure_ascii=False)

    r = run(seed_article, FakeChat(default=changed_heading), tmp_path)
    assert not any("va forcer" in s.heading for s in r.article.sections)


def test_a_title_that_claims_nothing_true_falls_back_to_the_planners(
    seed_article: str, tmp_path: Path
) -> None:
    def odd_title(messages):  # type: ignore[no-untyped-def]
        d = json.loads(echo(messages))
        if "title" in d:
            d["title"] = "L'article suivant"
        return json.dumps(d, ensure_ascii=False)

    r = run(seed_article, FakeChat(default=odd_title), tmp_path)
    assert r.article.title != "L'article suivant"
    assert any("title" in n.text and "planner's is used" in n.text for n in r.article.notes)
    assert r.report.claims is not None and r.report.claims.ok
