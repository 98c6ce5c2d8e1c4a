"""Review one piece the model wrote: check it, fix by hand what can be fixed without a model
(:mod:`redac.write.llm.repair`), and say what is left for the model to repair."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from redac.analysis import keyphrase as kp
from redac.facts.check import FactCheck
from redac.text.sentences import split_sentences
from redac.text.words import word_count
from redac.write.llm import repair
from redac.write.llm.verify import Problem, fact_check, lost_facts, problems

if TYPE_CHECKING:
    from redac.write.llm.writer import Job, Writer

MAX_RESTORED_SHARE = 0.5  # of a piece's facts: more lost than that, and it is rewritten instead
HEADING_MAX_WORDS = 14

SentenceCheck = Callable[["Writer", "Job", str], list[Problem]]


def short_text_problems(w: Writer, text: str, *, language: bool = False) -> list[Problem]:
    """The fact checker on one short text (a heading, a metadata field): no unsupported claim,
    no refusal, no loop; its language only when ``language`` (a few words are too short to
    tell)."""
    found = problems(
        text,
        target=w.target,
        source_lang=w.source.lang,
        ledger=w.ledger,
        facts=(),
        min_words=0,
        markers=w.markers,
    )
    return [p for p in found if language or p.key != "language"]


def facts_only(w: Writer, job: Job, sentence: str) -> list[Problem]:
    """The fact checker on one short text: no unsupported claim, no refusal, no loop."""
    return short_text_problems(w, sentence)


def changed_claims(w: Writer, texts: str, kind: str = "sentence") -> list[str]:
    """The sentences of ``texts`` whose claim the source does not make (a changed predicate,
    negation, modality, role, speaker…): the claim checker, in the source's language only."""
    if w.cross:
        return []  # across languages statements cannot be compared word for word
    from redac.claims import checker_for

    return [v.text for v in checker_for(w.ledger).check_text(texts, kind) if not v.supported]


def claims_only(w: Writer, job: Job, sentence: str) -> list[Problem]:
    """The claim checker on one short text (a subheading)."""
    bad = changed_claims(w, sentence, "heading")
    return [Problem("changed_claim", (("items", "; ".join(repr(b) for b in bad)),))] if bad else []


# The checks every sentence the model writes outside paragraphs (headings) goes through.
SENTENCE_CHECKS: list[SentenceCheck] = [facts_only, claims_only]


def review_heading(w: Writer, job: Job, heading: str) -> list[Problem]:
    """What is wrong with a subheading the model proposed (nothing when it can be used)."""
    n = word_count(heading)
    found = [] if 1 <= n <= HEADING_MAX_WORDS else [Problem("heading", (("words", str(n)),))]
    for check in SENTENCE_CHECKS:
        found += check(w, job, heading)
    return found


def review(
    w: Writer, job: Job, paragraphs: tuple[str, ...]
) -> tuple[tuple[str, ...], list[Problem], str]:
    """The paragraphs after the fixes that need no model, what is still wrong with them, and
    a description of the fixes made (empty when none)."""

    def checked(paras: tuple[str, ...]) -> FactCheck:
        return fact_check(
            "\n\n".join(paras),
            target=w.target,
            source_lang=w.source.lang,
            ledger=w.ledger,
            facts=job.facts,
            markers=w.markers,
        )

    def judged(paras: tuple[str, ...], fc: FactCheck) -> list[Problem]:
        found = problems(
            "\n\n".join(paras),
            target=w.target,
            source_lang=w.source.lang,
            ledger=w.ledger,
            facts=job.facts,
            min_words=job.min_words,
            markers=w.markers,
            fc=fc,
        )
        if job.index == 0 and paras and not keyphrase_opens(w, paras[0]):
            found.append(Problem("keyphrase_intro", (("keyphrase", w.keyphrase),)))
        return found

    leaks = 0
    if len(paragraphs) > 1:  # never fix a piece into nothing: that goes back to the model
        kept, leaks = repair.drop_format_leaks(paragraphs, w.labels["format_leak"])
        paragraphs = kept or paragraphs
        leaks = leaks if kept else 0
    # a sentence whose claim is not the source's goes, like one with an invented fact; a piece
    # made only of them goes back to the model with the reasons
    changed: tuple[str, ...] = ()
    bad = changed_claims(w, "\n\n".join(paragraphs))
    if bad:
        kept, changed = repair.drop_sentences(paragraphs, bad, w.lang)
        if kept:
            paragraphs = kept
        else:
            changed = ()
    fc = checked(paragraphs)
    found = judged(paragraphs, fc)
    left = changed_claims(w, "\n\n".join(paragraphs)) if bad and not changed else []
    if left:
        found.append(Problem("changed_claim", (("items", "; ".join(repr(s) for s in left)),)))
    keys = {p.key for p in found}
    if not keys & {"invented", "missing", "repetitive"} or keys & {
        "language",
        "refusal",
        "empty",
    }:
        # nothing more to fix by hand, or not before a rewrite
        return (
            paragraphs,
            found,
            repair.Fixed(paragraphs, leaks=leaks, changed=changed).describe(),
        )
    dropped: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    repeats = 0
    if "repetitive" in keys:
        paragraphs, repeats = repair.drop_repeats(paragraphs, w.lang)
        fc = checked(paragraphs)
    if fc.invented:
        kept, dropped = repair.drop_unsupported(
            paragraphs, [i["text"] for i in fc.invented], w.lang
        )
        if kept and dropped:  # never fix a piece into nothing: that goes back to the model
            paragraphs, fc = kept, checked(kept)
        else:
            dropped = ()
    lost = lost_facts(fc)
    # a few lost facts are put back; a piece that lost most of them was not a rewrite
    if lost and not w.cross and len(lost) <= MAX_RESTORED_SHARE * len(job.facts):
        paragraphs, restored = repair.restore_lost(paragraphs, lost, job.source, w.lang)
        if restored:
            fc = checked(paragraphs)
    if dropped or restored or repeats:
        found = judged(paragraphs, fc)
    fixed = repair.Fixed(paragraphs, dropped, restored, repeats, leaks, changed)
    return paragraphs, found, fixed.describe()


def keyphrase_opens(w: Writer, paragraph: str) -> bool:
    """The analyser's test of the introduction: one sentence of its first paragraph holds
    every word of the keyphrase."""
    topic = kp.make_topic(w.keyphrase, w.lang)
    return topic.empty or any(
        kp.share_found(topic, s, w.lang) >= 1
        for s in split_sentences(paragraph, w.lang.abbreviations)
    )


def severity(found: list[Problem]) -> int:
    """How far a piece is from passing: a wrong language, a refusal or an empty reply outweigh
    any unsupported item, which outweighs any lost fact, which outweighs missing words."""
    score = 0
    for p in found:
        values = dict(p.values)
        if p.key in ("refusal", "empty", "language"):
            score += 1_000_000
        elif p.key == "repetitive":
            score += 100_000
        elif p.key in ("invented", "missing", "changed_claim"):
            weight = 1_000 if p.key == "missing" else 10_000
            score += weight * (values["items"].count(";") + 1)
        elif p.key == "short":
            score += int(values["missing"])
        elif p.key == "keyphrase_intro":
            score += 50
    return score
