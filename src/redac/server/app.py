"""The application: the API, the page and its assets, the OpenAPI page — all served by redac
(no CDN): the Swagger UI comes from the ``swagger-ui-bundle`` package, started by our own
script file so that the Content-Security-Policy can forbid inline scripts everywhere."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from redac.errors import RedacError
from redac.server.auth import Auth
from redac.server.config import ServerConfig
from redac.server.guard import BodyTooLarge, Guard
from redac.server.routes import error, redac_error, router
from redac.server.runner import EngineChoice
from redac.server.store import JobStore
from redac.server.workers import Workers

log = logging.getLogger("redac.server")
STATIC = Path(str(files("redac.server").joinpath("static")))


def _swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    return Path(str(swagger_ui_path))


def engine_choice(config: ServerConfig) -> EngineChoice:
    """The LLM settings (environment, ./redac.toml) and what ``auto`` means, decided once."""
    from redac.settings import load_settings, resolve_auto

    settings = load_settings()
    auto, auto_settings, reason = resolve_auto(settings)
    return EngineChoice(settings, auto, auto_settings, reason, config.allow_private)


def create_app(config: ServerConfig, choice: EngineChoice | None = None) -> FastAPI:
    from redac import __version__

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        resumed = app.state.workers.start()
        if resumed:
            log.info("resumed %d queued job(s)", resumed)
        yield
        app.state.workers.shutdown()

    app = FastAPI(
        title="redac",
        version=__version__,
        summary="Faithful SEO rewriting of news articles, with a Yoast-grade analyser.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    store = JobStore(config.db)
    app.state.config = config
    app.state.store = store
    app.state.auth = Auth(config.token)
    app.state.choice = choice or engine_choice(config)
    app.state.workers = Workers(
        store, app.state.choice, processes=config.processes, llm_jobs=config.llm_jobs
    )
    app.include_router(router)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return error(400, "E130", f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(RedacError)
    async def failed(request: Request, exc: RedacError) -> JSONResponse:
        return redac_error(exc)

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge) -> JSONResponse:
        return error(413, "E103", f"the request is larger than {config.max_body} bytes")

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return FileResponse(STATIC / "index.html", headers={"cache-control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return FileResponse(STATIC / "docs.html")

    swagger = _swagger_dir()
    if swagger is not None:
        app.mount("/docs/assets", StaticFiles(directory=swagger), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def guarded(config: ServerConfig, choice: EngineChoice | None = None) -> Guard:
    """The application behind its guard: what uvicorn serves."""
    app = create_app(config, choice)
    return Guard(app, config, app.state.auth)


def serve(config: ServerConfig) -> None:
    import uvicorn

    logging.basicConfig(level=logging.WARNING, format="redac: %(message)s")
    log.setLevel(logging.INFO)
    app = guarded(config)
    log.info(
        "serving on http://%s:%d (jobs in %s)%s",
        config.host if ":" not in config.host else f"[{config.host}]",
        config.port,
        config.db,
        ", token required" if config.token else "",
    )
    uvicorn.run(
        app,
        host=config.host,
        port=config.port,
        log_level="warning",
        timeout_graceful_shutdown=5,
    )
