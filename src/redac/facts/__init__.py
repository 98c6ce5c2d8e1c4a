"""The fact ledger: what the source states, with positions. The contract of every rewrite."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("entity", "number", "date", "quote")


@dataclass(frozen=True)
class Fact:
    kind: str  # "entity" | "number" | "date" | "quote"
    text: str  # as written in the source
    key: str  # normalised form used for matching
    start: int  # character offset in the source text
    paragraph: int
    label: str = ""  # entity type (PER, ORG, LOC, MISC), number unit, or quote speaker
    role: str = ""  # for people: the role the source gives them


@dataclass(frozen=True)
class FactLedger:
    lang: str
    source_text: str  # the title, subheadings and paragraphs, normalised, one block per "\n\n"
    facts: tuple[Fact, ...]
    # where each of ``Source.paragraphs`` sits in ``source_text`` (start, end): the stages that
    # read the source's parse (subheadings, claims) slice it instead of parsing again
    paragraph_spans: tuple[tuple[int, int], ...] = ()

    def of(self, kind: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.kind == kind)

    def to_dict(self) -> list[dict[str, object]]:
        return [
            {
                "kind": f.kind,
                "text": f.text,
                "label": f.label,
                "role": f.role,
                "paragraph": f.paragraph,
            }
            for f in self.facts
        ]
