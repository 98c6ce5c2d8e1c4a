"""What the claim checker says: a verdict per statement, with its reasons and sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# every reason the checker gives, in the order a reader needs them (the first is the main one)
REASONS: dict[str, str] = {
    "no_support": "no source support",
    "new_entity": "new entity",
    "changed_entity": "entity changed",
    "changed_number": "changed number",
    "changed_date": "changed date",
    "place_time_changed": "place/time changed",
    "altered_quote": "altered quotation",
    "speaker_changed": "speaker changed",
    "role_changed": "role changed",
    "negation_flipped": "negation flipped",
    "modality_changed": "modality changed",
    "comparison_flipped": "comparison flipped",
    "different_predicate": "different predicate",
}
_ORDER = {code: i for i, code in enumerate(REASONS)}

Kind = Literal["sentence", "heading", "title", "question", "item", "meta"]


@dataclass(frozen=True)
class Reason:
    code: str  # a key of REASONS
    detail: str  # what differs, quoting both sides where it can

    @property
    def label(self) -> str:
        return REASONS[self.code]

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "label": self.label, "detail": self.detail}


@dataclass(frozen=True)
class Verdict:
    """The judgement of one statement of an article against the source."""

    text: str
    kind: str = "sentence"
    reasons: tuple[Reason, ...] = ()
    sources: tuple[int, ...] = ()  # indices of the source sentences it rests on
    source_texts: tuple[str, ...] = field(default=(), compare=False)
    where: str = ""  # the part of the article it comes from ("section 2", "faq 1")
    block: int = -1  # the index of the block (heading, paragraph, item) it was read from

    @property
    def supported(self) -> bool:
        return not self.reasons

    @property
    def verdict(self) -> Literal["supported", "unsupported"]:
        return "supported" if self.supported else "unsupported"

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "where": self.where,
            "verdict": self.verdict,
            "reasons": [r.code for r in self.reasons],
            "details": [r.to_dict() for r in self.reasons],
            "sources": list(self.sources),
            "source_texts": list(self.source_texts),
        }


def ordered(reasons: list[Reason]) -> tuple[Reason, ...]:
    """One reason per code (details joined), in the reader's order."""
    by: dict[str, list[str]] = {}
    for r in reasons:
        if r.detail not in by.setdefault(r.code, []):
            by[r.code].append(r.detail)
    return tuple(
        Reason(code, "; ".join(d for d in details if d))
        for code, details in sorted(by.items(), key=lambda kv: _ORDER[kv[0]])
    )


@dataclass(frozen=True)
class ClaimReport:
    """Every statement of an article judged against its source."""

    verdicts: tuple[Verdict, ...]
    source_sentences: tuple[str, ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        return all(v.supported for v in self.verdicts)

    @property
    def unsupported(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if not v.supported)

    def summary(self) -> str:
        bad = self.unsupported
        if not bad:
            return f"all {len(self.verdicts)} statements supported by the source"
        shown = "; ".join(f"{v.reasons[0].label}: {v.text[:70]!r}" for v in bad[:4])
        return f"{len(bad)} of {len(self.verdicts)} statements unsupported — {shown}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "supported": sum(1 for v in self.verdicts if v.supported),
            "unsupported": len(self.unsupported),
            "sentences": [v.to_dict() for v in self.verdicts],
        }
