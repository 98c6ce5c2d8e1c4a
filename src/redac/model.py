"""The carriers that flow through the pipeline. All immutable.

``Source`` (ingest) → ``FactLedger`` (facts) → ``Plan`` (plan) → ``Article`` (write)
→ ``Report`` (analyse + check). Each stage is a function of the carriers before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SourceBlock:
    kind: str  # "heading" | "paragraph" | "item" | "quote"
    text: str
    level: int = 0


@dataclass(frozen=True)
class Source:
    blocks: tuple[SourceBlock, ...]
    lang: str
    origin: str
    fmt: str  # "text" | "markdown" | "html" | "url"
    title: str = ""
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind != "heading")

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    def meta_value(self, key: str, default: str = "") -> str:
        return dict(self.meta).get(key, default)


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]
    level: int = 2
    kind: str = "body"  # "intro" | "body" | "essentials" | "timeline" | "people" | "faq"
    items: tuple[str, ...] = ()  # list items, for key points and timelines


@dataclass(frozen=True)
class FaqItem:
    question: str
    answer: str


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
    notes: tuple[str, ...] = ()
    usage: dict[str, Any] = field(default_factory=dict, compare=False)
