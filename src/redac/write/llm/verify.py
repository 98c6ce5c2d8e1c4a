"""Verify one piece the model wrote: length, language, refusal, and facts against the ledger."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redac.errors import LanguageError
from redac.facts import Fact, FactLedger
from redac.facts.check import FactCheck, check
from redac.facts.cross import check_cross
from redac.facts.normalize import frame_words
from redac.lang.detect import detect
from redac.text.sentences import split_sentences
from redac.text.words import word_count
from redac.write.llm import prompts
from redac.write.llm.repair import sentence_key


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


def fact_check(
    text: str,
    *,
    target: str,
    source_lang: str,
    ledger: FactLedger,
    facts: tuple[Fact, ...],
    markers: tuple[str, ...],
) -> FactCheck:
    """``text`` against the whole ledger (for invented facts) and ``facts`` (for lost ones),
    across languages when the target is not the source's."""
    sub = FactLedger(ledger.lang, ledger.source_text, facts)
    if target == source_lang:
        return check(text, sub, frame_words(target))
    return check_cross(text, sub, target, markers)


MIN_DISTINCT_WORDS = 0.3  # prose repeats words, not this much: below, the model is looping


def repetitive(text: str) -> bool:
    """A sentence said twice, or too few distinct words: a model stuck in a loop."""
    keys = [sentence_key(s) for p in text.split("\n\n") for s in split_sentences(p)]
    keys = [k for k in keys if k]
    tokens = [w.lower() for w in re.findall(r"\w+", text)]
    return len(set(keys)) < len(keys) or (
        len(tokens) >= 40 and len(set(tokens)) < MIN_DISTINCT_WORDS * len(tokens)
    )


def lost_facts(fc: FactCheck) -> list[Fact]:
    """The missing facts a piece must keep: numbers, dates, quotations and people."""
    return [f for f in fc.missing if f.kind in ("number", "date", "quote") or f.label == "PER"]


def problems(
    text: str,
    *,
    target: str,
    source_lang: str,
    ledger: FactLedger,
    facts: tuple[Fact, ...],
    min_words: int,
    markers: tuple[str, ...],
    fc: FactCheck | None = None,
) -> list[Problem]:
    """What is wrong with ``text``; empty when it can be used as it is. ``fc`` is the text's
    fact check when the caller already has it."""
    labels = prompts.table(target, "labels")
    from redac.lang import get_language

    language = get_language(target).name
    if not text.strip():
        return [Problem("empty")]
    if re.search(labels["refusals"], text[:300], re.I):
        return [Problem("refusal")]
    out: list[Problem] = []
    if repetitive(text):
        out.append(Problem("repetitive"))
    n = word_count(text)
    if n < min_words:
        out.append(Problem("short", (("words", str(n)), ("missing", str(min_words - n)))))
    try:
        lang, conf = detect(text)
        if lang != target and conf >= 0.5:
            out.append(Problem("language", (("language", language),)))
    except LanguageError:
        pass
    if fc is None:
        fc = fact_check(
            text,
            target=target,
            source_lang=source_lang,
            ledger=ledger,
            facts=facts,
            markers=markers,
        )
    if fc.invented:
        items = "; ".join(f"{i['text']!r}" for i in fc.invented[:6])
        out.append(Problem("invented", (("items", items),)))
    lost = lost_facts(fc)
    if lost:
        out.append(Problem("missing", (("items", "; ".join(repr(f.text) for f in lost[:8])),)))
    return out
