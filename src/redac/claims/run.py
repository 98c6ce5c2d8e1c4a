"""``redac verify``: an article (by anyone) against its source — every statement judged, the
key facts it lost, and the analyser's report."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from redac.analysis import Analysis
from redac.claims.article import Unit, read_article
from redac.claims.checker import ClaimChecker
from redac.claims.result import ClaimReport, ordered
from redac.errors import LanguageError
from redac.facts import FactLedger
from redac.facts.check import FactCheck, check
from redac.facts.extract import extract
from redac.facts.normalize import frame_words
from redac.model import Source

KEY_FACTS = ("number", "date", "quote")  # and people: what an article must not lose


@dataclass(frozen=True)
class VerifyResult:
    """Every statement of an article judged against its source, plus the facts it lost."""

    lang: str
    source: Source
    ledger: FactLedger
    units: tuple[Unit, ...]
    claims: ClaimReport
    facts: FactCheck
    analysis: Analysis | None = None

    @property
    def lost(self) -> tuple[dict[str, str], ...]:
        return tuple(
            {"kind": f.kind, "text": f.text}
            for f in self.facts.missing
            if f.kind in KEY_FACTS or (f.kind == "entity" and f.label in ("PER", "ENT"))
        )

    @property
    def ok(self) -> bool:
        return self.claims.ok and not self.lost

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "lang": self.lang,
            "supported": sum(1 for v in self.claims.verdicts if v.supported),
            "unsupported": len(self.claims.unsupported),
            "sentences": [v.to_dict() for v in self.claims.verdicts],
            "facts": {
                "missing": list(self.lost),
                "invented": list(self.facts.invented),
                "kept": self.facts.to_dict()["counts"],
            },
            "source_sentences": list(self.claims.source_sentences),
            "analysis": self.analysis.to_dict() if self.analysis is not None else None,
        }


def verify_units(source: Source, units: list[Unit], *, analyse: bool = True) -> VerifyResult:
    ledger = extract(source)
    checker = ClaimChecker(ledger)
    verdicts = list(checker.check_units([(u.text, u.kind, u.where) for u in units]))
    # a question subheading and the paragraph after it: the answer must answer it
    for b, u in enumerate(units):
        if u.kind != "question" or b + 1 >= len(units) or units[b + 1].kind != "sentence":
            continue
        first = next((i for i, v in enumerate(verdicts) if v.block == b + 1), None)
        if first is None:
            continue
        pair = checker.check_answer(u.text, units[b + 1].text)
        extra = [r for r in pair.reasons if r.code not in verdicts[first].codes]
        if extra:
            verdicts[first] = replace(
                verdicts[first], reasons=ordered([*verdicts[first].reasons, *extra])
            )
    text = "\n\n".join(u.text for u in units)
    facts = check(text, ledger, frame_words(source.lang))
    analysis = None
    if analyse:
        from redac.api import analyze

        title = next((u.text for u in units if u.kind == "title"), "")
        body = "\n\n".join(
            ("## " + u.text) if u.kind in ("heading", "question") else u.text
            for u in units
            if u.kind not in ("title", "meta") and u.where != "meta description"
        )
        analysis = analyze(body, title=title, lang=source.lang)
    report = ClaimReport(tuple(verdicts), checker.source_sentences)
    return VerifyResult(source.lang, source, ledger, tuple(units), report, facts, analysis)


def verify_text(
    source: Source,
    article: str,
    *,
    fmt: str | None = None,
    lang: str | None = None,
    analyse: bool = True,
) -> VerifyResult:
    """``article`` (Markdown, HTML or plain text) against ``source``."""
    units = read_article(article, fmt=fmt, lang=lang or source.lang)
    from redac.lang.detect import detect

    body = " ".join(u.text for u in units)
    try:
        found, conf = detect(body)
    except LanguageError:
        found, conf = source.lang, 0.0
    if found != source.lang and conf >= 0.8 and not lang:
        raise LanguageError(
            f"the article reads as {found!r} and the source as {source.lang!r}",
            hint="redac verify compares an article with a source in the same language",
        )
    return verify_units(source, units, analyse=analyse)
