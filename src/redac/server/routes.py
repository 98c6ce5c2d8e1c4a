"""The HTTP API: jobs (rewrite), the synchronous analysis, the claim check, the page's data."""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import AsyncIterator
from functools import cache
from importlib.resources import files
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from redac.errors import OptionError, RedacError
from redac.server.auth import CSRF, SESSION, new_csrf
from redac.server.features import run_verify
from redac.server.schemas import AnalyzeRequest, RewriteRequest, SessionRequest, VerifyRequest

router = APIRouter()
SSE_POLL = 0.1  # seconds between two looks at a job's events
SSE_HEARTBEAT = 15.0


def error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status)


def redac_error(e: RedacError) -> JSONResponse:
    status = 502 if e.exit_code == 4 else 400
    extra = {"hint": e.hint} if e.hint else {}
    return error(status, e.code, e.message, **extra)


@router.get("/healthz", tags=["server"])
def healthz(request: Request) -> dict[str, Any]:
    from redac import __version__

    st = request.app.state
    return {
        "status": "ok",
        "version": __version__,
        "active_jobs": st.store.active(),
        "auto_engine": st.choice.auto,
        "features": {"verify": True},
    }


# -- jobs ---------------------------------------------------------------------------------
@router.post("/api/rewrite", status_code=202, tags=["rewrite"])
def submit(body: RewriteRequest, request: Request) -> Response:
    """Queue a rewrite; follow it with ``GET /api/jobs/{id}`` or its events."""
    given = [k for k in ("text", "url", "html") if getattr(body, k)]
    if len(given) != 1:
        return error(400, "E100", 'give exactly one of "text", "url" or "html"')
    if body.url and not body.url.startswith(("http://", "https://")):
        return error(400, "E111", "only http and https URLs are fetched")
    try:
        from redac.options import RewriteOptions

        RewriteOptions(
            lang=body.lang,
            min_words=body.min_words,
            keyphrase=body.keyphrase,
            faq=body.faq,
            site_url=body.site_url,
        )
    except RedacError as e:
        return redac_error(e)
    st = request.app.state
    kind = st.choice.kind(body.engine)
    job_id = st.store.create(body.model_dump(exclude_none=True), kind, st.config.max_queue)
    if job_id is None:
        mean = st.store.mean_duration() or 5.0
        wait = max(1, math.ceil(mean * st.config.max_queue / max(1, st.config.processes)))
        resp = error(429, "E410", "the queue is full; try again later", retry_after=wait)
        resp.headers["Retry-After"] = str(wait)
        return resp
    st.workers.submit(job_id, kind)
    return JSONResponse({"id": job_id, "status": "queued"}, 202)


@router.get("/api/jobs/{job_id}", tags=["rewrite"])
def job(job_id: str, request: Request) -> Response:
    """``status``: queued, running, done or failed; ``result``: the rewrite JSON (as
    ``redac rewrite --format json``); ``review``: what the page shows beside it."""
    found = request.app.state.store.get(job_id)
    if found is None:
        return error(404, "E404", f"no job {job_id}")
    return JSONResponse(found.to_dict())


@router.delete("/api/jobs/{job_id}", tags=["rewrite"])
def cancel(job_id: str, request: Request) -> Response:
    """Cancel a job: a queued one at once, a running one at its next step."""
    status = request.app.state.store.cancel(job_id)
    if status is None:
        return error(404, "E404", f"no job {job_id}")
    return JSONResponse({"id": job_id, "status": status, "cancel": status in ("failed", "running")})


EXPORTS = {
    "md": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
    "json": ("application/json", "json"),
}


@router.get("/api/jobs/{job_id}/export/{fmt}", tags=["rewrite"])
def export(job_id: str, fmt: str, request: Request) -> Response:
    """A finished job's article as a download: ``md``, ``html`` (a standalone page) or ``json``."""
    if fmt not in EXPORTS:
        return error(404, "E404", f"no export {fmt!r}; use md, html or json")
    store = request.app.state.store
    found = store.get(job_id)
    if found is None or found.result is None:
        return error(404, "E404", f"job {job_id} has no result")
    text = (
        json.dumps(found.result, ensure_ascii=False, indent=2)
        if fmt == "json"
        else store.export(job_id, fmt) or ""
    )
    ctype, ext = EXPORTS[fmt]
    slug = found.result["article"]["slug"] or "article"
    return Response(
        text,
        media_type=ctype,
        headers={"content-disposition": f'attachment; filename="{slug}.{ext}"'},
    )


@router.get("/api/jobs/{job_id}/events", tags=["rewrite"])
async def events(job_id: str, request: Request) -> Response:
    """Progress as server-sent events: ``stage``, ``section`` (i of n), ``tokens``, ``note``,
    then ``end`` with the job's final status."""
    store = request.app.state.store
    if store.status(job_id) is None:
        return error(404, "E404", f"no job {job_id}")
    last = request.headers.get("last-event-id", "0")
    after = int(last) if last.isdigit() else 0

    async def stream() -> AsyncIterator[str]:
        nonlocal after
        quiet = 0.0
        yield "retry: 1000\n\n"
        while True:
            status = store.status(job_id)
            for seq, data in store.events(job_id, after):
                after = seq
                yield f"id: {seq}\nevent: {data['kind']}\ndata: {json.dumps(data)}\n\n"
                quiet = 0.0
            if status in ("done", "failed"):
                found = store.get(job_id)
                end = {"status": status, "error": found.error if found else None}
                yield f"event: end\ndata: {json.dumps(end)}\n\n"
                return
            if await request.is_disconnected():
                return
            await asyncio.sleep(SSE_POLL)
            quiet += SSE_POLL
            if quiet >= SSE_HEARTBEAT:
                quiet = 0.0
                yield ": keep-alive\n\n"

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
    )


# -- analysis and verification -------------------------------------------------------------
def _analyze(body: AnalyzeRequest) -> dict[str, Any]:
    from redac.analysis import analyze_paper
    from redac.analysis.view import report_view
    from redac.api import document_paper
    from redac.server.review import document_blocks

    paper = document_paper(
        body.text,
        fmt=body.format,
        keyphrase=body.keyphrase,
        synonyms=body.synonyms,
        title=body.title,
        description=body.description,
        slug=body.slug,
        lang=body.lang,
        permalink=body.permalink,
        cornerstone=body.cornerstone,
    )
    a = analyze_paper(paper)
    out = a.to_dict()
    out["view"] = report_view(a).to_dict()
    out["blocks"] = document_blocks(paper.body.blocks)
    out["paper"] = {"title": paper.title, "description": paper.description, "slug": paper.slug}
    return out


@router.post("/api/analyze", tags=["analyze"])
async def analyze(body: AnalyzeRequest) -> Response:
    """The analysis of ``redac analyze --format json``, plus ``view`` (the grouped report the
    page shows) and ``blocks`` (the body as analysed, which ``marks`` index)."""
    try:
        return JSONResponse(await run_in_threadpool(_analyze, body))
    except RedacError as e:
        return redac_error(e)


@router.post("/api/verify", tags=["verify"])
async def verify(body: VerifyRequest) -> Response:
    """``redac verify``'s JSON: every sentence of the article against the source."""
    try:
        return JSONResponse(
            await run_in_threadpool(run_verify, body.source, body.article, body.lang)
        )
    except RedacError as e:
        return redac_error(e)


# -- the page's data and session -----------------------------------------------------------
@router.get("/api/ui", tags=["page"])
def ui(request: Request, lang: str = "fr") -> Response:
    """The page's words and the report's labels in ``lang``, the thresholds the snippet
    preview measures against, and what this server offers."""
    from redac.analysis.config import targets
    from redac.lang import SUPPORTED, get_language

    if lang not in SUPPORTED:
        return error(400, "E120", f"language {lang!r} is not supported")
    data = get_language(lang)
    t = targets()
    st = request.app.state
    return JSONResponse(
        {
            "lang": lang,
            "languages": {code: get_language(code).name for code in SUPPORTED},
            "page": dict(data.page),
            "labels": dict(data.messages.labels),
            "number": {"decimal": data.messages.decimal, "thousands": data.messages.thousands},
            "targets": {"title_px": t.title_px, "description_chars": t.description_chars},
            "features": {"verify": True},
            "auto_engine": st.choice.auto,
            "auth": st.auth.required,
        }
    )


@cache
def _metrics() -> dict[str, Any]:
    raw = files("redac.data").joinpath("title_metrics.json").read_text(encoding="utf-8")
    return {"font": "Arial 20px", "fallback": 11.12, "widths": json.loads(raw)["widths"]}


@router.get("/api/title-metrics", tags=["page"])
def title_metrics() -> dict[str, Any]:
    """Character widths (Arial 20 px) the analyser measures SEO titles with, for the page to
    cut the snippet's title where a search engine would."""
    return _metrics()


@router.get("/api/session", tags=["page"])
def session(request: Request) -> dict[str, bool]:
    auth = request.app.state.auth
    return {"required": auth.required, "ok": auth.allowed(request)}


@router.post("/api/session", tags=["page"])
def login(body: SessionRequest, request: Request) -> Response:
    """Exchange the token for the page's session (an HttpOnly cookie) and a CSRF token."""
    auth = request.app.state.auth
    if not auth.required:
        return JSONResponse({"required": False, "ok": True})
    if not auth.token_ok(body.token):
        raise_after = error(401, "E402", "wrong token")
        return raise_after
    resp = JSONResponse({"required": True, "ok": True})
    secure = request.url.scheme == "https"
    resp.set_cookie(SESSION, auth.session_value(), httponly=True, samesite="strict", secure=secure)
    resp.set_cookie(CSRF, new_csrf(), httponly=False, samesite="strict", secure=secure)
    return resp


@router.delete("/api/session", tags=["page"])
def logout() -> Response:
    resp = JSONResponse({"ok": False})
    resp.delete_cookie(SESSION)
    resp.delete_cookie(CSRF)
    return resp


__all__ = ["OptionError", "router"]
