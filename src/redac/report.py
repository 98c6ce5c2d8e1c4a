"""The report of a rewrite: analyser checks, hard constraints, and the fact check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from redac.analysis import Analysis, Paper, analyze_paper
from redac.analysis.assessor import Check
from redac.analysis.config import targets
from redac.claims import ClaimChecker, ClaimReport, checker_for
from redac.errors import LanguageError
from redac.export.render import body_html
from redac.facts import FactLedger
from redac.facts.check import FactCheck, check
from redac.facts.normalize import frame_words
from redac.gcpause import paused
from redac.lang import get_language
from redac.lang.detect import detect
from redac.model import Article, Note, Origin


@dataclass(frozen=True)
class Constraint:
    id: str
    ok: bool
    detail: str
    hard: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "ok": self.ok, "detail": self.detail, "hard": self.hard}


# Checks an article cannot pass without what only the editor has: an image of their own (and
# its alt text), links to the other pages of their site, links to sources the dispatch did not
# give. Reported as "to do by the editor", not as a failure of the article.
EDITOR_CHECKS = ("images", "image_keyphrase", "internal_links", "outbound_links")


@dataclass(frozen=True)
class Report:
    analysis: Analysis
    constraints: tuple[Constraint, ...]
    facts: FactCheck
    engine: str
    notes: tuple[Note, ...] = ()
    provenance: dict[Origin, int] | None = None  # sections by what wrote them
    claims: ClaimReport | None = None  # every statement judged against the source
    fallback: str = ""  # why the model asked for wrote nothing kept ("" when it did, or none was)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.constraints if c.hard)

    @property
    def failed(self) -> tuple[Constraint, ...]:
        return tuple(c for c in self.constraints if c.hard and not c.ok)

    @property
    def todo(self) -> tuple[Check, ...]:
        """The checks left to the editor (an image, internal links…), not met yet."""
        return tuple(c for c in self.analysis.seo if c.id in EDITOR_CHECKS and c.rating != "green")

    def to_dict(self) -> dict[str, Any]:
        a = self.analysis.to_dict()
        return {
            "ok": self.ok,
            "engine": self.engine,
            "seo": a["seo"],
            "readability": a["readability"],
            "insights": a["insights"],
            "research": a["research"],
            "marks": a["marks"],
            "constraints": [c.to_dict() for c in self.constraints],
            "todo": [{"check": c.id, "text": c.text} for c in self.todo],
            "facts": self.facts.to_dict(),
            "provenance": dict(self.provenance or {}),
            "fallback": self.fallback,
            "notes": [n.to_dict() for n in self.notes],
            "claims": self.claims.to_dict() if self.claims is not None else None,
        }


def article_text(a: Article) -> str:
    parts = [a.title]
    for s in a.sections:
        parts += [s.heading, *s.paragraphs, *s.items]
    if a.faq:
        parts.append(a.faq_heading)
    for f in a.faq:
        parts += [f.question, f.answer]
    return "\n\n".join(p for p in parts if p)


def constraints(a: Article, facts: FactCheck, min_words: int) -> tuple[Constraint, ...]:
    words = a.word_count
    text = article_text(a)
    try:
        lang, conf = detect(text)
    except LanguageError:
        lang, conf = "unknown", 0.0
    h2 = sum(1 for s in a.sections if s.heading and s.level == 2) + (1 if a.faq else 0)
    lo, hi = targets().description_chars
    dlen = len(a.meta_description)
    slug_ok = bool(a.slug) and a.slug.isascii() and " " not in a.slug
    kept = facts.counts
    lost = [
        f"{k}: {t - n} of {t}"
        for k, (n, t) in kept.items()
        if k in ("number", "date", "quote") and n < t
    ]
    lost_people = [
        f.text for f in facts.missing if f.kind == "entity" and f.label in ("PER", "ENT")
    ]
    return (
        Constraint(
            "min_words",
            words >= min_words,
            f"{words} words (minimum {min_words})"
            + ("" if words >= min_words else f", {min_words - words} short"),
        ),
        Constraint(
            "language", lang == a.lang, f"article detected as {lang} ({conf:.0%}), target {a.lang}"
        ),
        Constraint(
            "structure",
            h2 >= 3 and bool(a.title) and slug_ok,
            f"H1 present: {bool(a.title)}, {h2} H2 subheadings (minimum 3), slug {'ok' if slug_ok else 'invalid'}",
        ),
        Constraint(
            "meta_description",
            lo <= dlen <= hi,
            f"{dlen} characters (target {lo}–{hi})",
            hard=False,
        ),
        Constraint(
            "facts_invented",
            facts.ok,
            "no invented fact"
            if facts.ok
            else "invented: " + "; ".join(f"{i['kind']} {i['text']!r}" for i in facts.invented[:8]),
        ),
        Constraint(
            "facts_kept",
            not lost and not lost_people,
            "every number, date, quote and person kept"
            if not lost and not lost_people
            else "lost " + "; ".join(lost + lost_people[:5]),
        ),
    )


def claims_constraint(claims: ClaimReport) -> Constraint:
    """Hard: every statement of the article is supported by the source."""
    return Constraint(
        "claims_supported",
        claims.ok,
        claims.summary(),
    )


def build_report(
    a: Article,
    ledger: FactLedger,
    min_words: int,
    *,
    site_url: str = "",
    checker: ClaimChecker | None = None,
) -> Report:
    """Judge an article: the analyser's checks, the hard constraints, the fact check and the
    claim check (``checker``: the source's, when the engine already built one).

    The cyclic garbage collector is paused meanwhile (:func:`redac.gcpause.paused`): on a long
    article the report makes a few 100,000 objects (verdicts, statements, the body's blocks)
    while the process holds the source's parse and ledger, and each full walk of those finds
    nothing to free (on a 100,000-word article: 0.4 s of its 2.9 s)."""
    with paused():
        return _build_report(a, ledger, min_words, site_url=site_url, checker=checker)


def _build_report(
    a: Article,
    ledger: FactLedger,
    min_words: int,
    *,
    site_url: str,
    checker: ClaimChecker | None,
) -> Report:
    facts = check(article_text(a), ledger, frame_words(a.lang))
    claims = None
    if a.lang == ledger.lang:  # across languages, statements cannot be compared word for word
        claims = (checker or checker_for(ledger)).check_article(a)
    paper = Paper(
        text=body_html(a),  # empty when nothing could be written: judged as the empty article
        keyphrase=a.keyphrase,
        synonyms=a.synonyms,
        title=a.seo_title,
        description=a.meta_description,
        slug=a.slug,
        locale=get_language(a.lang).locale,
        permalink=f"{site_url.rstrip('/')}/{a.slug}" if site_url else "",
    )
    checks = constraints(a, facts, min_words)
    if claims is not None:
        checks = (*checks, claims_constraint(claims))
    return Report(
        analyze_paper(paper),
        checks,
        facts,
        a.engine,
        a.notes,
        a.provenance,
        claims,
        a.fallback,
    )
