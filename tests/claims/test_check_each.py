"""check_each judges many sentences in one tagging pass and gives, sentence by sentence, the
verdict that check gives one at a time (the offline writer checks every split it may make)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from redac.claims import ClaimChecker, checker_for
from redac.facts.extract import extract
from redac.model import Source
from tests.helpers import offline

from .conftest import FIXTURES
from .test_reasons import FR


def test_each_verdict_is_the_one_check_gives_alone(checker_fr: ClaimChecker) -> None:
    source = (FIXTURES / "verify-source-fr.txt").read_text(encoding="utf-8")
    sentences = [*FR.values(), *[s for s in source.split("\n\n") if s.strip()][:8]]
    sentences += [sentences[0], "Une phrase sans aucune prétention."]
    fresh = ClaimChecker(extract(Source.from_text(source)))
    together = fresh.check_each(sentences)
    alone = [ClaimChecker(extract(Source.from_text(source))).check(s) for s in sentences]
    assert len(together) == len(sentences)
    assert [v.supported for v in together] == [v.supported for v in alone]
    assert [v.reasons for v in together] == [v.reasons for v in alone]
    assert not all(v.supported for v in together) and any(v.supported for v in together)
    # kept: asked again, the same verdict objects
    assert all(a is b for a, b in zip(fresh.check_each(sentences), together, strict=True))


def test_a_phrase_is_in_the_source_as_the_flat_text_says(checker_fr: ClaimChecker) -> None:
    """``has_phrase`` keeps its answers: asked twice, the same answer, each the one a search
    of the source's flat text gives."""
    ctx = checker_fr.ctx
    words = ctx.flat.split()
    keys = [" ".join(words[i : i + n]) for i in (0, 7, 40) for n in (1, 2, 3)]
    keys += [f"{words[3]} {words[1]}", "mot introuvable", words[-1]]
    for _ in range(2):
        assert [ctx.has_phrase(k) for k in keys] == [f" {k} " in ctx.flat for k in keys]
    assert any(ctx.has_phrase(k) for k in keys) and not ctx.has_phrase("mot introuvable")


def test_a_paragraph_is_judged_sentence_by_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a rewrite's report, a source sentence keeps the source's verdict even beside a new
    one; a new sentence gets the verdict :meth:`check` gives it alone (the writer's), and one
    the writer has checked is not tagged again."""
    import redac.claims.checker as module

    source = (FIXTURES / "verify-source-fr.txt").read_text(encoding="utf-8")
    result = offline(Source.from_text(source))
    checker = checker_for(result.ledger)
    kept, changed = source.split("\n\n")[0].strip(), FR["modality_changed"]
    fresh = "Les syndicats de Lyon ont défilé mardi."  # checked by nobody before the report
    alone = checker.check(changed)
    body = result.article.sections[0]
    article = replace(
        result.article,
        sections=(
            replace(body, paragraphs=(f"{kept} {changed} {fresh}", *body.paragraphs[1:])),
            *result.article.sections[1:],
        ),
    )
    tagged: list[str] = []
    real = module.tag_each

    def spy(lang: str, texts: list[str]) -> object:
        tagged.extend(texts)
        return real(lang, texts)

    monkeypatch.setattr(module, "tag_each", spy)
    verdicts = [v for v in checker.check_article(article).verdicts if v.block == 1]
    assert [v.text for v in verdicts] == [kept, changed, fresh]
    assert verdicts[0].supported and verdicts[0].sources == (0,)
    assert (verdicts[1].reasons, verdicts[1].sources) == (alone.reasons, alone.sources)
    assert not verdicts[1].supported and not verdicts[2].supported
    assert all(v.where == "section 1" for v in verdicts)
    assert not any(changed in t or kept in t for t in tagged) and fresh in tagged
