"""Write one bounded piece at a time, verify it, repair only what failed.

Each section goes through the same cycle: the model's text is checked against the section's
facts and length and the target language; what can be fixed without a model is fixed first
(:mod:`redac.write.llm.repair`); what remains goes back to the model with a targeted request that
carries only what that repair needs (the text to translate, or the source to expand from);
after ``repair_rounds`` the offline engine's version of the section is used, and the notes say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from redac.errors import BackendError, BudgetExceededError, ConfigurationError
from redac.facts import Fact, FactLedger
from redac.lang import get_language
from redac.model import Note, Section, Source
from redac.plan import Plan, PlannedSection
from redac.text.words import word_count
from redac.write import offline
from redac.write.llm import prompts
from redac.write.llm.client import LLMOutputError, Message, Session
from redac.write.llm.review import review, severity
from redac.write.llm.verify import Problem, facts_in

SECTION_SCHEMA = {
    "type": "object",
    "properties": {
        "heading": {"type": "string"},
        "paragraphs": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["heading", "paragraphs"],
    "additionalProperties": False,
}
PARAGRAPHS_SCHEMA = {
    "type": "object",
    "properties": {"paragraphs": {"type": "array", "items": {"type": "string"}}},
    "required": ["paragraphs"],
    "additionalProperties": False,
}
META_FIELDS = ("title", "seo_title", "meta_description")
ARTICLE_SCHEMA = {  # metadata first: a reply cut off by its token limit loses sections, not them
    "type": "object",
    "properties": {
        **{k: {"type": "string"} for k in META_FIELDS},
        "sections": {"type": "array", "items": SECTION_SCHEMA},
    },
    "required": [*META_FIELDS, "sections"],
    "additionalProperties": False,
}
MIN_PROGRESS = 0.75  # a repair must leave at most this share of the distance to passing
WRITING = ("draft", "section", "meta")  # the stages that write; the others repair


def delimit(text: str) -> str:
    """Source text as data: it can never close the delimiter it sits in."""
    for tag in ("source", "section"):
        text = text.replace(f"<{tag}>", f"‹{tag}›").replace(f"</{tag}>", f"‹/{tag}›")
    return text


def tokens_for(words: int) -> int:
    """A completion limit for about ``words`` words of JSON-wrapped prose."""
    return int(words * 2.2) + 120


@dataclass
class Job:
    """One section to write: its source, facts, length target and first request."""

    index: int
    planned: PlannedSection
    source: list[str]
    facts: tuple[Fact, ...]
    budget: int
    messages: list[Message]

    @property
    def min_words(self) -> int:
        return int(0.8 * self.budget)


@dataclass
class Writer:
    session: Session
    source: Source
    ledger: FactLedger
    plan: Plan
    target: str
    keyphrase: str
    notes: list[Note] = field(default_factory=list)
    failures_in_a_row: int = 0
    written: set[int] = field(default_factory=set)  # sections the model wrote and passed

    MAX_FAILURES_IN_A_ROW = 2

    def __post_init__(self) -> None:
        self.lang = get_language(self.target)
        self.labels = prompts.table(self.target, "labels")
        self.cross = self.target != self.source.lang
        marker = self.labels.get(f"marker_{self.source.lang}", "")
        self.markers = (marker,) if marker else ()
        self.translation = (  # cross-language: how translated quotations are marked
            "\n" + prompts.fill(self.labels["translation"], marker=self.markers[0])
            if self.cross and self.markers
            else ""
        )
        self.system = prompts.fill(prompts.text(self.target, "system"), language=self.lang.name)

    def readable(self, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
        """Paragraphs over the analyser's length limit cut at sentence ends, as offline."""
        return tuple(c for p in paragraphs for c in offline.split_long(p, self.lang))

    def check_repair_budget(self) -> None:
        """Repairs may spend ``repair_share`` times what writing spent, no more: past that, a
        model that keeps failing costs more than it brings, and the offline version is used."""
        stages = self.session.usage.stages
        write = sum(sum(v[1:]) for k, v in stages.items() if k in WRITING)
        spent = sum(sum(v[1:]) for k, v in stages.items() if k not in WRITING)
        share = self.session.settings.repair_share
        if spent >= share * write:
            raise BudgetExceededError(
                f"the repair budget ({share:g}x the {write} tokens spent writing) is spent"
            )

    def messages(self, user: str) -> list[Message]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def ask(
        self, user: str, schema: dict[str, Any], max_tokens: int, stage: str, long: bool = False
    ) -> dict[str, Any]:
        return self.session.ask_json(
            self.messages(user), schema, max_tokens=max_tokens, stage=stage, long=long
        )

    # -- the whole article in one request -------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        """The whole article, metadata included, in one request; sections are then verified
        and repaired one by one. ``None`` when the draft cannot be had."""
        outline, parts = [], []
        for n, ps in enumerate(self.plan.sections):
            key = "outline_intro" if n == 0 else "outline_section"
            outline.append(
                "- " + prompts.fill(self.labels[key], n=n, heading=ps.heading, words=ps.budget)
            )
            parts += [f"[§{n}] {self.source.paragraphs[i]}" for i in ps.paragraphs]
        user = prompts.fill(
            prompts.text(self.target, "article"),
            title=self.plan.title,
            language=self.lang.name,
            outline="\n".join(outline),
            keyphrase=self.keyphrase,
            source=delimit("\n\n".join(parts)),
            translation=self.translation,
        )
        words = sum(ps.budget for ps in self.plan.sections)
        try:
            reply = self.ask(user, ARTICLE_SCHEMA, tokens_for(words), "draft", long=True)
        except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
            raise
        except BackendError as e:
            self.failures_in_a_row += 1  # one more failure, and the model is no longer asked
            self.notes.append(
                Note("fallback", f"article draft: {e.message}; writing section by section")
            )
            return None
        return reply

    # -- one section ----------------------------------------------------------------------

    def job(self, index: int, ps: PlannedSection, budget: int) -> Job:
        src = [self.source.paragraphs[i] for i in ps.paragraphs]
        facts = facts_in(src, self.ledger)
        heading_rule = (
            self.labels["heading_intro"]
            if index == 0
            else prompts.fill(self.labels["heading_section"], heading=ps.heading)
        )
        user = prompts.fill(
            prompts.text(self.target, "section"),
            part=self.labels["intro_part" if index == 0 else "section_part"],
            title=self.plan.title,
            language=self.lang.name,
            words=budget,
            min_words=int(0.8 * budget),
            heading_rule=heading_rule,
            keyphrase=self.keyphrase,
            keyphrase_uses=self.labels["uses_once" if budget < 150 else "uses_twice"],
            facts="\n".join(f"- {f.text}" for f in facts) or "-",
            source=delimit("\n\n".join(src)),
            translation=self.translation,
        )
        return Job(index, ps, src, facts, budget, self.messages(user))

    def fallback(self, job: Job, why: str) -> Section:
        self.failures_in_a_row += 1
        if self.cross:
            self.notes.append(
                Note(
                    "fallback",
                    f"section {job.index}: {why}; no untranslated fallback exists, the section is left out",
                    job.index,
                )
            )
            return Section(heading="", paragraphs=(), kind="dropped")
        paras = tuple(c for p in job.source for c in offline.split_long(p, self.lang))
        self.notes.append(
            Note(
                "fallback",
                f"section {job.index}: {why}; the offline engine's version is used",
                job.index,
            )
        )
        return Section(
            heading=job.planned.heading,
            paragraphs=paras,
            kind="intro" if job.index == 0 else "body",
            origin="source",
        )

    def section(
        self, index: int, ps: PlannedSection, draft: dict[str, Any] | None = None
    ) -> Section:
        job = self.job(index, ps, ps.budget)
        if self.failures_in_a_row >= self.MAX_FAILURES_IN_A_ROW:
            # the model failed twice in a row even after repairs: stop spending tokens on it
            return self.fallback(
                job, f"skipped after {self.failures_in_a_row} failed sections in a row"
            )
        try:
            reply = draft or self.session.ask_json(
                job.messages, SECTION_SCHEMA, max_tokens=tokens_for(job.budget), stage="section"
            )
            paragraphs, found = self.settle(job, paragraphs_of(reply))
        except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
            raise
        except (BudgetExceededError, LLMOutputError) as e:
            return self.fallback(job, e.message)
        except BackendError as e:
            return self.fallback(job, f"backend failure ({e.message})")
        if found:
            return self.fallback(
                job, "still failing after repairs: " + ", ".join(str(p) for p in found)
            )
        self.failures_in_a_row = 0
        self.written.add(index)
        paragraphs = self.readable(paragraphs)
        heading = "" if index == 0 else (str(reply.get("heading", "")).strip() or ps.heading)
        return Section(
            heading=heading,
            paragraphs=paragraphs,
            kind="intro" if index == 0 else "body",
            origin="model",
        )

    def expand(self, index: int, ps: PlannedSection, current: Section, extra: int) -> Section:
        """The section with about ``extra`` more words, or as it was when that fails."""
        have = offline.article_words((current,), ())
        job = self.job(index, ps, have + extra)
        try:
            paragraphs, found = self.settle(job, current.paragraphs)
        except ConfigurationError:
            raise
        except BackendError as e:
            self.notes.append(Note("repair", f"section {index}: not expanded ({e.message})", index))
            return current
        if found:
            self.notes.append(
                Note(
                    "repair",
                    f"section {index}: not expanded ({', '.join(map(str, found))})",
                    index,
                )
            )
            return current
        return Section(
            heading=current.heading,
            paragraphs=self.readable(paragraphs),
            kind=current.kind,
            origin=current.origin,
        )

    # -- verify and repair ----------------------------------------------------------------

    def settle(
        self, job: Job, paragraphs: tuple[str, ...]
    ) -> tuple[tuple[str, ...], list[Problem]]:
        """Verify, fix without the model what can be, ask the model for the rest; the last
        paragraphs and what is still wrong with them (nothing when they pass). A repair that
        does not take at least a quarter off the distance to passing ends the rounds: the next
        would cost as much for as little."""
        found: list[Problem] = []
        before = None
        for round_ in range(self.session.settings.repair_rounds + 1):
            paragraphs, found, fixed = review(self, job, paragraphs)
            if not found:
                if fixed:
                    self.notes.append(Note("repair", f"section {job.index}: {fixed}", job.index))
                return paragraphs, []
            now = severity(found)
            if round_ == self.session.settings.repair_rounds or (
                before is not None and now > MIN_PROGRESS * before
            ):
                break
            before = now
            paragraphs = self.model_repair(job, paragraphs, found)
        return paragraphs, found

    def model_repair(
        self, job: Job, paragraphs: tuple[str, ...], found: list[Problem]
    ) -> tuple[str, ...]:
        """One targeted request for what the checks found, carrying only what it needs."""
        self.check_repair_budget()
        keys = {p.key for p in found}
        text = delimit("\n\n".join(paragraphs))
        if "language" in keys and not keys & {"refusal", "empty"}:
            # a translation of the text itself, no source needed (its facts are checked after)
            user = prompts.fill(
                prompts.text(self.target, "rewrite"),
                language=self.lang.name,
                text=text,
                translation=self.translation,
            )
            reply = self.ask(user, PARAGRAPHS_SCHEMA, tokens_for(job.budget), "repair")
            return paragraphs_of(reply)
        if keys & {
            "refusal",
            "empty",
            "invented",
            "repetitive",
        }:  # the first request again, with the reasons
            table = prompts.table(self.target, "problems")
            body = "\n".join(f"- {p.phrase(self.target)}" for p in found)
            messages = [
                *job.messages,
                {
                    "role": "assistant",
                    "content": json.dumps({"paragraphs": list(paragraphs)}, ensure_ascii=False),
                },
                {"role": "user", "content": f"{table['intro']}\n{body}\n{table['outro']}"},
            ]
            reply = self.session.ask_json(
                messages, SECTION_SCHEMA, max_tokens=tokens_for(job.budget), stage="repair"
            )
            return paragraphs_of(reply)
        if keys == {"keyphrase_intro"}:  # the opening paragraph alone, rewritten
            user = prompts.fill(
                prompts.text(self.target, "intro"),
                language=self.lang.name,
                keyphrase=self.keyphrase,
                text=delimit(paragraphs[0]),
            )
            reply = self.ask(
                user, PARAGRAPHS_SCHEMA, tokens_for(word_count(paragraphs[0])), "repair"
            )
            return (" ".join(paragraphs_of(reply)), *paragraphs[1:])
        # too short, or facts lost in translation: new paragraphs to add, from the source
        have = word_count("\n\n".join(paragraphs))
        missing = max(job.min_words - have, 40)
        lost = next((p for p in found if p.key == "missing"), None)
        user = prompts.fill(
            prompts.text(self.target, "add"),
            title=self.plan.title,
            language=self.lang.name,
            words=have,
            min_words=job.min_words,
            missing=missing,
            facts=(
                "\n" + prompts.fill(self.labels["add_facts"], items=dict(lost.values)["items"])
                if lost
                else ""
            ),
            translation=self.translation,
            text=text,
            source=delimit("\n\n".join(job.source)),
        )
        reply = self.ask(user, PARAGRAPHS_SCHEMA, tokens_for(missing + 40), "repair")
        return (*paragraphs, *paragraphs_of(reply))


def paragraphs_of(reply: dict[str, Any]) -> tuple[str, ...]:
    return tuple(p.strip() for p in reply.get("paragraphs", []) if isinstance(p, str) and p.strip())
