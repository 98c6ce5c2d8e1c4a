"""The LLM engine: write one bounded piece at a time from the pipeline's plan, verify every
piece against the analyser's constraints and the fact ledger, repair only what failed, and
fall back to the offline engine's version of a piece that still fails — saying so.

The pieces live in :mod:`~redac.write.llm.writer` (sections) and :mod:`~redac.write.llm.meta`
(metadata); this module puts the article together and keeps the token bill down: the
fact-only sections the offline engine adds cost nothing, so they come before any request to
lengthen what the model wrote.

It also says what actually wrote the article. ``engine`` is ``llm`` only when at least one
section the model wrote was kept; when none was, the article is the offline engine's, whole
(not the source's bare paragraphs), ``engine`` says ``offline`` and ``Article.fallback`` why.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from redac.analysis import keyphrase as kp
from redac.errors import ConfigurationError
from redac.lang import get_language
from redac.model import Article, FaqItem, Note, Section
from redac.write import extras, offline
from redac.write.base import WriteJob
from redac.write.llm.client import ChatModel, OpenAIChat, Session
from redac.write.llm.meta import write_meta
from redac.write.llm.schemas import ARTICLE_SCHEMA, SECTION_SCHEMA
from redac.write.llm.settings import LLMSettings
from redac.write.llm.writer import Writer

__all__ = ["ARTICLE_SCHEMA", "SECTION_SCHEMA", "LLMEngine", "LocalEngine", "write_with_model"]

SINGLE_DRAFT_MAX_WORDS = 700  # mode "auto": one draft call for sources up to this length
MAX_EXPANSION = 200  # words asked of one section when the article is still short


def _fact_sections(job: WriteJob, keyphrase: str) -> list[Section]:
    """The offline engine's fact-only sections, in the source's language only."""
    if job.cross:
        return []
    lang = get_language(job.target)
    return offline.fact_sections(
        job.source.paragraphs, job.ledger, job.plan, lang, kp.make_topic(keyphrase, lang)
    )


def fallback_reason(w: Writer) -> str:
    """Why the model wrote nothing that was kept, in one phrase."""
    if w.dead:
        return f"the LLM backend failed: {w.dead}"
    budget = next((y for y in w.why if "budget" in y), "")
    if budget:
        return budget
    if w.why and all("copied" in y or "skipped" in y for y in w.why):
        return "the model only copied the source's sentences"
    return "every section the model wrote was rejected by the checks"


def write_with_model(job: WriteJob, model: ChatModel, settings: LLMSettings) -> Article:
    session = Session(model, settings, progress=job.progress)
    plan, opts = job.plan, job.options
    keyphrase = plan.keyphrase if not job.cross else (opts.keyphrase or plan.keyphrase)
    w = Writer(session, job.source, job.ledger, plan, job.target, keyphrase)
    mode = settings.mode
    single = mode == "single" or (
        mode == "auto" and sum(ps.words for ps in plan.sections) <= SINGLE_DRAFT_MAX_WORDS
    )
    draft = w.draft() if single else None
    drafts = draft["sections"] if draft else None
    written = [
        w.section(i, ps, draft=drafts[i] if drafts and i < len(drafts) else None, wj=job)
        for i, ps in enumerate(plan.sections)
    ]
    if not w.written:
        return nothing_kept(job, w, model.name, fallback_reason(w))

    def words(extra: list[Section]) -> int:
        body = tuple(s for s in written if s.kind != "dropped")
        return offline.article_words((*body, *extra), ())

    # still short: first the fact-only sections, which cost no token ...
    added: list[Section] = []
    for extra in _fact_sections(job, keyphrase):
        if words(added) < opts.min_words:
            added.append(extra)
    # ... then more words from the model, for the sections it wrote well with the most material
    for i in sorted(w.written, key=lambda i: -plan.sections[i].words):
        missing = opts.min_words - words(added)
        if missing <= 0 or w.dead:
            break
        job.progress.check()
        written[i] = w.expand(i, plan.sections[i], written[i], min(MAX_EXPANSION, missing))
    sections = [s for s in written if s.kind != "dropped"] + added
    faq_items: tuple[FaqItem, ...] = ()
    faq_heading = ""
    if opts.faq and not job.cross:
        lang = get_language(job.target)
        faq_items = extras.faq(job.ledger, job.source.paragraphs, lang, job.today)
        faq_heading = lang.phrases.faq if faq_items else ""
    body = "\n\n".join(p for s in sections for p in (*s.paragraphs, *s.items))
    title, seo_title, description = plan.title, plan.seo_title, plan.meta_description
    if w.dead:
        w.notes.append(Note("meta", "meta: the backend failed; the planner's metadata is used"))
    else:
        job.progress.check()
        title, seo_title, description = write_meta(w, body, first=draft)
    usage = session.usage.to_dict(settings, model.name)
    kept = len(w.written)
    said = Note(
        "engine",
        f"engine: llm ({model.name}), {kept} of {len(plan.sections)} sections written by the "
        f"model and kept, {usage['calls']} calls, "
        f"{usage['prompt_tokens'] + usage['completion_tokens']} tokens",
    )
    return Article(
        lang=job.target,
        title=title,
        seo_title=seo_title,
        meta_description=description,
        slug=plan.slug,
        keyphrase=keyphrase,
        synonyms=plan.synonyms if not job.cross else (),
        sections=tuple(sections),
        faq=faq_items,
        faq_heading=faq_heading,
        engine="llm",
        notes=(said, *w.notes),
        usage=usage,
    )


def nothing_kept(job: WriteJob, w: Writer, name: str, why: str) -> Article:
    """The article when the model wrote nothing kept: the offline engine's, whole, with the
    notes of what was tried. A translation has no offline version: its article is empty."""
    usage = w.session.usage.to_dict(w.session.settings, name)
    tried = f"{usage['calls']} calls, {usage['prompt_tokens'] + usage['completion_tokens']} tokens"
    if job.cross:
        said = Note("engine", f"engine: none — the model ({name}) wrote nothing kept: {why}")
        empty = Article(
            lang=job.target,
            title=job.plan.title,
            seo_title=job.plan.seo_title,
            meta_description=job.plan.meta_description,
            slug=job.plan.slug,
            keyphrase=job.options.keyphrase or job.plan.keyphrase,
            synonyms=(),
            sections=(),
            engine="none",
        )
        notes = (
            said,
            *w.notes,
            Note("fallback", "no section could be written: the article is empty"),
        )
        return replace(empty, notes=notes, usage=usage, fallback=why)
    a = offline.write(job.source, job.ledger, job.plan, faq=job.options.faq, today=job.today)
    said = Note(
        "engine",
        f"engine: offline — the model ({name}) wrote nothing kept ({tried}): {why}",
    )
    return replace(a, notes=(said, *w.notes, *a.notes), usage=usage, fallback=why)


class LLMEngine:
    """Any OpenAI-compatible Chat Completions endpoint. ``model`` replaces the HTTP client
    (tests use a queue of replies)."""

    name = "llm"

    def __init__(
        self, settings: LLMSettings, *, model: ChatModel | None = None, reason: str = ""
    ) -> None:
        if model is None and not settings.configured:
            raise ConfigurationError(
                "no LLM configured",
                hint="set REDAC_BASE_URL and REDAC_MODEL (or --base-url/--model), "
                "or use --engine offline",
            )
        self.settings = settings
        self.model = model
        self.reason = reason

    def write(self, job: WriteJob) -> Article:
        model = self.model or OpenAIChat(self.settings)
        return self._said(write_with_model(job, model, self.settings))

    def _said(self, article: Article) -> Article:
        if not self.reason:
            return article
        first, *rest = article.notes
        return replace(article, notes=(replace(first, text=f"{first.text} ({self.reason})"), *rest))


class LocalEngine(LLMEngine):
    """A GGUF file on this machine: redac starts llama.cpp on loopback for the job. The file
    is checked first: a model without a chat template (a base model) is refused before any
    request, unless ``chat_template`` names one."""

    name = "local"

    def __init__(self, settings: LLMSettings, *, reason: str = "") -> None:
        from redac.write.llm.local import check_chat_model, model_identity

        if not settings.model_path:
            raise ConfigurationError("no GGUF model given", hint="--model-path FILE.gguf")
        info = check_chat_model(settings)
        self.settings = replace(
            settings,
            model=settings.model or Path(settings.model_path).stem,
            model_id=model_identity(settings, info),
        )
        self.model = None
        self.reason = reason

    def write(self, job: WriteJob) -> Article:
        from redac.write.llm.local import LocalServer

        with LocalServer(self.settings) as server:
            s = replace(self.settings, base_url=server.base_url)
            return self._said(write_with_model(job, OpenAIChat(s), s))
