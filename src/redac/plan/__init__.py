"""The plan: keyphrase, outline and metadata, decided deterministically from the source."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlannedSection:
    heading: str  # "" for the introduction
    paragraphs: tuple[int, ...]  # indices into Source.paragraphs
    words: int
    budget: int  # target words when a writer may expand the section
    # the same section named with the keyphrase, and without it ("" when the section offers
    # no natural phrase of that kind): the writer balances the subheadings with them
    topic_heading: str = ""
    plain_heading: str = ""
    given: bool = False  # the heading is the source's own: it stays, and its section whole


@dataclass(frozen=True)
class Plan:
    lang: str
    keyphrase: str
    synonyms: tuple[str, ...]
    title: str  # H1
    seo_title: str
    meta_description: str
    slug: str
    sections: tuple[PlannedSection, ...]
    min_words: int
