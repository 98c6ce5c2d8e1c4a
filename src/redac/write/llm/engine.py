"""The LLM engine: plan deterministically, write one bounded piece at a time, verify every
piece against the analyser's constraints and the fact ledger, repair only what failed, and
fall back to the offline engine's version of a piece that still fails — saying so.

The pieces live in :mod:`~redac.write.llm.writer` (sections) and :mod:`~redac.write.llm.meta`
(metadata); this module puts the article together and keeps the token bill down: the
fact-only sections the offline engine adds cost nothing, so they come before any request to
lengthen what the model wrote."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from redac.analysis import keyphrase as kp
from redac.errors import ConfigurationError
from redac.facts import FactLedger
from redac.lang import get_language
from redac.model import Article, Section, Source
from redac.plan import Plan
from redac.plan.planner import make_plan
from redac.write import extras, offline
from redac.write.llm.client import ChatModel, OpenAIChat, Session
from redac.write.llm.meta import write_meta
from redac.write.llm.settings import LLMSettings
from redac.write.llm.writer import ARTICLE_SCHEMA, SECTION_SCHEMA, Writer

__all__ = ["ARTICLE_SCHEMA", "SECTION_SCHEMA", "write_with_llm", "write_with_model"]

SINGLE_DRAFT_MAX_WORDS = 700  # mode "auto": one draft call for sources up to this length
MAX_EXPANSION = 200  # words asked of one section when the article is still short


def _fact_sections(
    source: Source, ledger: FactLedger, plan: Plan, target: str, keyphrase: str
) -> list[Section]:
    """The offline engine's fact-only sections, in the source's language only."""
    if target != source.lang:
        return []
    lang = get_language(target)
    return offline.fact_sections(
        source.paragraphs, ledger, plan, lang, kp.make_topic(keyphrase, lang)
    )


def write_with_model(
    source: Source, ledger: FactLedger, target: str, opts: Any, model: ChatModel
) -> tuple[Plan, Article, list[str]]:
    settings: LLMSettings = opts.llm if isinstance(opts.llm, LLMSettings) else LLMSettings()
    session = Session(model, settings)
    plan = make_plan(source, ledger, min_words=opts.min_words, forced_keyphrase=opts.keyphrase)
    keyphrase = plan.keyphrase if target == source.lang else (opts.keyphrase or plan.keyphrase)
    w = Writer(session, source, ledger, plan, target, keyphrase)
    mode = settings.mode
    single = mode == "single" or (
        mode == "auto" and sum(ps.words for ps in plan.sections) <= SINGLE_DRAFT_MAX_WORDS
    )
    draft = w.draft() if single else None
    drafts = draft["sections"] if draft else None
    written = [
        w.section(i, ps, draft=drafts[i] if drafts and i < len(drafts) else None)
        for i, ps in enumerate(plan.sections)
    ]

    def words(extra: list[Section]) -> int:
        body = tuple(s for s in written if s.kind != "dropped")
        return offline.article_words((*body, *extra), ())

    # still short: first the fact-only sections, which cost no token ...
    added: list[Section] = []
    for extra in _fact_sections(source, ledger, plan, target, keyphrase):
        if words(added) < opts.min_words:
            added.append(extra)
    # ... then more words from the model, for the sections it wrote well with the most material
    for i in sorted(w.written, key=lambda i: -plan.sections[i].words):
        missing = opts.min_words - words(added)
        if missing <= 0:
            break
        written[i] = w.expand(i, plan.sections[i], written[i], min(MAX_EXPANSION, missing))
    sections = [s for s in written if s.kind != "dropped"] + added
    faq_items: tuple[Any, ...] = ()
    faq_heading = ""
    if opts.faq and target == source.lang:
        lang = get_language(target)
        faq_items = extras.faq(ledger, source.paragraphs, lang)
        faq_heading = lang.phrases.faq if faq_items else ""
    body = "\n\n".join(p for s in sections for p in (*s.paragraphs, *s.items))
    title, seo_title, description = plan.title, plan.seo_title, plan.meta_description
    if not body.strip():
        w.notes.append("no section could be written: the article is empty")
    elif w.written:
        title, seo_title, description = write_meta(w, body, first=draft)
    else:  # the body is the offline engine's: so is its metadata, and the model is not asked
        w.notes.append("meta: the model wrote no section; the planner's metadata is used")
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
