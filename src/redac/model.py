"""The carriers that flow through the pipeline. All immutable.

``Source`` (ingest) → ``FactLedger`` (facts) → ``Plan`` (plan) → ``Article`` (write)
→ ``Report`` (analyse + check). Each stage is a function of the carriers before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from os import PathLike
from typing import Any, Literal

from redac.text.words import word_count

Origin = Literal["model", "source", "derived"]
ORIGINS: tuple[Origin, ...] = ("model", "source", "derived")


@dataclass(frozen=True)
class Link:
    """A link of the source: its anchor text as it reads in the paragraph, and where it goes."""

    text: str
    href: str


@dataclass(frozen=True)
class Figure:
    """An image of the source, with what the page says of it."""

    src: str
    alt: str = ""
    caption: str = ""
    credit: str = ""
    after: int = -1  # the source paragraph it follows (index into ``Source.paragraphs``)

    @property
    def text(self) -> str:
        """What a reader reads under the image (the caption, then the credit)."""
        return " ".join(x for x in (self.caption, self.credit) if x)


@dataclass(frozen=True)
class SourceBlock:
    kind: str  # "heading" | "paragraph" | "item" | "quote"
    text: str
    level: int = 0
    links: tuple[Link, ...] = ()  # links whose anchor text is in ``text``


@dataclass(frozen=True)
class Source:
    """An article as read: its blocks, its language, where it came from. Build one with
    :meth:`from_text`, :meth:`from_path` or :meth:`from_url` — never by guessing which a string is."""

    blocks: tuple[SourceBlock, ...]
    lang: str
    origin: str
    fmt: str  # "text" | "markdown" | "html" | "url"
    title: str = ""
    meta: tuple[tuple[str, str], ...] = ()
    figures: tuple[Figure, ...] = ()  # images of the article, where they stood

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind != "heading")

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(lk for b in self.blocks for lk in b.links)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    def meta_value(self, key: str, default: str = "") -> str:
        return dict(self.meta).get(key, default)

    @classmethod
    def from_text(
        cls, text: str, *, fmt: str | None = None, lang: str | None = None, origin: str = "text"
    ) -> Source:
        """An article given as text: plain, Markdown or HTML (sniffed unless ``fmt`` says)."""
        from redac.ingest import parse

        return parse(text, origin=origin, fmt=fmt, lang=lang)

    @classmethod
    def from_path(
        cls, path: str | PathLike[str], *, fmt: str | None = None, lang: str | None = None
    ) -> Source:
        """An article in a file (``-`` reads standard input)."""
        from redac.ingest import load_path

        return load_path(path, fmt=fmt, lang=lang)

    @classmethod
    def from_url(cls, url: str, *, lang: str | None = None, allow_private: bool = False) -> Source:
        """An article fetched over http(s), with the safe fetcher's guards."""
        from redac.ingest import load_url

        return load_url(url, lang=lang, allow_private=allow_private)


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]
    level: int = 2
    kind: str = "body"  # "intro" | "body" | "essentials" | "timeline" | "people" | "faq"
    items: tuple[str, ...] = ()  # list items, for key points and timelines
    origin: Origin = "source"  # what wrote the section: the model, the source, the ledger
    paragraph_origins: tuple[Origin, ...] = ()  # per paragraph, when they differ from ``origin``
    figures: tuple[Figure, ...] = ()  # the source's images, shown after the section's text

    def origin_of(self, i: int) -> Origin:
        """What wrote paragraph ``i`` (a repair may put a source sentence in a model section)."""
        if i < len(self.paragraph_origins):
            return self.paragraph_origins[i]
        return self.origin

    @property
    def word_count(self) -> int:
        return word_count(self.heading) + sum(
            word_count(p) for p in (*self.paragraphs, *self.items, *(f.text for f in self.figures))
        )


@dataclass(frozen=True)
class FaqItem:
    question: str
    answer: str
    origin: Origin = "derived"


@dataclass(frozen=True)
class Note:
    """Something a reader of the report must know about how the article was made.

    ``kind``: ``engine`` (what wrote it), ``fallback`` (a piece replaced), ``repair`` (a fix
    made), ``length`` (the minimum not reached), ``meta`` (metadata), ``source`` (the input)."""

    kind: str
    text: str
    section: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "section": self.section}


@dataclass(frozen=True)
class Article:
    lang: str
    title: str  # the H1
    seo_title: str
    meta_description: str
    slug: str
    keyphrase: str
    synonyms: tuple[str, ...]
    sections: tuple[Section, ...]
    faq: tuple[FaqItem, ...] = ()
    faq_heading: str = ""
    engine: str = "offline"
    notes: tuple[Note, ...] = ()
    usage: dict[str, Any] = field(default_factory=dict, compare=False)
    # what the source's page says of itself, for the front matter and the JSON-LD
    links: tuple[Link, ...] = ()  # the source's links, set again on their anchor text
    date: str = ""  # ISO date of the dispatch when known, else of the run
    author: str = ""
    publisher: str = ""
    image: str = ""  # the article's lead image (the page's og:image, else its first figure)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for s in self.sections for f in s.figures)

    fallback: str = (
        ""  # why a model that was asked wrote nothing kept ("" when it did, or none was)
    )

    @property
    def word_count(self) -> int:
        """Words of the body as the analyser counts them (subheadings and captions included,
        H1 not): the one count of the summary, the constraints and the analyser."""
        n = word_count(self.faq_heading) if self.faq else 0
        n += sum(s.word_count for s in self.sections)
        return n + sum(word_count(i.question) + word_count(i.answer) for i in self.faq)

    @property
    def provenance(self) -> dict[Origin, int]:
        """Sections by what wrote them (the FAQ counts as one derived section)."""
        counts: dict[Origin, int] = dict.fromkeys(ORIGINS, 0)
        for s in self.sections:
            counts[s.origin] += 1
        if self.faq:
            counts["derived"] += 1
        return counts
