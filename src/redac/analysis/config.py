"""Thresholds and scores of every check, as configuration.

The numbers follow Yoast SEO's published scoring (free plugin, yoastseo 3.x) so that redac's
traffic lights mean what editors already know. ``CORNERSTONE`` holds the stricter profile for
cornerstone content. Assessments read their numbers from here and nowhere else.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

_DEFAULT: dict[str, dict[str, Any]] = {
    "keyphrase_in_introduction": {"scores": {"good": 9, "okay": 6, "bad": 3}},
    "keyphrase_length": {
        "recommended_min": 1,
        "recommended_max": 4,
        "acceptable_max": 8,
        "no_function_words": {"recommended_max": 6, "acceptable_max": 9},
        "scores": {"very_bad": -999, "bad": 3, "okay": 6, "good": 9},
    },
    "keyphrase_density": {
        "minimum": 0.5,
        "maximum": 3.0,
        "over_maximum": 4.0,
        "maximum_with_forms": 3.5,
        "short_text": 100,
        "scores": {"way_over": -50, "over": -10, "good": 9, "under": 4, "none": -50},
    },
    "keyphrase_in_meta_description": {"scores": {"good": 9, "bad": 3}},
    "meta_description_length": {
        "recommended_min": 120,
        "maximum": 156,
        "scores": {"missing": 1, "too_long": 6, "too_short": 6, "good": 9},
    },
    "keyphrase_in_subheadings": {
        "lower": 0.3,
        "upper": 0.75,
        "long_text": 300,
        "scores": {
            "none": 1,
            "long_no_subheadings": 2,
            "no_match": 3,
            "too_few": 3,
            "good": 9,
            "short_no_subheadings": 9,
            "too_many": 3,
        },
    },
    "competing_links": {"scores": {"good": 8, "bad": 2}},
    "image_keyphrase": {
        "lower": 0.3,
        "upper": 0.75,
        "scores": {
            "good": 9,
            "too_few": 6,
            "too_many": 6,
            "no_keyphrase_alt": 6,
            "no_alt": 6,
            "no_images": 3,
        },
    },
    "images": {"recommended": 1, "scores": {"good": 9, "bad": 3}},
    "text_length": {
        "recommended": 300,
        "slightly_below": 250,
        "below": 200,
        "very_far_below": 100,
        "scores": {
            "good": 9,
            "slightly_below": 6,
            "below": 3,
            "far_below": -10,
            "very_far_below": -20,
        },
    },
    "outbound_links": {"scores": {"none": 3, "all_nofollow": 7, "some_nofollow": 8, "good": 9}},
    "keyphrase_in_seo_title": {"scores": {"good": 9, "okay": 6, "bad": 2}},
    "internal_links": {"scores": {"good": 9, "some_nofollow": 8, "all_nofollow": 7, "none": 3}},
    "seo_title_width": {
        "min_px": 400,
        "max_px": 600,
        "scores": {"missing": 1, "too_short": 6, "too_long": 3, "good": 9},
    },
    "keyphrase_in_slug": {"short_keyphrase": 3, "scores": {"good": 9, "okay": 6}},
    "function_words_in_keyphrase": {
        "scores": {"good": 9, "bad": 0},
        "scored": False,  # Yoast counts it 0 either way: see seo_rating.unreported_scores
    },
    "single_h1": {"scores": {"good": 8, "bad": 1}},
    "keyphrase_distribution": {
        "good_gap": 30,
        "acceptable_gap": 50,
        "min_sentences": 15,
        "scored": False,  # a premium check in Yoast: reported, not counted in the SEO score
        "scores": {"good": 9, "okay": 6, "bad": 1},
    },
    # readability
    "subheading_distribution": {
        "max_section": 300,
        "far_too_many": 350,
        "scores": {"good": 9, "okay": 6, "bad": 3, "long_no_subheadings": 2},
    },
    "paragraph_length": {
        "recommended": 150,
        "maximum": 200,
        "scores": {"good": 9, "okay": 6, "bad": 3},
    },
    "sentence_length": {
        "max_words": 20,
        "slightly_too_many": 25.0,
        "far_too_many": 30.0,
        "scores": {"good": 9, "okay": 6, "bad": 3},
    },
    "transition_words": {
        "min_text": 200,
        "ok": 20.0,
        "good": 30.0,
        "scores": {"good": 9, "okay": 6, "bad": 3},
    },
    "passive_voice": {"good_max": 10.0, "ok_max": 15.0, "scores": {"good": 9, "okay": 6, "bad": 3}},
    "text_presence": {"min_characters": 50, "scores": {"good": 9, "bad": 3}},
    "consecutive_sentences": {"max_run": 2, "scores": {"good": 9, "bad": 3}},
    "flesch_reading_ease": {"bands": [90, 80, 70, 60, 50, 30]},
    # aggregation
    "readability_score": {
        "penalties": {"red": 3, "orange": 2, "green": 0},
        "bad_above": 6,
        "ok_above": 4,
        # a language without every check (no passive-voice or transition-word test)
        "penalties_partial": {"red": 4, "orange": 2, "green": 0},
        "bad_above_partial": 4,
        "ok_above_partial": 2,
    },
    "seo_rating": {
        "red_max": 40,
        "orange_max": 70,
        # Two results Yoast counts in its SEO score that redac does not score as checks: the
        # keyphrase not used on another page of the site (9; redac keeps no site memory, so
        # it counts as Yoast does for a keyphrase never used) and the function-words result,
        # which scores 0 whether it passes (an empty result) or fails. Without them redac's
        # score ran ~4 points above Yoast's on every article (bench/offline_corpus.py).
        "unreported_scores": (9, 0),
    },
}

_CORNERSTONE_OVERRIDES: dict[str, dict[str, Any]] = {
    "meta_description_length": {"scores": {"too_long": 3, "too_short": 3}},
    "image_keyphrase": {"scores": {"no_keyphrase_alt": 3, "no_alt": 3}},
    "text_length": {
        "recommended": 900,
        "slightly_below": 400,
        "below": 300,
        "scores": {"below": -20, "far_below": -20},
    },
    "seo_title_width": {"scores": {"too_short": 9}},
    "keyphrase_in_slug": {"scores": {"okay": 3}},
    "keyphrase_in_subheadings": {"long_text": 250},
    "subheading_distribution": {"max_section": 250, "far_too_many": 300},
    "sentence_length": {"slightly_too_many": 20.0, "far_too_many": 25.0},
}


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _freeze(d: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType({k: _freeze(v) if isinstance(v, dict) else v for k, v in d.items()})


DEFAULT = _freeze(_DEFAULT)
CORNERSTONE = _freeze(_merge(_DEFAULT, _CORNERSTONE_OVERRIDES))


def profile(cornerstone: bool = False) -> MappingProxyType[str, Any]:
    return CORNERSTONE if cornerstone else DEFAULT


@dataclass(frozen=True)
class Targets:
    """The thresholds writers aim for, read from the same profile the analyser judges with:
    one source of truth for planner, engines, constraints and checks."""

    description_chars: tuple[int, int]  # meta description, inclusive
    title_px: tuple[int, int]  # SEO title width
    paragraph_words: int  # a paragraph over this is too long
    sentence_words: int  # a sentence over this is long
    section_words: int  # text under one subheading
    transition_share: float  # share of sentences with a transition word for "good"
    passive_share: float  # share of passive sentences still "good"
    subheading_keyphrase: tuple[float, float]  # share of subheadings holding the keyphrase


def targets(cornerstone: bool = False) -> Targets:
    p = profile(cornerstone)
    md, tw = p["meta_description_length"], p["seo_title_width"]
    sub = p["keyphrase_in_subheadings"]
    return Targets(
        description_chars=(md["recommended_min"], md["maximum"]),
        title_px=(tw["min_px"], tw["max_px"]),
        paragraph_words=p["paragraph_length"]["recommended"],
        sentence_words=p["sentence_length"]["max_words"],
        section_words=p["subheading_distribution"]["max_section"],
        transition_share=p["transition_words"]["good"] / 100,
        passive_share=p["passive_voice"]["good_max"] / 100,
        subheading_keyphrase=(sub["lower"], sub["upper"]),
    )
