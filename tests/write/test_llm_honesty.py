"""What redac says about the LLM path is true: which sections and paragraphs the model wrote,
which engine wrote the article, why a model wrote nothing kept; and the article it falls back
on is the offline engine's, whole."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from redac.errors import CancelledError
from redac.events import Event, Progress
from redac.export.markdown import front_matter
from redac.ingest import parse
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.summary import ProgressLine, summary
from redac.write.llm.engine import LLMEngine
from redac.write.llm.jsonreply import validate
from redac.write.llm.settings import LLMSettings
from tests.helpers import TODAY, offline

from .fake_llm import FakeChat, echo, source_of

OPTS = RewriteOptions(min_words=300, faq=False)


@pytest.fixture
def src(seed_article: str):  # type: ignore[no-untyped-def]
    return parse(seed_article)


def engine(fake: FakeChat, tmp_path: Path, **kw: object) -> LLMEngine:
    s = LLMSettings(base_url="http://fake", model="fake", cache_dir=str(tmp_path), **kw)  # type: ignore[arg-type]
    return LLMEngine(s, model=fake)


def copier(messages):  # type: ignore[no-untyped-def]
    """A model that returns its source, word for word: it has written nothing."""
    if "<source>" not in messages[1]["content"]:
        return echo(messages)
    return json.dumps(
        {"heading": "Un intertitre", "paragraphs": source_of(messages).split("\n\n")},
        ensure_ascii=False,
    )


def test_a_model_that_only_copies_is_not_credited(src, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = rewrite(src, OPTS, engine=engine(FakeChat(default=copier), tmp_path), today=TODAY)
    a, rep = r.article, r.report
    assert a.engine == "offline" and rep.provenance and rep.provenance["model"] == 0
    assert "copied" in a.fallback and rep.fallback == a.fallback
    assert rep.to_dict()["fallback"] == a.fallback
    assert front_matter(a, TODAY)["generator"] == "redac (offline engine)"
    # the offline engine's article, whole: the same sections, the same scores
    off = offline(src, min_words=300, faq=False)
    assert [s.paragraphs for s in a.sections] == [s.paragraphs for s in off.article.sections]
    assert rep.analysis.seo_score == off.report.analysis.seo_score
    assert rep.analysis.readability_score == off.report.analysis.readability_score
    assert a.usage["calls"] >= 1 and a.notes[0].text.startswith("engine: offline — the model")


def test_a_restored_source_sentence_is_a_source_paragraph(src, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def lose_1999(messages):  # type: ignore[no-untyped-def]
        d = json.loads(echo(messages))
        if "paragraphs" in d:
            d["paragraphs"] = [p for p in d["paragraphs"] if "1999" not in p]
        return json.dumps(d, ensure_ascii=False)

    r = rewrite(src, OPTS, engine=engine(FakeChat(default=lose_1999), tmp_path), today=TODAY)
    fixed = next(s for s in r.article.sections if "source" in s.paragraph_origins)
    assert fixed.origin == "model" and "model" in fixed.paragraph_origins
    restored = fixed.paragraphs[fixed.paragraph_origins.index("source")]
    assert "1999" in restored and restored in src.text  # the source's own sentences
    d = r.to_dict()["article"]["sections"]
    assert any("source" in s["paragraph_origins"] and s["origin"] == "model" for s in d)
    assert r.article.engine == "llm" and r.report.provenance["model"] >= 1  # type: ignore[index]
    assert f"{r.report.provenance['model']} of" in r.article.notes[0].text  # type: ignore[index]


def test_each_section_has_its_own_repair_budget(tmp_path: Path) -> None:
    text = (
        "La mairie de Lyon veut rénover les écoles de la ville. Les travaux visent surtout "
        "l'isolation des bâtiments, que les parents jugent insuffisante depuis longtemps.\n\n"
        "Le chantier doit se faire pendant les vacances, pour ne pas gêner les classes. "
        "La mairie promet de consulter les familles avant de choisir les écoles concernées.\n\n"
        "Les enseignants réclament aussi des cours de récréation plus ombragées. Ils demandent "
        "des arbres, des bancs et des fontaines, et une réponse de la mairie avant l'été."
    )
    short = json.dumps(  # faithful, but far too short
        {"heading": "Les travaux", "paragraphs": ["La mairie de Lyon veut rénover les écoles."]},
        ensure_ascii=False,
    )
    fake = FakeChat([short], default=echo)
    r = rewrite(
        parse(text, lang="fr"), RewriteOptions(min_words=150, faq=False),
        engine=engine(fake, tmp_path, repair_rounds=1), today=TODAY,
    )  # fmt: skip
    # the first section spent its repair; the second still had its own
    repairs = [m[1]["content"] for m in fake.requests if "Ajoute environ" in m[1]["content"]]
    assert len(repairs) == 2
    assert "veut rénover les écoles." in repairs[0] and "Le chantier" in repairs[1]
    assert not any("repair budget" in n.text for n in r.article.notes)


def test_a_heading_is_reviewed_like_a_paragraph(src, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def invented_heading(messages):  # type: ignore[no-untyped-def]
        d = json.loads(echo(messages))
        if d.get("heading"):
            d["heading"] = "75 % des habitants approuvent"
        return json.dumps(d, ensure_ascii=False)

    r = rewrite(src, OPTS, engine=engine(FakeChat(default=invented_heading), tmp_path), today=TODAY)
    headings = [s.heading for s in r.article.sections]
    assert not any("75 %" in h for h in headings)
    assert any("heading" in n.text and "planner's is used" in n.text for n in r.article.notes)
    assert r.report.facts.ok


def test_validate_checks_the_bounds_a_server_may_ignore() -> None:
    schema = {
        "type": "object",
        "properties": {
            "heading": {"type": "string", "minLength": 3, "maxLength": 10},
            "paragraphs": {
                "type": "array",
                "items": {"type": "string", "minLength": 5},
                "minItems": 2,
                "maxItems": 3,
            },
        },
        "required": ["heading", "paragraphs"],
    }
    validate({"heading": "Titre", "paragraphs": ["Un texte.", "Un autre."]}, schema)
    for bad, why in (
        ({"heading": "Titre", "paragraphs": ["Un texte."]}, "at least 2"),
        ({"heading": "Titre", "paragraphs": ["Un texte."] * 4}, "at most 3"),
        ({"heading": "Un titre bien trop long", "paragraphs": ["Un texte."] * 2}, "too long"),
        ({"heading": "T", "paragraphs": ["Un texte."] * 2}, "too short"),
        ({"heading": "Titre", "paragraphs": ["Un texte.", "…"]}, "too short"),
    ):
        with pytest.raises(ValueError, match=why):
            validate(bad, schema)


def test_sections_are_announced_and_a_job_can_be_cancelled_between_requests(
    src,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    events: list[Event] = []
    r = rewrite(src, OPTS, engine=engine(FakeChat(), tmp_path), today=TODAY, on_event=events.append)
    sections = [(e.index, e.total) for e in events if e.kind == "section"]
    n = len(r.plan.sections)
    assert sections == [(i, n) for i in range(1, n + 1)]
    fake = FakeChat()
    with pytest.raises(CancelledError):
        rewrite(
            src, OPTS, engine=engine(fake, tmp_path / "2"), today=TODAY,
            on_event=events.append, cancel=lambda: len(fake.requests) >= 1,
        )  # fmt: skip
    assert len(fake.requests) == 1  # stopped before the second request


def test_the_summary_says_what_wrote_the_article(src, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = rewrite(src, OPTS, engine=engine(FakeChat(default=copier), tmp_path), today=TODAY)
    out = io.StringIO()
    Console(file=out, width=200).print(summary(r))
    text = out.getvalue()
    assert "offline — the model wrote nothing kept" in text
    assert "the model 0" in text and "llm" not in text.split("OK")[-1]
    good = rewrite(src, OPTS, engine=engine(FakeChat(), tmp_path / "g"), today=TODAY)
    out = io.StringIO()
    Console(file=out, width=200).print(summary(good))
    assert f"the model {good.report.provenance['model']}" in out.getvalue()  # type: ignore[index]


def test_the_progress_line_without_a_terminal_is_one_line_a_section() -> None:
    out = io.StringIO()
    line = ProgressLine(out)
    for e in (
        Event("section", index=1, total=2),
        Event("tokens", tokens=40, rate=3.5),
        Event("section", index=2, total=2),
    ):
        line(e)
    assert out.getvalue() == "redac: writing section 1/2\nredac: writing section 2/2\n"
    assert Progress().check() is None


def test_a_rerun_from_the_cache_takes_the_same_path_through_repairs(tmp_path: Path) -> None:
    """Budgets are measured in the tokens of the replies used, cached or not: the rerun sends
    nothing and repeats the first run's repairs, so it gives the same article."""
    text = (
        "La mairie de Lyon veut rénover les écoles de la ville. Les travaux visent surtout "
        "l'isolation des bâtiments, que les parents jugent insuffisante depuis longtemps.\n\n"
        "Le chantier doit se faire pendant les vacances, pour ne pas gêner les classes. "
        "La mairie promet de consulter les familles avant de choisir les écoles concernées."
    )
    short = json.dumps({"heading": "", "paragraphs": ["Un texte bien trop court."]})
    opts = RewriteOptions(min_words=120, faq=False)
    runs = []
    for script in ([short], []):
        fake = FakeChat(list(script))
        r = rewrite(parse(text, lang="fr"), opts, engine=engine(fake, tmp_path), today=TODAY)
        runs.append((r, fake))
    (first, f1), (again, f2) = runs
    assert any("Ajoute environ" in m[1]["content"] for m in f1.requests)  # a repair was made
    assert f2.requests == [] and again.article.usage["cache_hits"] == first.article.usage["calls"]
    assert again.article.sections == first.article.sections
    assert [n.text for n in again.article.notes[1:]] == [n.text for n in first.article.notes[1:]]
