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
    source_text: str
    facts: tuple[Fact, ...]

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
