"""The SEO checks (Yoast's 17 free checks plus keyphrase distribution)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Protocol

from redac.analysis.assessments import Assessment, Outcome
from redac.analysis.keyphrase import Topic
from redac.analysis.paper import Paper
from redac.analysis.research import Research

Cfg = Mapping[str, Any]


class DensityFigures(Protocol):
    """What the density check reads: a :class:`Research`, or a :class:`DensityResearch`."""

    @property
    def keyphrase(self) -> Topic: ...
    @property
    def word_count(self) -> int: ...
    @property
    def keyphrase_count(self) -> int: ...
    @property
    def keyphrase_density(self) -> float: ...


def _has_topic(r: DensityFigures) -> bool:
    return not r.keyphrase.empty


def keyphrase_in_introduction(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r) or not r.word_count:
        return None
    s = c["scores"]
    if r.intro_one_sentence:
        return Outcome("keyphrase_in_introduction", s["good"], "good")
    if r.intro_paragraph:
        return Outcome("keyphrase_in_introduction", s["okay"], "okay")
    return Outcome("keyphrase_in_introduction", s["bad"], "bad")


def keyphrase_length(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    s = c["scores"]
    k = r.keyphrase
    n = len(k.words) if (k.exact or k.only_function_words) else len(k.content_keys)
    rec_max, acc_max = c["recommended_max"], c["acceptable_max"]
    if not r.lang.has_function_words:
        rec_max, acc_max = (
            c["no_function_words"]["recommended_max"],
            c["no_function_words"]["acceptable_max"],
        )
    fig = {"words": n, "max": rec_max}
    if n < c["recommended_min"]:
        return Outcome("keyphrase_length", s["very_bad"], "missing", fig)
    if n <= rec_max:
        return Outcome("keyphrase_length", s["good"], "good", fig)
    if n <= acc_max:
        return Outcome("keyphrase_length", s["okay"], "okay", fig)
    return Outcome("keyphrase_length", s["bad"], "bad", fig)


def _recommended_count(n_words: int, density: float, wc: int, up: bool) -> int:
    if wc == 0:
        return 0
    raw = density * wc / (100 * (0.7 + n_words / 3))
    if raw < 2:
        return 2
    return math.floor(raw) if up else math.ceil(raw)


def keyphrase_density(r: DensityFigures, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r) or not r.word_count:
        return None
    s = c["scores"]
    count, wc = r.keyphrase_count, r.word_count
    kl = max(len(r.keyphrase.content_keys), 1)
    fig: dict[str, Any] = {"count": count, "density": round(r.keyphrase_density, 2)}
    if wc < c["short_text"]:
        hi = 2 if wc > 50 else 1
        fig.update(min=1, max=hi)
        if count == 0:
            return Outcome("keyphrase_density", s["under"], "none", fig)
        if count <= hi:
            return Outcome("keyphrase_density", s["good"], "good", fig)
        band, score = ("over", s["over"]) if count == hi + 1 else ("way_over", s["way_over"])
        return Outcome("keyphrase_density", score, band, fig)
    lo_n = _recommended_count(kl, c["minimum"], wc, up=False)
    hi_n = _recommended_count(kl, c["maximum"], wc, up=True)
    fig.update(min=lo_n, max=hi_n)
    d = r.keyphrase_density * (0.7 + kl / 3)
    if count == 0:
        return Outcome("keyphrase_density", s["under"], "none", fig)
    if d < c["minimum"] or count == 1:
        return Outcome("keyphrase_density", s["under"], "under", fig)
    if c["minimum"] <= d <= c["maximum"] or (count == 2 and lo_n <= 2):
        return Outcome("keyphrase_density", s["good"], "good", fig)
    if d <= c["over_maximum"]:
        return Outcome("keyphrase_density", s["over"], "over", fig)
    return Outcome("keyphrase_density", s["way_over"], "way_over", fig)


def keyphrase_in_meta_description(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r):
        return None
    s = c["scores"]
    n = r.description_matches
    fig = {"count": n}
    if not p.description.strip():
        return Outcome("keyphrase_in_meta_description", s["bad"], "missing", fig)
    if n in (1, 2):
        return Outcome("keyphrase_in_meta_description", s["good"], "good", fig)
    return Outcome("keyphrase_in_meta_description", s["bad"], "too_many" if n > 2 else "none", fig)


def meta_description_length(r: Research, p: Paper, c: Cfg) -> Outcome:
    s = c["scores"]
    n = r.description_length
    fig = {"length": n, "min": c["recommended_min"], "max": c["maximum"]}
    if n == 0:
        return Outcome("meta_description_length", s["missing"], "missing", fig)
    if n <= c["recommended_min"]:
        return Outcome("meta_description_length", s["too_short"], "too_short", fig)
    if n > c["maximum"]:
        return Outcome("meta_description_length", s["too_long"], "too_long", fig)
    return Outcome("meta_description_length", s["good"], "good", fig)


def keyphrase_in_subheadings(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r) or not r.word_count:
        return None
    s = c["scores"]
    total, hits = len(r.subheadings), r.subheadings_matching
    fig = {"matches": hits, "subheadings": total}
    if total == 0:
        long_text = r.word_count >= c["long_text"]
        band = "long_no_subheadings" if long_text else "short_no_subheadings"
        return Outcome("keyphrase_in_subheadings", s[band], band, fig)
    lo, hi = math.ceil(total * c["lower"]), math.floor(total * c["upper"])
    if 0 < hits < lo:
        return Outcome("keyphrase_in_subheadings", s["too_few"], "too_few", fig)
    if total > 1 and hits > hi:
        return Outcome("keyphrase_in_subheadings", s["too_many"], "too_many", fig)
    if (total == 1 and hits == 1) or (lo <= hits <= hi and hits > 0):
        return Outcome("keyphrase_in_subheadings", s["good"], "good", fig)
    return Outcome("keyphrase_in_subheadings", s["no_match"], "no_match", fig)


def competing_links(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r) or not r.word_count:
        return None
    s = c["scores"]
    fig = {"count": r.competing_links}
    if r.competing_links:
        return Outcome("competing_links", s["bad"], "bad", fig)
    return Outcome("competing_links", s["good"], "good", fig)


def image_keyphrase(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    s = c["scores"]
    fig = {"images": r.images, "matching": r.images_alt_matching}
    if not _has_topic(r) or r.images == 0:
        return Outcome("image_keyphrase", s["no_images"], "no_images", fig)
    if r.images_with_alt == 0:
        return Outcome("image_keyphrase", s["no_alt"], "no_alt", fig)
    if r.images_alt_matching == 0:
        return Outcome("image_keyphrase", s["no_keyphrase_alt"], "no_keyphrase_alt", fig)
    if r.images < 5:
        return Outcome("image_keyphrase", s["good"], "good", fig)
    share = r.images_alt_matching / r.images
    if share < c["lower"]:
        return Outcome("image_keyphrase", s["too_few"], "too_few", fig)
    if share > c["upper"]:
        return Outcome("image_keyphrase", s["too_many"], "too_many", fig)
    return Outcome("image_keyphrase", s["good"], "good", fig)


def images(r: Research, p: Paper, c: Cfg) -> Outcome:
    ok = r.images >= c["recommended"]
    return Outcome(
        "images",
        c["scores"]["good" if ok else "bad"],
        "good" if ok else "bad",
        {"images": r.images},
    )


def text_length(r: Research, p: Paper, c: Cfg) -> Outcome:
    s, n = c["scores"], r.word_count
    fig = {"words": n, "recommended": c["recommended"]}
    for band, limit in (
        ("good", "recommended"),
        ("slightly_below", "slightly_below"),
        ("below", "below"),
        ("far_below", "very_far_below"),
    ):
        if n >= c[limit]:
            return Outcome("text_length", s[band], band, fig)
    return Outcome("text_length", s["very_far_below"], "very_far_below", fig)


def _links(kind: str, counts: tuple[int, int], c: Cfg) -> Outcome:
    s = c["scores"]
    total, nofollow = counts
    fig = {"links": total, "nofollow": nofollow}
    if total == 0:
        return Outcome(kind, s["none"], "none", fig)
    if nofollow == total:
        return Outcome(kind, s["all_nofollow"], "all_nofollow", fig)
    if nofollow:
        return Outcome(kind, s["some_nofollow"], "some_nofollow", fig)
    return Outcome(kind, s["good"], "good", fig)


def outbound_links(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    return _links("outbound_links", r.external_links, c) if r.word_count else None


def internal_links(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    return _links("internal_links", r.internal_links, c) if r.word_count else None


def keyphrase_in_seo_title(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r) or not p.title.strip():
        return None
    s = c["scores"]
    fig = {"position": r.title_position}
    if r.title_position == 0:
        return Outcome("keyphrase_in_seo_title", s["good"], "good", fig)
    if r.title_position > 0:
        return Outcome("keyphrase_in_seo_title", s["okay"], "not_at_start", fig)
    if r.title_all_words:
        return Outcome("keyphrase_in_seo_title", s["okay"], "words_only", fig)
    return Outcome("keyphrase_in_seo_title", s["bad"], "bad", fig)


def seo_title_width(r: Research, p: Paper, c: Cfg) -> Outcome:
    s = c["scores"]
    w = r.title_width if p.title.strip() else 0
    fig = {"width_px": round(w), "min_px": c["min_px"], "max_px": c["max_px"]}
    if w == 0:
        return Outcome("seo_title_width", s["missing"], "missing", fig)
    if w < c["min_px"]:
        return Outcome("seo_title_width", s["too_short"], "too_short", fig)
    if w > c["max_px"]:
        return Outcome("seo_title_width", s["too_long"], "too_long", fig)
    return Outcome("seo_title_width", s["good"], "good", fig)


def keyphrase_in_slug(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    """Short keyphrases (1–2 content words) must be whole in the slug; longer ones more than half."""
    if not _has_topic(r) or not p.slug.strip():
        return None
    s = c["scores"]
    share = r.slug_share
    fig = {"share": round(share, 2)}
    whole_needed = len(r.keyphrase.content_keys) < c["short_keyphrase"]
    if share >= 1 or (not whole_needed and share > 0.5):
        return Outcome("keyphrase_in_slug", s["good"], "good", fig)
    return Outcome("keyphrase_in_slug", s["okay"], "okay" if share > 0 else "none", fig)


def function_words_in_keyphrase(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r):
        return None
    bad = r.keyphrase.only_function_words
    return Outcome(
        "function_words_in_keyphrase",
        c["scores"]["bad" if bad else "good"],
        "bad" if bad else "good",
    )


def single_h1(r: Research, p: Paper, c: Cfg) -> Outcome:
    bad = r.h1_count > 1
    return Outcome(
        "single_h1",
        c["scores"]["bad" if bad else "good"],
        "bad" if bad else "good",
        {"h1": r.h1_count},
    )


def keyphrase_distribution(r: Research, p: Paper, c: Cfg) -> Outcome | None:
    if not _has_topic(r) or len(r.sentences) < c["min_sentences"]:
        return None
    s, gap = c["scores"], r.distribution_gap
    fig = {"gap_percent": gap}
    if gap <= c["good_gap"]:
        return Outcome("keyphrase_distribution", s["good"], "good", fig)
    if gap <= c["acceptable_gap"]:
        return Outcome("keyphrase_distribution", s["okay"], "okay", fig)
    return Outcome("keyphrase_distribution", s["bad"], "bad", fig)


SEO_CHECKS: tuple[Assessment, ...] = (
    keyphrase_in_introduction,
    keyphrase_length,
    keyphrase_density,
    keyphrase_in_meta_description,
    meta_description_length,
    keyphrase_in_subheadings,
    competing_links,
    image_keyphrase,
    images,
    text_length,
    outbound_links,
    keyphrase_in_seo_title,
    internal_links,
    seo_title_width,
    keyphrase_in_slug,
    function_words_in_keyphrase,
    single_h1,
    keyphrase_distribution,
)
