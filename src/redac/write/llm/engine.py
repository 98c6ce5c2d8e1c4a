"""The LLM engine: write one bounded piece at a time from the pipeline's plan, verify every
piece against the analyser's constraints and the fact ledger, repair only what failed, and
fall back to the offline engine's version of a piece that still fails — saying so.

The pieces live in :mod:`~redac.write.llm.writer` (sections) and :mod:`~redac.write.llm.meta`
(metadata); this module puts the article together and keeps the token bill down: the
fact-only sections the offline engine adds cost nothing, so they come before any request to
lengthen what the model wrote."""

from __future__ import annotations

from dataclasses import replace

from redac.analysis import keyphrase as kp
from redac.errors import ConfigurationError
from redac.lang import get_language
from redac.model import Article, FaqItem, Note, Section
from redac.write import extras, offline
from redac.write.base import WriteJob
from redac.write.llm.client import ChatModel, OpenAIChat, Session
from redac.write.llm.meta import write_meta
from redac.write.llm.settings import LLMSettings
from redac.write.llm.writer import ARTICLE_SCHEMA, SECTION_SCHEMA, Writer

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


def write_with_model(job: WriteJob, model: ChatModel, settings: LLMSettings) -> Article:
    session = Session(model, settings)
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
        w.section(i, ps, draft=drafts[i] if drafts and i < len(drafts) else None)
        for i, ps in enumerate(plan.sections)
    ]

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
        if missing <= 0:
            break
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
    if not body.strip():
        w.notes.append(Note("fallback", "no section could be written: the article is empty"))
    elif w.written:
        title, seo_title, description = write_meta(w, body, first=draft)
    else:  # the body is the offline engine's: so is its metadata, and the model is not asked
        w.notes.append(
            Note("meta", "meta: the model wrote no section; the planner's metadata is used")
        )
    usage = session.usage.to_dict(settings, model.name)
    said = Note(
        "engine",
        f"engine: llm ({model.name}), {usage['calls']} calls, "
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
        article = write_with_model(job, model, self.settings)
        if self.reason:
            first, *rest = article.notes
            article = replace(
                article, notes=(replace(first, text=f"{first.text} ({self.reason})"), *rest)
            )
        return article


class LocalEngine(LLMEngine):
    """A GGUF file on this machine: redac starts llama.cpp on loopback for the job."""

    name = "local"

    def __init__(self, settings: LLMSettings, *, reason: str = "") -> None:
        if not settings.model_path:
            raise ConfigurationError("no GGUF model given", hint="--model-path FILE.gguf")
        self.settings = settings
        self.model = None
        self.reason = reason

    def write(self, job: WriteJob) -> Article:
        from redac.write.llm.local import LocalServer

        with LocalServer(self.settings) as server:
            s = replace(
                self.settings, base_url=server.base_url, model=self.settings.model or "local"
            )
            return write_with_model(job, OpenAIChat(s), s)
