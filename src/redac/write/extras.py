"""Sections made only of the ledger's facts: key points, timeline, who's who, FAQ.

Every sentence here is either a sentence of the source, verbatim, or a fact of the ledger
(a name and the role the source gives it) set in a fixed frame. Nothing is added.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from redac.analysis import keyphrase as kp
from redac.facts import FactLedger
from redac.facts.patterns import patterns
from redac.lang import LanguageData
from redac.model import FaqItem, Section
from redac.text.sentences import split_sentences
from redac.text.words import word_count, words

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@lru_cache(maxsize=8)
def _all_sentences(paragraphs: tuple[str, ...], abbreviations: frozenset[str]) -> tuple[str, ...]:
    """Every sentence of the paragraphs, split once (the sections below look up many facts)."""
    return tuple(s for p in paragraphs for s in split_sentences(p, abbreviations))


def _sentences_with(text_paragraphs: tuple[str, ...], needle: str, lang: LanguageData) -> list[str]:
    return [s for s in _all_sentences(text_paragraphs, lang.abbreviations) if needle in s]


def original_text(sentence: str, paragraphs: tuple[str, ...]) -> str:
    """The sentence with the source's own typography (split_sentences straightens apostrophes)."""
    for p in paragraphs:
        loose = re.escape(sentence).replace("'", "['’]")
        m = re.search(loose, p.replace("\u00a0", " "))
        if m:
            return m.group(0)
    return sentence


def key_points(
    body: list[tuple[str, ...]], lang: LanguageData, topic: kp.Topic, limit: int = 5
) -> Section | None:
    """Short, active sentences that carry the story: one per body section first, then the next
    best of the whole text, in the order of the text."""

    def rank(s: str) -> tuple[bool, bool, bool, int]:
        return (
            not lang.looks_passive([w.lower() for w in words(s)]),
            word_count(s) <= 22,
            kp.share_found(topic, s, lang) >= 1,
            -abs(word_count(s) - 15),
        )

    def usable(paras: tuple[str, ...]) -> list[str]:
        sents = [s for p in paras for s in split_sentences(p, lang.abbreviations)]
        return [s for s in sents if 8 <= word_count(s) <= 35 and not any(q in s for q in '«»“”"')]

    chosen: list[str] = []
    for paras in body:
        sents = usable(paras)
        if sents:
            chosen.append(max(sents, key=rank))
    every = [s for paras in body for s in usable(paras)]
    for s in sorted(every, key=rank, reverse=True):
        if len(chosen) >= limit:
            break
        if s not in chosen and rank(s)[0] and rank(s)[1]:
            chosen.append(s)
    if len(chosen) < 3:
        return None
    order = {s: i for i, s in enumerate(every)}
    chosen = sorted(chosen[:limit], key=lambda s: order.get(s, 0))
    allp = tuple(p for paras in body for p in paras)
    items = tuple(original_text(s, allp) for s in chosen)
    return Section(
        heading=lang.phrases.essentials,
        paragraphs=(),
        kind="essentials",
        items=items,
        origin="derived",
    )


def timeline(ledger: FactLedger, paragraphs: tuple[str, ...], lang: LanguageData) -> Section | None:
    """Dated events of the source, in chronological order (dates with a year only)."""
    ph = lang.phrases
    events: dict[str, tuple[int, str]] = {}
    for f in ledger.of("date"):
        m = _YEAR.search(f.text)
        if not m:
            continue
        for s in _sentences_with(paragraphs, f.text.replace("’", "'"), lang) or _sentences_with(
            paragraphs, f.text, lang
        ):
            if s not in events and word_count(s) <= 45:
                events[s] = (int(m.group(1)), f.text)
                break
    if len(events) < 2:
        return None
    ordered = sorted(events.items(), key=lambda kv: kv[1][0])
    items = tuple(
        ph.timeline_item.format(date=d, text=original_text(s, paragraphs)) for s, (_y, d) in ordered
    )
    return Section(
        heading=ph.timeline, paragraphs=(), kind="timeline", items=items, origin="derived"
    )


def _people(ledger: FactLedger, lang: LanguageData) -> list[tuple[str, str]]:
    """Named people and the role the source gives them (a role relative to someone else,
    "son homologue", says nothing on its own)."""
    possessives = set(lang.facts.possessives)
    seen: dict[str, str] = {}
    for f in ledger.of("entity"):
        first = f.role.split()[0].lower() if f.role else ""
        if f.role and first not in possessives and " " in f.text:
            seen.setdefault(f.text, f.role)
    return list(seen.items())


def who_is_who(ledger: FactLedger, lang: LanguageData) -> Section | None:
    people = _people(ledger, lang)
    if not people:
        return None
    ph = lang.phrases
    items = tuple(ph.people_item.format(name=n, role=r) for n, r in people)
    return Section(heading=ph.people, paragraphs=(), kind="people", items=items, origin="derived")


def faq(
    ledger: FactLedger,
    paragraphs: tuple[str, ...],
    lang: LanguageData,
    today: dt.date,
    limit: int = 5,
) -> tuple[FaqItem, ...]:
    """Questions a reader asks, answered by the source's own statements."""
    ph = lang.phrases
    out: list[FaqItem] = []
    for name, role in _people(ledger, lang)[:2]:
        out.append(FaqItem(ph.who.format(name=name), ph.who_answer.format(name=name, role=role)))
    for q in ledger.of("quote"):
        if q.label and len(out) < limit:
            sents = [s for s in _sentences_with(paragraphs, q.text[:30].replace("’", "'"), lang)]
            if sents and word_count(sents[0]) <= 60:
                out.append(
                    FaqItem(ph.said.format(speaker=q.label), original_text(sents[0], paragraphs))
                )
    says = patterns(lang.code).according
    asked: set[str] = {i.question for i in out}
    for p in paragraphs:
        for sent in split_sentences(p, lang.abbreviations):
            m = says.search(sent)
            if not m or len(out) >= limit or word_count(sent) > 45:
                continue
            name = next(
                (
                    e.text
                    for e in ledger.of("entity")
                    if sent[m.end() :].startswith(e.text.replace("’", "'"))
                ),
                "",
            )
            question = ph.says.format(who=f"{m.group(1)}{name}") if name else ""
            if question and question not in asked:
                asked.add(question)
                out.append(FaqItem(question, original_text(sent, paragraphs)))
    years_done: set[str] = set()
    for f in ledger.of("date"):
        m = _YEAR.fullmatch(f.text.strip())
        if not m or m.group(1) in years_done or len(out) >= limit or int(m.group(1)) >= today.year:
            continue  # "what happened in …" only asks about the past
        mark = lang.facts.in_year.format(year=m.group(1))
        sents = [x for x in _sentences_with(paragraphs, f.text, lang) if mark.lower() in x.lower()]
        if sents and word_count(sents[0]) <= 45:
            years_done.add(m.group(1))
            out.append(
                FaqItem(ph.year.format(year=m.group(1)), original_text(sents[0], paragraphs))
            )
    unique: dict[str, FaqItem] = {}
    for item in out:  # one answer, one question
        unique.setdefault(item.answer, item)
    return tuple(list(unique.values())[:limit])
