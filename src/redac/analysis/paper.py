"""The analyser's input: an article body plus the metadata an editor fills in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from redac.analysis.document import Body, parse_body
from redac.lang import language_from_locale


def split_synonyms(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(s.strip() for s in items if s and s.strip())


@dataclass(frozen=True)
class Paper:
    text: str
    keyphrase: str = ""
    synonyms: tuple[str, ...] = ()
    title: str = ""
    description: str = ""
    slug: str = ""
    locale: str = "fr_FR"
    permalink: str = ""
    cornerstone: bool = False
    title_width: float | None = None
    id: str | None = field(default=None, compare=False)

    @property
    def lang(self) -> str:
        return language_from_locale(self.locale)

    @cached_property
    def body(self) -> Body:
        return parse_body(self.text)
