"""Verify one piece the model wrote: length, language, refusal, and facts against the ledger."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redac.errors import LanguageError
from redac.facts import Fact, FactLedger
from redac.facts.check import check
from redac.facts.cross import check_cross
from redac.lang.detect import detect
from redac.text.words import word_count
from redac.write.llm import prompts
from redac.write.phrases import frame_words


@dataclass(frozen=True)
class Problem:
    key: str  # a key of prompts/<lang>/problems.txt
    values: tuple[tuple[str, str], ...] = ()

    def phrase(self, lang: str) -> str:
        return prompts.fill(prompts.table(lang, "problems")[self.key], **dict(self.values))

    def __str__(self) -> str:
        return self.key + (
            "(" + ", ".join(f"{k}={v}" for k, v in self.values) + ")" if self.values else ""
        )


def facts_in(paragraphs: list[str], ledger: FactLedger) -> tuple[Fact, ...]:
    """The ledger's facts stated in these paragraphs (one per key)."""
    text = " ".join(paragraphs).replace("’", "'")
    seen: set[tuple[str, str]] = set()
    out = []
    for f in ledger.facts:
        if f.kind == "entity" and f.label not in ("PER", "ENT", "ORG"):
            continue
        if f.text.replace("’", "'") in text and (f.kind, f.key) not in seen:
            seen.add((f.kind, f.key))
            out.append(f)
    return tuple(out)


def problems(
    text: str,
    *,
    target: str,
    source_lang: str,
    ledger: FactLedger,
    facts: tuple[Fact, ...],
    min_words: int,
    markers: tuple[str, ...],
) -> list[Problem]:
    """What is wrong with ``text``; empty when it can be used as it is."""
    labels = prompts.table(target, "labels")
    from redac.lang import get_language

    language = get_language(target).name
    if not text.strip():
        return [Problem("empty")]
    if re.search(labels["refusals"], text[:300], re.I):
        return [Problem("refusal")]
    out: list[Problem] = []
    n = word_count(text)
    if n < min_words:
        out.append(Problem("short", (("words", str(n)), ("missing", str(min_words - n)))))
    try:
        lang, conf = detect(text)
        if lang != target and conf >= 0.5:
            out.append(Problem("language", (("language", language),)))
    except LanguageError:
        pass
    sub = FactLedger(ledger.lang, ledger.source_text, facts)
    if target == source_lang:
        fc = check(text, sub, frame_words(target))
    else:
        fc = check_cross(text, sub, target, markers)
    if fc.invented:
        items = "; ".join(f"{i['text']!r}" for i in fc.invented[:6])
        out.append(Problem("invented", (("items", items),)))
    lost = [f for f in fc.missing if f.kind in ("number", "date", "quote") or f.label == "PER"]
    if lost:
        out.append(Problem("missing", (("items", "; ".join(repr(f.text) for f in lost[:8])),)))
    return out
