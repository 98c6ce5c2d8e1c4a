"""The offline engine: restructure the source faithfully, then add fact-only sections.

It needs no model. Paragraphs are the source's own (split when over the analyser's paragraph
length); connectors
are added only where a paragraph continues the previous one and the text lacks them; extra
sections (key points, timeline, who's who, FAQ) are built from the fact ledger.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.analysis.research import first_word, transitions_in
from redac.errors import OptionError
from redac.facts import FactLedger
from redac.lang import LanguageData, get_language
from redac.model import Article, FaqItem, Note, Section, Source
from redac.plan import Plan
from redac.text.normalize import apostrophes_like
from redac.text.sentences import split_sentences
from redac.text.words import word_count, words
from redac.write import extras
from redac.write.base import WriteJob

MAX_PARAGRAPH_WORDS = targets().paragraph_words
_EXTRA_KINDS = ("essentials", "timeline", "people")
TRANSITION_TARGET = targets().transition_share + 0.04  # a margin over the analyser's "good"


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


def fact_sections(
    paras: tuple[str, ...],
    ledger: FactLedger,
    plan: Plan,
    lang: LanguageData,
    topic: kp.Topic,
) -> list[Section]:
    """Key points, timeline, who's who: built from the ledger and the source alone, in the
    order they are added while an article is short."""
    found = (
        extras.key_points(
            [tuple(paras[i] for i in ps.paragraphs) for ps in plan.sections[1:]], lang, topic
        ),
        extras.timeline(ledger, paras, lang),
        extras.who_is_who(ledger, lang),
    )
    return [s for s in found if s is not None]


def article_words(
    sections: tuple[Section, ...], faq: tuple[FaqItem, ...], faq_heading: str = ""
) -> int:
    """Words of an article still being put together, counted as ``Article.word_count`` does."""
    n = word_count(faq_heading) if faq else 0
    n += sum(s.word_count for s in sections)
    return n + sum(word_count(i.question) + word_count(i.answer) for i in faq)


def _lower_first(sentence: str, lang: LanguageData, source_text: str) -> str:
    first = sentence.split()[0] if sentence.split() else ""
    lower = first.lower()
    if lower in lang.function_words or re.search(
        rf"(?<![.!?]\s)\b{re.escape(lower)}\b", source_text
    ):
        return sentence[0].lower() + sentence[1:]
    return sentence


def _add_connectors(
    sections: list[Section], lang: LanguageData, source_text: str, extra_sentences: int
) -> list[Section]:
    """Prefix neutral connectors to paragraph openings until ~1/3 of the sentences have one."""
    connectors = lang.phrases.connectors
    all_sents = [
        s
        for sec in sections
        for p in sec.paragraphs
        for s in split_sentences(p, lang.abbreviations)
    ]
    total = len(all_sents) + extra_sentences + sum(1 for s in sections if s.heading)
    have = sum(1 for s in all_sents if transitions_in(s, lang))
    need = max(0, int(TRANSITION_TARGET * total + 0.999) - have)
    k = 0
    out = []
    last = -2  # paragraph counter of the last insertion: never two paragraphs in a row
    counter = -1
    for si, sec in enumerate(sections):
        paras = list(sec.paragraphs)
        for pi, p in enumerate(paras):
            counter += 1
            if need <= 0 or (si == 0 and pi == 0) or counter == last + 1:
                continue
            first = split_sentences(p, lang.abbreviations)[0] if p else ""
            if not first or transitions_in(first, lang) or p[:1] in '«"“—-':
                continue
            if pi == 0 and sec.heading and si + 1 < len(sections):
                continue  # a section opening after its heading reads better without one
            conn = connectors[k % len(connectors)]
            paras[pi] = f"{conn}, {_lower_first(p, lang, source_text)}"
            k += 1
            need -= 1
            last = counter
        out.append(replace(sec, paragraphs=tuple(paras)))
    return out


def _break_runs(sections: list[Section], lang: LanguageData, source_text: str) -> list[Section]:
    """No three consecutive sentences starting with the same word: a connector breaks the run."""
    connectors = lang.phrases.connectors
    out = []
    prev: list[str] = []
    for sec in sections:
        paras = list(sec.paragraphs)
        for pi, p in enumerate(paras):
            sents = split_sentences(p, lang.abbreviations)
            for s in sents:
                fw = first_word(words(s), lang)
                if len(prev) >= 2 and prev[-1] == prev[-2] == fw and s == sents[0]:
                    paras[pi] = (
                        f"{connectors[len(prev) % len(connectors)]}, {_lower_first(p, lang, source_text)}"
                    )
                    fw = ""
                prev.append(fw)
        out.append(replace(sec, paragraphs=tuple(paras)))
    return out


def _topic_headings(
    sections: list[Section],
    faq: tuple[FaqItem, ...],
    faq_heading: str,
    plan: Plan,
    lang: LanguageData,
) -> tuple[list[Section], str]:
    """Keep the keyphrase in 30–75 % of the H2/H3 subheadings by naming extra sections after it."""
    topic = kp.make_topic(plan.keyphrase, lang)
    heads = (
        [s.heading for s in sections if s.heading]
        + ([faq_heading] if faq_heading else [])
        + [f.question for f in faq]
    )
    hits = sum(1 for h in heads if kp.share_found(topic, h, lang) > 0.5)
    low = -(-3 * len(heads) // 10)
    label = plan.keyphrase[:1].upper() + plan.keyphrase[1:]

    def named(heading: str) -> str:
        return f"{label}{lang.colon}{heading[0].lower()}{heading[1:]}"

    out = []
    for s in sections:
        if (
            hits < low
            and s.kind in ("essentials", "timeline", "people")
            and kp.share_found(topic, s.heading, lang) <= 0.5
        ):
            s = replace(s, heading=named(s.heading))
            hits += 1
        out.append(s)
    if hits < low and faq_heading:
        faq_heading = named(faq_heading)
    return out, faq_heading


class OfflineEngine:
    """The embedded engine: the source restructured, plus sections derived from the ledger."""

    name = "offline"

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    def write(self, job: WriteJob) -> Article:
        if job.cross:
            raise OptionError(
                f"the offline engine cannot translate {job.source.lang} into {job.target}",
                hint="use --engine llm with a configured model, or drop --lang",
            )
        a = write(job.source, job.ledger, job.plan, faq=job.options.faq, today=job.today)
        said = "engine: offline" + (f" ({self.reason})" if self.reason else "")
        return replace(a, notes=(Note("engine", said), *a.notes))


def write(source: Source, ledger: FactLedger, plan: Plan, *, faq: bool, today: dt.date) -> Article:
    lang = get_language(plan.lang)
    paras = source.paragraphs
    topic = kp.make_topic(plan.keyphrase, lang)
    body: list[Section] = []
    for i, ps in enumerate(plan.sections):
        chunks = [c for idx in ps.paragraphs for c in split_long(paras[idx], lang)]
        body.append(
            Section(
                heading=ps.heading,
                paragraphs=tuple(chunks),
                level=2,
                kind="intro" if i == 0 else "body",
                origin="source",
            )
        )
    faq_items = extras.faq(ledger, paras, lang, today) if faq else ()
    faq_heading = lang.phrases.faq if faq_items else ""
    added: list[Section] = []
    notes: list[Note] = []
    for extra in fact_sections(paras, ledger, plan, lang, topic):
        if article_words((*body, *added), faq_items, faq_heading) >= plan.min_words:
            break
        added.append(extra)
    # key points read best right after the introduction; the rest go at the end
    sections = (
        body[:1]
        + [s for s in added if s.kind == "essentials"]
        + body[1:]
        + [s for s in added if s.kind != "essentials"]
    )
    extra_sents = sum(len(s.items) for s in added) + 2 * len(faq_items)
    sections = _add_connectors(sections, lang, ledger.source_text, extra_sents)
    sections = _break_runs(sections, lang, ledger.source_text)
    sections, faq_heading = _topic_headings(sections, faq_items, faq_heading, plan, lang)
    text = ledger.source_text if "’" not in source.text else source.text
    sections = [
        replace(s, heading=apostrophes_like(s.heading, text)) if s.kind in _EXTRA_KINDS else s
        for s in sections
    ]
    faq_heading = apostrophes_like(faq_heading, text)
    faq_items = tuple(FaqItem(apostrophes_like(f.question, text), f.answer) for f in faq_items)
    total = article_words(tuple(sections), faq_items, faq_heading)
    if total < plan.min_words:
        notes.append(
            Note(
                "length",
                f"the source supports {total} words; {plan.min_words - total} short of the minimum",
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
