"""The offline engine: the source restructured faithfully, then sections derived from it.

It needs no model. The body is the source's own text: paragraphs in the planner's sections
(split when over the analyser's paragraph length), long sentences split at a seam that changes
no claim (:mod:`redac.write.split`), neutral connectors added where a paragraph continues the
previous one and the text lacks them. Then, while the article is short, derived sections —
key points, timeline, who's who — and the FAQ, every item through one gate
(:mod:`redac.write.gate`): faithful, and never a restatement of the body or of another item.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.errors import OptionError
from redac.facts import FactLedger
from redac.gcpause import paused
from redac.lang import LanguageData, get_language
from redac.model import Article, FaqItem, Note, Section, Source
from redac.plan import Plan
from redac.text.normalize import apostrophes_like
from redac.text.sentences import split_sentences
from redac.text.words import word_count
from redac.write import extras
from redac.write.balance import balance_headings, not_overoptimised
from redac.write.base import WriteJob
from redac.write.connectors import add_connectors, break_runs
from redac.write.faq import faq as faq_items_of
from redac.write.gate import Gate
from redac.write.quality import MIN_REPEAT_WORDS, sentence_key
from redac.write.sentences import Sentence, SourceText
from redac.write.split import SPLIT_OVER, split_sentence

MAX_PARAGRAPH_WORDS = targets().paragraph_words
_EXTRA_KINDS = ("essentials", "timeline", "people")


def split_long(paragraph: str, lang: LanguageData) -> list[str]:
    if word_count(paragraph) <= MAX_PARAGRAPH_WORDS:
        return [paragraph]
    sents = [
        extras.original_text(s, (paragraph,))
        for s in split_sentences(paragraph, lang.abbreviations)
    ]
    out: list[str] = []
    cur: list[str] = []
    for s in sents:
        if cur and word_count(" ".join([*cur, s])) > 100:
            out.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        out.append(" ".join(cur))
    return out


def readable(
    text: SourceText,
    index: int,
    paragraph: str,
    supported: Callable[[str], bool] | None = None,
    found: list[tuple[Sentence, list[str]]] | None = None,
) -> tuple[str, int]:
    """The paragraph with its long sentences split where the parse allows; (text, splits).
    ``supported``: the claim checker's word on each new sentence — a split it doubts (« ce
    qui » become « Cela » where the checker reads another modality) is not made.
    ``found``: :func:`splits_of` the paragraph, when the caller has them."""
    if text.doc is None:
        return paragraph, 0
    out, n = paragraph, 0
    for s, pieces in splits_of(text, index) if found is None else found:
        if supported is not None and not all(supported(x) for x in pieces):
            continue
        original = extras.original_text(s.text, (paragraph,))
        if original in out:
            out = out.replace(original, " ".join(apostrophes_like(x, paragraph) for x in pieces), 1)
            n += 1
    return out, n


def splits_of(text: SourceText, index: int) -> list[tuple[Sentence, list[str]]]:
    """The long sentences of paragraph ``index`` that the parse allows to split, each with
    its pieces (not checked yet)."""
    out = []
    for s in text.of_paragraph(index):
        if word_count(s.text) <= SPLIT_OVER:
            continue
        pieces = split_sentence(text.tokens(s), text.lang)
        if pieces:
            out.append((s, pieces))
    return out


def fact_sections(
    paras: tuple[str, ...],
    ledger: FactLedger,
    plan: Plan,
    lang: LanguageData,
    topic: kp.Topic,
    *,
    gate: Gate | None = None,
    text: SourceText | None = None,
) -> list[Section]:
    """Key points, timeline, who's who, derived from the source alone, in the order they are
    added while an article is short. Without a ``gate``, one that takes the source's own
    paragraphs as the body (what another engine wrote is not known here)."""
    text = text or SourceText(ledger, lang)
    gate = gate or Gate(ledger, lang, paras)
    groups = [ps.paragraphs for ps in plan.sections[1:]] or [plan.sections[0].paragraphs]
    timeline = extras.timeline(text, gate)
    found = (
        extras.key_points(text, groups, gate, topic),
        timeline,
        extras.who_is_who(ledger, lang, gate, text=text),
    )
    return [s for s in found if s is not None]


def article_words(
    sections: tuple[Section, ...], faq: tuple[FaqItem, ...], faq_heading: str = ""
) -> int:
    """Words of an article still being put together, counted as ``Article.word_count`` does."""
    n = word_count(faq_heading) if faq else 0
    n += sum(s.word_count for s in sections)
    return n + sum(word_count(i.question) + word_count(i.answer) for i in faq)


class OfflineEngine:
    """The embedded engine: the source restructured, plus sections derived from it."""

    name = "offline"

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    def write(self, job: WriteJob) -> Article:
        if job.cross:
            raise OptionError(
                f"the offline engine cannot translate {job.source.lang} into {job.target}",
                hint="use --engine llm with a configured model, or drop --lang",
            )
        with paused():  # the parse and the checker's statements are held: no walk finds garbage
            a = write(job.source, job.ledger, job.plan, faq=job.options.faq, today=job.today)
        said = "engine: offline" + (f" ({self.reason})" if self.reason else "")
        return replace(a, notes=(Note("engine", said), *a.notes))


def _without_repeats(paragraph: str, seen: set[tuple[str, ...]], lang: LanguageData) -> str:
    """The paragraph less the sentences (8 words or more) the article already showed: a source
    that repeats itself (a lead printed twice) is not repeated."""
    out = paragraph
    for s in split_sentences(paragraph, lang.abbreviations):
        k = sentence_key(s)
        if len(k) < MIN_REPEAT_WORDS:
            continue
        if k in seen:
            out = out.replace(extras.original_text(s, (paragraph,)), "", 1)
        seen.add(k)
    return re.sub(r"\s{2,}", " ", out).strip()


def _body(
    source: Source, text: SourceText, plan: Plan, lang: LanguageData
) -> tuple[list[Section], int, int]:
    from redac.claims import checker_for

    checker = checker_for(text.ledger)

    def supported(sentence: str) -> bool:
        return checker.check(sentence, "sentence").supported

    paras = source.paragraphs
    # every split the body may make, its new sentences checked in one pass
    found: dict[int, list[tuple[Sentence, list[str]]]] = {}
    if text.doc is not None:
        found = {idx: splits_of(text, idx) for ps in plan.sections for idx in ps.paragraphs}
    checker.check_each([x for f in found.values() for _, pieces in f for x in pieces])
    sections: list[Section] = []
    splits = repeats = 0
    seen: set[tuple[str, ...]] = set()
    for i, ps in enumerate(plan.sections):
        chunks: list[str] = []
        for idx in ps.paragraphs:
            p, n = readable(text, idx, paras[idx], supported, found.get(idx, []))
            splits += n
            kept = _without_repeats(p, seen, lang)
            repeats += kept != p
            if kept:
                chunks += split_long(kept, lang)
        if not chunks and i:
            continue  # every sentence of it was shown already
        sections.append(
            Section(
                heading=ps.heading,
                paragraphs=tuple(chunks),
                level=2,
                kind="intro" if i == 0 else "body",
                origin="source",
            )
        )
    return sections, splits, repeats


def _groups(plan: Plan) -> Sequence[Sequence[int]]:
    return [ps.paragraphs for ps in plan.sections[1:]] or [plan.sections[0].paragraphs]


def write(source: Source, ledger: FactLedger, plan: Plan, *, faq: bool, today: dt.date) -> Article:
    lang = get_language(plan.lang)
    topic = kp.make_topic(plan.keyphrase, lang)
    text = SourceText(ledger, lang)  # the source's sentences, split once, and its one parse
    body, splits, repeats = _body(source, text, plan, lang)
    headings = [h for ps in plan.sections for h in (ps.heading, ps.topic_heading, ps.plain_heading)]
    gate = Gate(ledger, lang, [p for s in body for p in s.paragraphs], shown=headings)
    faq_items = faq_items_of(text, gate) if faq else ()
    faq_heading = lang.phrases.faq if faq_items else ""
    added: list[Section] = []
    notes: list[Note] = []
    if splits:
        notes.append(Note("repair", f"{splits} long sentences split where a clause ends"))
    if repeats:
        notes.append(Note("source", f"{repeats} paragraphs the source repeats shown once"))
    # the timeline first: a dated sentence is worth more under its date than as a key point.
    # They are added whatever the length: short, checked restatements a reader skims first
    # (and the short sentences that balance a dispatch's long ones), never a copy of the body.
    for extra in (
        extras.timeline(text, gate),
        extras.key_points(text, _groups(plan), gate, topic),
        extras.who_is_who(ledger, lang, gate, text=text),
    ):
        if extra is not None:
            added.append(extra)
    # key points read best right after the introduction; the rest go at the end
    sections = (
        body[:1]
        + [s for s in added if s.kind == "essentials"]
        + body[1:]
        + [s for s in added if s.kind != "essentials"]
    )
    extra_sents = sum(len(s.items) for s in added) + 2 * len(faq_items)
    sections = add_connectors(sections, lang, ledger.source_text, extra_sents)
    sections = break_runs(sections, lang, ledger.source_text)
    sections, faq_heading = balance_headings(sections, faq_items, faq_heading, plan, lang)
    full = source.text
    style = "’" if full.count("’") > full.count("'") else "'"  # the source's apostrophes
    sections = [
        replace(
            s,
            heading=apostrophes_like(s.heading, style),
            items=tuple(apostrophes_like(i, style) for i in s.items),
        )
        if s.kind in _EXTRA_KINDS
        else s
        for s in sections
    ]
    faq_heading = apostrophes_like(faq_heading, style)
    faq_items = tuple(
        FaqItem(apostrophes_like(f.question, style), apostrophes_like(f.answer, style))
        for f in faq_items
    )
    sections, faq_items = not_overoptimised(sections, faq_items, faq_heading, plan, lang)
    faq_heading = faq_heading if faq_items else ""
    total = article_words(tuple(sections), faq_items, faq_heading)
    if total < plan.min_words:
        notes.append(
            Note(
                "length",
                f"the source supports {total} words without repeating itself; "
                f"{plan.min_words - total} short of the minimum",
            )
        )
    return Article(
        lang=plan.lang,
        title=plan.title,
        seo_title=plan.seo_title,
        meta_description=plan.meta_description,
        slug=plan.slug,
        keyphrase=plan.keyphrase,
        synonyms=plan.synonyms,
        sections=tuple(sections),
        faq=faq_items,
        faq_heading=faq_heading,
        engine="offline",
        notes=tuple(notes),
    )
