"""The LLM engine: plan deterministically, write one bounded piece at a time, verify every
piece against the analyser's constraints and the fact ledger, repair only what failed, and
fall back to the offline engine's version of a piece that still fails — saying so."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from redac.analysis import keyphrase as kp
from redac.analysis.titlewidth import title_width
from redac.errors import BackendError, BudgetExceededError, ConfigurationError
from redac.facts import FactLedger
from redac.lang import get_language
from redac.model import Article, Section, Source
from redac.plan import Plan, PlannedSection
from redac.plan.planner import make_plan
from redac.write import extras, offline
from redac.write.llm import prompts
from redac.write.llm.client import ChatModel, LLMOutputError, Message, OpenAIChat, Session
from redac.write.llm.settings import LLMSettings
from redac.write.llm.verify import Problem, facts_in, problems

SECTION_SCHEMA = {
    "type": "object",
    "properties": {
        "heading": {"type": "string"},
        "paragraphs": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["heading", "paragraphs"],
    "additionalProperties": False,
}
ARTICLE_SCHEMA = {
    "type": "object",
    "properties": {"sections": {"type": "array", "items": SECTION_SCHEMA}},
    "required": ["sections"],
    "additionalProperties": False,
}
SINGLE_DRAFT_MAX_WORDS = 700  # mode "auto": one draft call for sources up to this length
META_SCHEMA = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "seo_title": {"type": "string"},
        "meta_description": {"type": "string"},
    },
    "required": ["title", "seo_title", "meta_description"],
    "additionalProperties": False,
}


def _delimit(text: str) -> str:
    """Source text as data: it can never close the delimiter it sits in."""
    return text.replace("<source>", "‹source›").replace("</source>", "‹/source›")


@dataclass
class _Writer:
    session: Session
    source: Source
    ledger: FactLedger
    plan: Plan
    target: str
    notes: list[str] = field(default_factory=list)
    failures_in_a_row: int = 0
    written: set[int] = field(default_factory=set)  # sections the model wrote and passed

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

    def _repair(
        self, messages: list[Message], reply: dict[str, Any], found: list[Problem]
    ) -> list[Message]:
        table = prompts.table(self.target, "problems")
        body = "\n".join(f"- {p.phrase(self.target)}" for p in found)
        return [
            *messages,
            {"role": "assistant", "content": json.dumps(reply, ensure_ascii=False)},
            {"role": "user", "content": f"{table['intro']}\n{body}\n{table['outro']}"},
        ]

    MAX_FAILURES_IN_A_ROW = 2

    def _fallback(self, ps: PlannedSection, index: int, why: str) -> Section:
        self.failures_in_a_row += 1
        paras = tuple(
            c
            for i in ps.paragraphs
            for c in offline.split_long(self.source.paragraphs[i], self.lang)
        )
        if self.cross:
            self.notes.append(
                f"section {index}: {why}; no untranslated fallback exists, the section is left out"
            )
            return Section(heading="", paragraphs=(), kind="dropped")
        self.notes.append(f"section {index}: {why}; the offline engine's version is used")
        return Section(heading=ps.heading, paragraphs=paras, kind="intro" if index == 0 else "body")

    def draft(self, keyphrase: str) -> list[dict[str, Any]] | None:
        """The whole article in one request (cheaper for short sources); sections are then
        verified and repaired one by one. ``None`` when the draft cannot be had."""
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
            keyphrase=keyphrase,
            source=_delimit("\n\n".join(parts)),
            translation=self.translation,
        )
        messages: list[Message] = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": user},
        ]
        words = sum(ps.budget for ps in self.plan.sections)
        try:
            reply = self.session.ask_json(
                messages, ARTICLE_SCHEMA, max_tokens=int(words * 2.2) + 200, long=True
            )
        except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
            raise
        except BackendError as e:
            self.notes.append(f"article draft: {e.message}; writing section by section")
            return None
        return list(reply["sections"])

    def section(
        self,
        index: int,
        ps: PlannedSection,
        keyphrase: str,
        extra_words: int = 0,
        draft: dict[str, Any] | None = None,
    ) -> Section:
        if self.failures_in_a_row >= self.MAX_FAILURES_IN_A_ROW:
            # the model failed twice in a row even after repairs: stop spending tokens on it
            return self._fallback(
                ps, index, f"skipped after {self.failures_in_a_row} failed sections in a row"
            )
        src = [self.source.paragraphs[i] for i in ps.paragraphs]
        facts = facts_in(src, self.ledger)
        budget = ps.budget + extra_words
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
            keyphrase=keyphrase,
            keyphrase_uses=self.labels["uses_once" if budget < 150 else "uses_twice"],
            facts="\n".join(f"- {f.text}" for f in facts) or "-",
            source=_delimit("\n\n".join(src)),
            translation=self.translation,
        )
        messages: list[Message] = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": user},
        ]
        found: list[Problem] = []
        for _round in range(self.session.settings.repair_rounds + 1):
            try:
                if draft is not None and _round == 0:
                    reply = draft  # the article draft's version of this section comes first
                else:
                    reply = self.session.ask_json(
                        messages, SECTION_SCHEMA, max_tokens=int(budget * 2.2) + 120
                    )
            except BudgetExceededError as e:
                return self._fallback(ps, index, str(e))
            except LLMOutputError as e:
                return self._fallback(ps, index, str(e))
            except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
                raise
            except BackendError as e:
                return self._fallback(ps, index, f"backend failure ({e.message})")
            paragraphs = tuple(p.strip() for p in reply["paragraphs"] if p.strip())
            text = "\n\n".join(paragraphs)
            found = problems(
                text,
                target=self.target,
                source_lang=self.source.lang,
                ledger=self.ledger,
                facts=facts,
                min_words=int(0.8 * budget),
                markers=self.markers,
            )
            if not found:
                self.failures_in_a_row = 0
                self.written.add(index)
                heading = "" if index == 0 else (reply["heading"].strip() or ps.heading)
                return Section(
                    heading=heading, paragraphs=paragraphs, kind="intro" if index == 0 else "body"
                )
            messages = self._repair(messages, reply, found)
        return self._fallback(
            ps, index, "still failing after repairs: " + ", ".join(str(p) for p in found)
        )

    def meta(self, keyphrase: str, body: str) -> tuple[str, str, str]:
        """H1, SEO title and meta description, verified; the plan's own when they keep failing."""
        user = prompts.fill(
            prompts.text(self.target, "meta"),
            language=self.lang.name,
            keyphrase=keyphrase,
            source=_delimit(body),
        )
        messages: list[Message] = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": user},
        ]
        topic = kp.make_topic(keyphrase, self.lang)
        for _round in range(self.session.settings.repair_rounds + 1):
            try:
                reply = self.session.ask_json(messages, META_SCHEMA, max_tokens=300)
            except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
                raise
            except BackendError:
                break
            title, seo, desc = (
                reply[k].strip() for k in ("title", "seo_title", "meta_description")
            )
            found = problems(
                f"{title}\n\n{seo}\n\n{desc}",
                target=self.target,
                source_lang=self.source.lang,
                ledger=self.ledger,
                facts=(),
                min_words=0,
                markers=self.markers,
            )
            if not 120 <= len(desc) <= 156:
                found.append(Problem("meta_length", (("length", str(len(desc))),)))
            if kp.count_in(topic, desc, self.lang) != 1:
                found.append(Problem("meta_keyphrase", (("keyphrase", keyphrase),)))
            if title_width(seo) > 600:
                found.append(Problem("title_width", (("width", str(round(title_width(seo)))),)))
            if kp.exact_position(topic, seo, self.lang) != 0:
                found.append(Problem("title_start", (("keyphrase", keyphrase),)))
            if not found and title:
                return title, seo, desc
            messages = self._repair(messages, reply, found)
        self.notes.append(
            "meta: the model's metadata kept failing its checks; the planner's metadata is used"
            + (" (in the source language: the report's checks show it)" if self.cross else "")
        )
        return self.plan.title, self.plan.seo_title, self.plan.meta_description


def write_with_model(
    source: Source, ledger: FactLedger, target: str, opts: Any, model: ChatModel
) -> tuple[Plan, Article, list[str]]:
    settings: LLMSettings = opts.llm if isinstance(opts.llm, LLMSettings) else LLMSettings()
    session = Session(model, settings)
    plan = make_plan(source, ledger, min_words=opts.min_words, forced_keyphrase=opts.keyphrase)
    w = _Writer(session, source, ledger, plan, target)
    keyphrase = plan.keyphrase if target == source.lang else (opts.keyphrase or plan.keyphrase)
    mode = settings.mode
    single = mode == "single" or (
        mode == "auto" and sum(ps.words for ps in plan.sections) <= SINGLE_DRAFT_MAX_WORDS
    )
    drafts = w.draft(keyphrase) if single else None
    sections = [
        w.section(i, ps, keyphrase, draft=drafts[i] if drafts and i < len(drafts) else None)
        for i, ps in enumerate(plan.sections)
    ]
    sections = [s for s in sections if s.kind != "dropped"]
    # too short overall: expand the sections that have the most material, once each
    order = sorted(range(len(plan.sections)), key=lambda i: -plan.sections[i].words)
    for i in order:
        total = offline.article_words(tuple(sections), ())
        if total >= opts.min_words or i >= len(sections):
            break
        if i not in w.written or len(sections) != len(plan.sections):
            continue  # expand only what the model wrote well (and indices still match the plan)
        more = w.section(
            i, plan.sections[i], keyphrase, extra_words=min(200, opts.min_words - total)
        )
        if offline.article_words((more,), ()) > offline.article_words((sections[i],), ()):
            sections[i] = more
    faq_items: tuple[Any, ...] = ()
    faq_heading = ""
    if target == source.lang:  # fact-only sections from the ledger, as the offline engine adds them
        lang = get_language(target)
        for extra in (
            extras.key_points(
                [tuple(source.paragraphs[j] for j in ps.paragraphs) for ps in plan.sections[1:]],
                lang,
                kp.make_topic(keyphrase, lang),
            ),
            extras.timeline(ledger, source.paragraphs, lang),
            extras.who_is_who(ledger, lang),
        ):
            if extra is not None and offline.article_words(tuple(sections), ()) < opts.min_words:
                sections.append(extra)
        if opts.faq:
            from redac.write.phrases import phrases

            faq_items = extras.faq(ledger, source.paragraphs, lang)
            faq_heading = phrases(target).FAQ if faq_items else ""
    body = "\n\n".join(p for s in sections for p in (*s.paragraphs, *s.items))
    if body.strip():
        title, seo_title, description = w.meta(keyphrase, body[:2500])  # the opening is enough
    else:
        w.notes.append("no section could be written: the article is empty")
        title, seo_title, description = plan.title, plan.seo_title, plan.meta_description
    usage = session.usage.to_dict(settings, model.name)
    article = Article(
        lang=target,
        title=title,
        seo_title=seo_title,
        meta_description=description,
        slug=plan.slug,
        keyphrase=keyphrase,
        synonyms=plan.synonyms if target == source.lang else (),
        sections=tuple(sections),
        faq=faq_items,
        faq_heading=faq_heading,
        engine="llm",
        notes=tuple(w.notes),
        usage=usage,
    )
    return (
        replace(plan, lang=target),
        article,
        [
            f"engine: llm ({model.name}), {usage['calls']} calls, {usage['prompt_tokens'] + usage['completion_tokens']} tokens"
        ],
    )


def write_with_llm(
    source: Source, ledger: FactLedger, target: str, opts: Any, engine: str
) -> tuple[Plan, Article, list[str]]:
    settings: LLMSettings = opts.llm if isinstance(opts.llm, LLMSettings) else LLMSettings()
    if engine == "local":
        from redac.write.llm.local import LocalServer

        with LocalServer(settings) as server:
            s = replace(settings, base_url=server.base_url, model=settings.model or "local")
            return write_with_model(source, ledger, target, replace(opts, llm=s), OpenAIChat(s))
    if not settings.configured:
        raise ConfigurationError(
            "no LLM configured",
            hint="set REDAC_BASE_URL and REDAC_MODEL (or --base-url/--model), or use --engine offline",
        )
    return write_with_model(source, ledger, target, opts, OpenAIChat(settings))
