"""The analysis as an editor reads it, built once for every output (terminal table, HTML
report, web page): two panels (SEO, readability), each with its checks grouped like Yoast's —
problems, improvements, good results — under human labels, numbers written the language's way,
and no raw internals (no check ids or scores shown; the ids stay as keys for highlighting).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from redac.analysis import messages
from redac.analysis.assessor import Analysis, Check

GROUPS = (("problems", "red"), ("improvements", "orange"), ("good", "green"))


@dataclass(frozen=True)
class CheckView:
    id: str  # a key, never shown
    rating: str  # red | orange | green
    label: str  # "Longueur des phrases"
    text: str  # "40,5 % des phrases dépassent 20 mots ; raccourcissez-les."
    marks: int  # passages the page can highlight
    marks_label: str  # "Surligner 12 passage(s)"


@dataclass(frozen=True)
class GroupView:
    key: str  # problems | improvements | good
    title: str
    checks: tuple[CheckView, ...]


@dataclass(frozen=True)
class PanelView:
    key: str  # seo | readability
    title: str
    score: int
    rating: str  # red | orange | green | none
    score_text: str  # "72/100"
    verdict: str  # "Bon"
    groups: tuple[GroupView, ...]


@dataclass(frozen=True)
class ReportView:
    lang: str
    title: str
    panels: tuple[PanelView, ...]
    insights: tuple[tuple[str, str], ...]  # (label, text): reading ease, words, sentences
    nothing: str  # what an empty group says

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _check(lang: str, c: Check, marks: int) -> CheckView:
    return CheckView(
        id=c.id,
        rating=c.rating,
        label=messages.title(lang, c.id),
        text=messages.text(lang, c.id, c.band, c.figures),
        marks=marks,
        marks_label=messages.label(lang, "marks", count=marks) if marks else "",
    )


def _panel(a: Analysis, key: str, checks: tuple[Check, ...], score: int, rating: str) -> PanelView:
    lang = a.lang
    views = [_check(lang, c, len(a.marks.get(c.id, ()))) for c in checks]
    groups = tuple(
        GroupView(g, messages.label(lang, g), tuple(v for v in views if v.rating == r))
        for g, r in GROUPS
    )
    return PanelView(
        key=key,
        title=messages.label(lang, key),
        score=score,
        rating=rating,
        score_text=messages.label(lang, "score", score=score),
        verdict=messages.label(lang, f"verdict_{rating}"),
        groups=groups,
    )


def report_view(a: Analysis, title: str = "") -> ReportView:
    lang = a.lang
    flesch = a.flesch.get("score")
    reading = (
        messages.text(lang, "flesch_reading_ease", a.flesch["band"], {"score": flesch}).rstrip(".")
        if flesch is not None
        else messages.label(lang, "flesch_none")
    )
    fig = a.figures
    return ReportView(
        lang=lang,
        title=title or messages.label(lang, "report"),
        panels=(
            _panel(a, "seo", a.seo, a.seo_score, a.seo_rating),
            _panel(a, "readability", a.readability, a.readability_score, a.readability_rating),
        ),
        insights=(
            (messages.label(lang, "flesch"), reading),
            ("", messages.label(lang, "words", words=fig.get("word_count", 0))),
            ("", messages.label(lang, "sentences", sentences=fig.get("sentence_count", 0))),
        ),
        nothing=messages.label(lang, "nothing"),
    )
