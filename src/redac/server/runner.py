"""One job, run where the scheduler put it (a worker process for the offline engine, a thread
for a language model): read the request from the store, call the core, write the outcome back.
Progress events go to the store as they come; cancellation is a flag in the store, polled."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from redac.errors import InputError, RedacError
from redac.events import Event
from redac.server.store import JobStore
from redac.write.llm.settings import LLMSettings

log = logging.getLogger("redac.server")
TOKEN_EVENT_EVERY = 0.25  # seconds between two "tokens" events stored for one job
CANCEL_POLL_EVERY = 0.2  # seconds between two looks at the cancel flag


@dataclass(frozen=True)
class EngineChoice:
    """What the server resolved at start: ``auto`` stands for ``name`` with ``settings``."""

    settings: LLMSettings
    auto: str = "offline"
    auto_settings: LLMSettings | None = None
    reason: str = ""
    allow_private: bool = False

    def resolve(self, requested: str) -> tuple[str, LLMSettings, str]:
        if requested == "auto":
            return self.auto, self.auto_settings or self.settings, self.reason
        return requested, self.settings, ""

    def kind(self, requested: str) -> str:
        return "offline" if self.resolve(requested)[0] == "offline" else "llm"


@cache
def _store(path: str) -> JobStore:
    return JobStore(Path(path))


def warm() -> None:
    """Worker-process start: load what every job needs once (each language's spaCy pipeline)."""
    from redac.lang import all_languages
    from redac.nlp import pipeline

    for lang in all_languages():
        if lang.spacy_model:
            pipeline(lang.code)


def source_of(req: dict[str, Any], allow_private: bool) -> Any:
    from redac.model import Source

    if req.get("url"):
        return Source.from_url(str(req["url"]), allow_private=allow_private)
    if req.get("html"):
        return Source.from_text(str(req["html"]), fmt="html", origin="html")
    if req.get("text"):
        return Source.from_text(str(req["text"]), fmt=req.get("format") or None)
    raise InputError("no article given", hint='post "text", "url" or "html"')


def run_job(db: str, job_id: str, choice: EngineChoice) -> None:
    store = _store(db)
    if not store.start(job_id):
        return  # cancelled while queued
    job = store.get(job_id)
    assert job is not None
    req = job.request
    last = {"tokens": 0.0, "poll": 0.0}
    stop = [False]

    def on_event(ev: Event) -> None:
        now = time.monotonic()
        if ev.kind == "tokens":
            if now - last["tokens"] < TOKEN_EVENT_EVERY:
                return
            last["tokens"] = now
        store.add_event(job_id, ev.to_dict())

    def cancel() -> bool:
        now = time.monotonic()
        if not stop[0] and now - last["poll"] >= CANCEL_POLL_EVERY:
            last["poll"] = now
            stop[0] = store.cancelled(job_id)
        return stop[0]

    try:
        from redac.options import RewriteOptions
        from redac.pipeline import rewrite
        from redac.server.review import review
        from redac.write import make_engine

        opts = RewriteOptions(
            lang=req.get("lang") or None,
            min_words=int(req.get("min_words", 700)),
            keyphrase=req.get("keyphrase") or None,
            faq=bool(req.get("faq", True)),
            site_url=req.get("site_url") or "",
        )
        name, settings, reason = choice.resolve(req.get("engine") or "auto")
        engine = make_engine(name, settings, reason)
        source = source_of(req, choice.allow_private)
        result = rewrite(
            source, opts, engine=engine, today=dt.date.today(), on_event=on_event, cancel=cancel
        )
        payload = result.to_dict()
        store.finish(
            job_id,
            result=payload,
            review=review(result),
            exports={"md": result.markdown(), "html": result.html()},
        )
    except RedacError as e:
        err = {"code": e.code, "message": e.message}
        if e.hint:
            err["hint"] = e.hint
        store.finish(job_id, error=err)
    except Exception as e:  # a bug: this job fails with a plain message, the server goes on
        log.exception("job %s failed", job_id)
        store.finish(
            job_id, error={"code": "E999", "message": f"internal error ({type(e).__name__})"}
        )
