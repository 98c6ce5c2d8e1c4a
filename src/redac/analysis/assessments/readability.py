"""The readability checks (Yoast's 7), plus Flesch reading ease as an insight."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from redac.analysis.assessments import Assessment, Outcome
from redac.analysis.paper import Paper
from redac.analysis.research import Research

Cfg = Mapping[str, Any]


def _pct(part: int, total: int) -> float:
    return round(100 * part / total, 1) if total else 0.0


def subheading_distribution(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not r.word_count:
        return None
    s = c["scores"]
    text_words = sum(n for _, n in r.section_lengths)
    limit, far = c["max_section"], c["far_too_many"]
    too_long = [n for _, n in r.section_lengths if n > limit]
    longest = max((n for _, n in r.section_lengths), default=0)
    fig = {"longest": longest, "max": limit, "too_long": len(too_long)}
    if text_words <= limit:
        return Outcome(
            "subheading_distribution", s["good"], "short" if not r.subheadings else "good", fig
        )
    if not r.subheadings:
        return Outcome(
            "subheading_distribution", s["long_no_subheadings"], "long_no_subheadings", fig
        )
    intro = r.section_lengths[0][1] if r.section_lengths and r.section_lengths[0][0] == "" else 0
    if limit < intro <= far and len(too_long) < 2:
        return Outcome("subheading_distribution", s["okay"], "intro_long", fig)
    if intro > far and len(too_long) < 2:
        return Outcome("subheading_distribution", s["bad"], "intro_very_long", fig)
    if longest <= limit:
        return Outcome("subheading_distribution", s["good"], "good", fig)
    if longest <= far:
        return Outcome("subheading_distribution", s["okay"], "okay", fig)
    return Outcome("subheading_distribution", s["bad"], "bad", fig)


def paragraph_length(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not r.word_count:
        return None
    s = c["scores"]
    longest = max(r.paragraph_lengths, default=0)
    fig = {
        "longest": longest,
        "too_long": sum(1 for n in r.paragraph_lengths if n > c["recommended"]),
        "max": c["recommended"],
    }
    if longest <= c["recommended"]:
        return Outcome("paragraph_length", s["good"], "good", fig)
    if longest <= c["maximum"]:
        return Outcome("paragraph_length", s["okay"], "okay", fig)
    return Outcome("paragraph_length", s["bad"], "bad", fig)


def sentence_length(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not r.sentences:
        return None
    s = c["scores"]
    long_ = sum(1 for x in r.sentences if x.length > c["max_words"])
    pct = _pct(long_, len(r.sentences))
    fig = {"percent": pct, "max_words": c["max_words"], "limit": c["slightly_too_many"]}
    if pct <= c["slightly_too_many"]:
        return Outcome("sentence_length", s["good"], "good", fig)
    if pct <= c["far_too_many"]:
        return Outcome("sentence_length", s["okay"], "okay", fig)
    return Outcome("sentence_length", s["bad"], "bad", fig)


def transition_words(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not r.sentences or not r.lang.transition_words:
        return None
    s = c["scores"]
    pct = _pct(sum(1 for x in r.sentences if x.transition), len(r.sentences))
    fig = {"percent": pct, "target": c["good"]}
    if r.word_count < c["min_text"]:
        return Outcome("transition_words", s["good"], "short", fig)
    if pct < c["ok"]:
        return Outcome("transition_words", s["bad"], "none" if pct == 0 else "bad", fig)
    if pct < c["good"]:
        return Outcome("transition_words", s["okay"], "okay", fig)
    return Outcome("transition_words", s["good"], "good", fig)


def passive_voice(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not r.sentences or r.lang.passive is None:
        return None
    s = c["scores"]
    pct = _pct(sum(1 for x in r.sentences if x.passive), len(r.sentences))
    fig = {"percent": pct, "max": c["good_max"]}
    if pct <= c["good_max"]:
        return Outcome("passive_voice", s["good"], "good", fig)
    if pct <= c["ok_max"]:
        return Outcome("passive_voice", s["okay"], "okay", fig)
    return Outcome("passive_voice", s["bad"], "bad", fig)


def text_presence(r: Research, p: Paper, c: Cfg) -> Outcome:
    ok = r.char_count >= c["min_characters"]
    fig = {"words": r.word_count, "characters": r.char_count}
    return Outcome(
        "text_presence", c["scores"]["good" if ok else "bad"], "good" if ok else "bad", fig
    )


def consecutive_sentences(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not r.sentences:
        return None
    runs: list[tuple[str, int]] = []
    for x in r.sentences:
        if runs and runs[-1][0] == x.first and x.first:
            runs[-1] = (x.first, runs[-1][1] + 1)
        else:
            runs.append((x.first, 1))
    bad = [(w, n) for w, n in runs if n > c["max_run"]]
    fig = {"groups": len(bad), "words": ", ".join(sorted({w for w, _ in bad}))}
    if bad:
        return Outcome("consecutive_sentences", c["scores"]["bad"], "bad", fig)
    return Outcome("consecutive_sentences", c["scores"]["good"], "good", fig)


READABILITY_CHECKS: tuple[Assessment, ...] = (
    subheading_distribution,
    paragraph_length,
    sentence_length,
    transition_words,
    passive_voice,
    text_presence,
    consecutive_sentences,
)
