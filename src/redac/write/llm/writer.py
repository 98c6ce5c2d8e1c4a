"""Write one bounded piece at a time, verify it, repair only what failed.

Each section goes through the same cycle: the model's text is checked against the section's
facts and length and the target language; what can be fixed without a model is fixed first
(:mod:`redac.write.llm.repair`); what remains goes back to the model with a targeted request
(:mod:`redac.write.llm.fix`); after ``repair_rounds``, or when the section's own repair budget
is spent, the offline engine's version of the section is used, and the notes say so.

What the model wrote is told apart from what it copied: a paragraph every sentence of which is
the source's own (a lost fact put back, or a model that only echoed its input) is ``source``,
not ``model`` (:func:`origins`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redac.errors import BackendError, BudgetExceededError, ConfigurationError
from redac.events import Event
from redac.facts import Fact, FactLedger
from redac.lang import get_language
from redac.lang.base import LanguageData
from redac.model import Note, Origin, Section, Source
from redac.plan import Plan, PlannedSection
from redac.text.sentences import split_sentences
from redac.write import offline
from redac.write.base import WriteJob
from redac.write.llm import prompts
from redac.write.llm.client import LLMOutputError, Message, Session
from redac.write.llm.fix import settle
from redac.write.llm.repair import sentence_key
from redac.write.llm.review import review_heading
from redac.write.llm.schemas import ARTICLE_SCHEMA, section_schema
from redac.write.llm.verify import facts_in


def delimit(text: str) -> str:
    """Source text as data: it can never close the delimiter it sits in."""
    for tag in ("source", "section"):
        text = text.replace(f"<{tag}>", f"‹{tag}›").replace(f"</{tag}>", f"‹/{tag}›")
    return text


def tokens_for(words: int) -> int:
    """A completion limit for about ``words`` words of JSON-wrapped prose."""
    return int(words * 2.2) + 120


def origins(
    paragraphs: tuple[str, ...], source_keys: set[str], lang: LanguageData
) -> tuple[Origin, ...]:
    """``source`` for a paragraph made only of the source's sentences, ``model`` otherwise."""
    out: list[Origin] = []
    for p in paragraphs:
        keys = [k for k in (sentence_key(s) for s in split_sentences(p, lang.abbreviations)) if k]
        out.append("source" if keys and all(k in source_keys for k in keys) else "model")
    return tuple(out)


@dataclass
class Job:
    """One section to write: its source, facts, length target and first request; and what its
    writing and its repairs have cost (repairs may cost ``repair_share`` times the writing)."""

    index: int
    planned: PlannedSection
    source: list[str]
    facts: tuple[Fact, ...]
    budget: int
    messages: list[Message]
    write_tokens: int = 0
    repair_tokens: int = 0

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
    write_cost: dict[int, int] = field(default_factory=dict)  # tokens spent writing section i
    dead: str = ""  # why the backend is no longer asked (it failed: unreachable, timed out…)
    why: list[str] = field(default_factory=list)  # why each section fell back

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
        self.source_keys = {  # every sentence of the source, its title and headings included
            sentence_key(s)
            for p in (self.source.title, *(b.text for b in self.source.blocks))
            for s in split_sentences(p, get_language(self.source.lang).abbreviations)
        }

    @property
    def tokens(self) -> int:
        """Tokens of the replies used so far, cached ones included (budgets are measured in
        these: a rerun from the cache must take the same path)."""
        return self.session.usage.work_tokens

    def readable(self, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
        """Paragraphs over the analyser's length limit cut at sentence ends, as offline."""
        return tuple(c for p in paragraphs for c in offline.split_long(p, self.lang))

    def check_repair_budget(self, job: Job) -> None:
        """A section's repairs may spend ``repair_share`` times what writing it spent, no more:
        past that, a model that keeps failing on it costs more than it brings, and the offline
        version is used. Each section has its own budget: one failure starves no other."""
        self.check_budget(job.write_tokens, job.repair_tokens, "the section's")

    def check_budget(self, write_tokens: int, repair_tokens: int, whose: str) -> None:
        share = self.session.settings.repair_share
        if repair_tokens >= share * write_tokens:
            raise BudgetExceededError(
                f"{whose} repair budget ({share:g}x the {write_tokens} tokens spent "
                "writing it) is spent"
            )

    def messages(self, user: str) -> list[Message]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def ask(
        self, user: str, schema: dict[str, Any], max_tokens: int, stage: str, long: bool = False
    ) -> dict[str, Any]:
        return self.session.ask_json(
            self.messages(user), schema, max_tokens=max_tokens, stage=stage, long=long
        )

    def backend_failed(self, e: BackendError) -> str:
        """A failure of the endpoint itself (not of a reply): the model is asked no more."""
        self.dead = e.message
        return f"backend failure ({e.message})"

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
        before = self.tokens
        try:
            reply = self.ask(user, ARTICLE_SCHEMA, tokens_for(words), "draft", long=True)
        except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
            raise
        except LLMOutputError as e:
            self.failures_in_a_row += 1  # one more failure, and the model is no longer asked
            self.notes.append(
                Note("fallback", f"article draft: {e.message}; writing section by section")
            )
            return None
        except BackendError as e:
            self.notes.append(Note("fallback", f"article draft: {self.backend_failed(e)}"))
            return None
        share = (self.tokens - before) // max(len(self.plan.sections), 1)
        self.write_cost.update(dict.fromkeys(range(len(self.plan.sections)), share))
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
            paragraphs=section_schema(budget, sources=len(src))["properties"]["paragraphs"][
                "maxItems"
            ],
        )
        return Job(index, ps, src, facts, budget, self.messages(user))

    def fallback(self, job: Job, why: str) -> Section:
        self.failures_in_a_row += 1
        self.why.append(why)
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
                f"section {job.index}: {why}; the model's text is not used",
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
        self,
        index: int,
        ps: PlannedSection,
        draft: dict[str, Any] | None = None,
        wj: WriteJob | None = None,
    ) -> Section:
        job = self.job(index, ps, ps.budget)
        if wj is not None:
            wj.progress.check()
            wj.progress.emit(Event("section", index=index + 1, total=len(self.plan.sections)))
        if self.dead:
            return self.fallback(job, f"not asked: the backend failed ({self.dead})")
        if self.failures_in_a_row >= self.MAX_FAILURES_IN_A_ROW:
            # the model failed twice in a row even after repairs: stop spending tokens on it
            return self.fallback(
                job, f"skipped after {self.failures_in_a_row} failed sections in a row"
            )
        before = self.tokens
        try:
            reply = draft or self.session.ask_json(
                job.messages,
                section_schema(job.budget, heading=index > 0, sources=len(job.source)),
                max_tokens=tokens_for(job.budget),
                stage="section",
            )
            job.write_tokens = self.write_cost.setdefault(index, self.tokens - before)
            paragraphs, found = settle(self, job, paragraphs_of(reply))
        except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
            raise
        except (BudgetExceededError, LLMOutputError) as e:
            return self.fallback(job, e.message)
        except BackendError as e:
            return self.fallback(job, self.backend_failed(e))
        if found:
            return self.fallback(
                job, "still failing after repairs: " + ", ".join(str(p) for p in found)
            )
        paragraphs = self.readable(paragraphs)
        kinds = origins(paragraphs, self.source_keys, get_language(self.source.lang))
        if "model" not in kinds:
            return self.fallback(job, "the model only copied the source's sentences")
        self.failures_in_a_row = 0
        self.written.add(index)
        heading = "" if index == 0 else self.heading(job, str(reply.get("heading", "")))
        return Section(
            heading=heading,
            paragraphs=paragraphs,
            kind="intro" if index == 0 else "body",
            origin="model",
            paragraph_origins=kinds if "source" in kinds else (),
        )

    def heading(self, job: Job, proposed: str) -> str:
        """The model's subheading when it passes the same checks as its paragraphs, else the
        planner's (and the notes say why)."""
        proposed = " ".join(proposed.split())
        if not proposed:
            return job.planned.heading
        found = review_heading(self, job, proposed)
        if not found:
            return proposed
        self.notes.append(
            Note(
                "repair",
                f"section {job.index}: the model's heading {proposed!r} failed its checks ("
                + ", ".join(map(str, found))
                + "); the planner's is used",
                job.index,
            )
        )
        return job.planned.heading

    def expand(self, index: int, ps: PlannedSection, current: Section, extra: int) -> Section:
        """The section with about ``extra`` more words, or as it was when that fails."""
        have = offline.article_words((current,), ())
        job = self.job(index, ps, have + extra)
        job.write_tokens = self.write_cost.get(index, 0)
        try:
            paragraphs, found = settle(self, job, current.paragraphs)
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
        paragraphs = self.readable(paragraphs)
        kinds = origins(paragraphs, self.source_keys, get_language(self.source.lang))
        return Section(
            heading=current.heading,
            paragraphs=paragraphs,
            kind=current.kind,
            origin=current.origin,
            paragraph_origins=kinds if "source" in kinds else (),
        )


def paragraphs_of(reply: dict[str, Any]) -> tuple[str, ...]:
    return tuple(p.strip() for p in reply.get("paragraphs", []) if isinstance(p, str) and p.strip())
