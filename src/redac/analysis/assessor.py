"""Runs the checks on a paper and aggregates them into an SEO and a readability score."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from redac.analysis import messages
from redac.analysis.assessments import Outcome, rating
from redac.analysis.assessments.readability import READABILITY_CHECKS
from redac.analysis.assessments.seo import SEO_CHECKS, keyphrase_density
from redac.analysis.config import profile
from redac.analysis.marks import Mark, find_marks
from redac.analysis.paper import Paper
from redac.analysis.research import Research, density_research, research

_FLESCH_BANDS = (
    "very_easy",
    "easy",
    "fairly_easy",
    "standard",
    "fairly_difficult",
    "difficult",
    "very_difficult",
)


@dataclass(frozen=True)
class Check:
    id: str
    score: int
    rating: str
    band: str
    text: str
    figures: Mapping[str, Any]
    scored: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": self.score,
            "rating": self.rating,
            "band": self.band,
            "text": self.text,
            "figures": dict(self.figures),
            "scored": self.scored,
        }


@dataclass(frozen=True)
class Analysis:
    lang: str
    seo_score: int
    seo_rating: str
    seo: tuple[Check, ...]
    readability_score: int
    readability_rating: str
    readability: tuple[Check, ...]
    flesch: Mapping[str, Any]
    figures: Mapping[str, Any]
    ms: float
    id: str | None = field(default=None)
    # the passages each check is about (long sentences, passive ones…), for highlighting
    marks: Mapping[str, tuple[Mark, ...]] = field(default_factory=dict, compare=False)

    def check(self, check_id: str) -> Check | None:
        return next((c for c in (*self.seo, *self.readability) if c.id == check_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "seo": {
                "score": self.seo_score,
                "rating": self.seo_rating,
                "assessments": [c.to_dict() for c in self.seo],
            },
            "readability": {
                "score": self.readability_score,
                "rating": self.readability_rating,
                "assessments": [c.to_dict() for c in self.readability],
            },
            "insights": {"flesch_reading_ease": dict(self.flesch)},
            "research": dict(self.figures),
            "marks": self.marks_dict(),
            "ms": round(self.ms, 3),
        }

    def marks_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {k: [m.to_dict() for m in v] for k, v in self.marks.items()}


def _check(o: Outcome, lang: str, scored: bool = True) -> Check:
    return Check(
        o.id,
        o.score,
        rating(o.score),
        o.band,
        messages.phrase(lang, o.id, o.band, o.figures),
        o.figures,
        scored,
    )


def _flesch(r: Research, lang: str) -> dict[str, Any]:
    f = r.lang.flesch
    if f is None or not r.flesch_words:
        return {"score": None, "formula": None}
    score = round(f.score(r.flesch_words, r.flesch_sentences, r.flesch_syllables), 1)
    bands = profile()["flesch_reading_ease"]["bands"]
    band = _FLESCH_BANDS[next((i for i, b in enumerate(bands) if score >= b), len(bands))]
    return {
        "score": score,
        "band": band,
        "formula": f.name,
        "words": r.flesch_words,
        "sentences": r.flesch_sentences,
        "syllables": r.flesch_syllables,
        "text": messages.phrase(lang, "flesch_reading_ease", band, {"score": score}),
    }


def _figures(r: Research) -> dict[str, Any]:
    n = len(r.sentences)
    return {
        "word_count": r.word_count,
        "sentence_count": n,
        "paragraph_lengths": list(r.paragraph_lengths),
        "section_lengths": [{"subheading": h, "words": w} for h, w in r.section_lengths],
        "keyphrase": {
            "count": r.keyphrase_count,
            "density": round(r.keyphrase_density, 2),
            "content_words": list(r.keyphrase.content_keys),
        },
        "passive_sentences": [s.text for s in r.sentences if s.passive],
        "transition_sentences": sum(1 for s in r.sentences if s.transition),
        "long_sentences": sum(1 for s in r.sentences if s.length > 20),
        "title_width_px": round(r.title_width, 1),
        "links": {"internal": r.internal_links[0], "external": r.external_links[0]},
        "images": r.images,
    }


def readability_verdict(
    checks: Sequence[Check], full_support: bool, agg: Mapping[str, Any]
) -> tuple[int, str]:
    """The readability score as Yoast's content assessor computes it: no average, but penalty
    points per check that is not green (red 3, orange 2; where the language lacks a check —
    passive voice or transition words — red 4, orange 2, and lower limits), then >6 red (30),
    >4 orange (60), else green (90); a text with one result or none is red. A green text
    presence says nothing in Yoast (no result), so it does not count as a result here either."""
    results = [c for c in checks if not (c.id == "text_presence" and c.rating == "green")]
    if len(results) <= 1:
        return 30, "red"
    suffix = "" if full_support else "_partial"
    penalties = agg[f"penalties{suffix}"]
    penalty = sum(penalties[c.rating] for c in results)
    if penalty > agg[f"bad_above{suffix}"]:
        return 30, "red"
    if penalty > agg[f"ok_above{suffix}"]:
        return 60, "orange"
    return 90, "green"


def analyze_paper(paper: Paper) -> Analysis:
    """Every check of ``paper``, with scores aggregated as Yoast aggregates them."""
    t0 = time.perf_counter()
    cfg = profile(paper.cornerstone)
    r = research(paper)
    lang = r.lang.code
    seo: list[Check] = []
    for fn in SEO_CHECKS:
        c = cfg[fn.__name__]
        out = fn(r, paper, c)
        if out is not None:
            seo.append(_check(out, lang, scored=c.get("scored", True)))
    read = [
        _check(o, lang)
        for fn in READABILITY_CHECKS
        if (o := fn(r, paper, cfg[fn.__name__])) is not None
    ]
    scored = [c.score for c in seo if c.scored]
    rc = cfg["seo_rating"]
    scored += list(rc.get("unreported_scores", ()))
    seo_score = round(100 * sum(scored) / (9 * len(scored))) if scored and paper.keyphrase else 0
    seo_score = max(seo_score, 0)
    seo_rating = (
        "red"
        if seo_score <= rc["red_max"]
        else "orange"
        if seo_score <= rc["orange_max"]
        else "green"
    )
    if not paper.keyphrase.strip():
        seo_rating = "none"
    full = r.lang.passive is not None and bool(r.lang.transition_words)
    read_score, read_rating = readability_verdict(read, full, cfg["readability_score"])
    return Analysis(
        lang=lang,
        seo_score=seo_score,
        seo_rating=seo_rating,
        seo=tuple(seo),
        readability_score=read_score,
        readability_rating=read_rating,
        readability=tuple(read),
        flesch=_flesch(r, lang),
        figures=_figures(r),
        ms=(time.perf_counter() - t0) * 1000,
        id=paper.id,
        marks=find_marks(r, paper.body.blocks, cfg),
    )


def density_band(paper: Paper) -> str | None:
    """The band of ``paper``'s keyphrase density check (``analyze_paper(paper)
    .check("keyphrase_density").band``: the same figures, the same judge), without the rest of
    the analysis; None where the check does not apply."""
    cfg = profile(paper.cornerstone)["keyphrase_density"]
    out = keyphrase_density(density_research(paper), paper, cfg)
    return out.band if out is not None else None
