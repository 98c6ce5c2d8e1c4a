"""Command line: a thin adapter over ``redac.api``, ``redac.settings`` and the core call.

Built on click (shell completion included: ``redac completion bash``). Typer, used before,
builds a pydantic validator for every option at each start: ~0.1 s of a cold ``redac analyze``
whose whole budget is about 0.2 s (``bench/speed.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from redac import __version__
from redac.errors import EXIT_BAD_INPUT, RedacError

FORMATS = ("md", "html", "json")


def _fail(err: RedacError) -> NoReturn:
    click.echo(f"redac: error {err}", err=True)
    sys.exit(err.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="redac", message="%(prog)s %(version)s")
def app() -> None:
    """redac — faithful SEO rewriting of news articles, with a Yoast-grade analyser."""


def _encodable(text: str) -> str:
    """Lone surrogates (a model may send "\\ud800" in its JSON) as U+FFFD: UTF-8 cannot hold
    them, and writing the article must not fail on one character."""
    import re

    return re.sub("[\ud800-\udfff]", "\ufffd", text)


@app.command()
@click.argument("file", required=False)
@click.option("--keyphrase", "-k", default="", help="focus keyphrase")
@click.option("--synonyms", default="", help="comma-separated synonyms")
@click.option("--title", default="", help="SEO title")
@click.option("--description", default="", help="meta description")
@click.option("--slug", default="")
@click.option("--lang", default=None, help="fr, en (detected when absent)")
@click.option("--permalink", default="")
@click.option("--cornerstone", is_flag=True, help="stricter cornerstone thresholds")
@click.option("--format", "-f", "fmt", default="text", type=click.Choice(["text", "json", "html"]))
@click.option("--jsonl", is_flag=True, help="JSONL in on stdin, JSONL out (yoast-peer format)")
@click.option("--allow-private", is_flag=True, help="allow URLs on private or loopback hosts")
def analyze(
    file: str | None,
    keyphrase: str,
    synonyms: str,
    title: str,
    description: str,
    slug: str,
    lang: str | None,
    permalink: str,
    cornerstone: bool,
    fmt: str,
    jsonl: bool,
    allow_private: bool,
) -> None:
    """SEO and readability analysis of an article (FILE, a URL or - for stdin)."""
    if jsonl:
        from redac.jsonl import run_jsonl

        # bytes in: a line that is not UTF-8 is that line's error, not the batch's end
        sys.exit(run_jsonl(getattr(sys.stdin, "buffer", sys.stdin), sys.stdout))
    if file is None:
        _fail(RedacError("no input given", hint="redac analyze ARTICLE.html (or -, or --jsonl)"))
    try:
        from redac.api import analyze_document
        from redac.ingest import read_input

        text, origin, hint = read_input(file, allow_private=allow_private)
        result = analyze_document(
            text,
            fmt=hint,
            origin=origin,
            keyphrase=keyphrase,
            synonyms=synonyms,
            title=title,
            description=description,
            slug=slug,
            lang=lang,
            permalink=permalink,
            cornerstone=cornerstone,
        )
    except RedacError as e:
        _fail(e)
    if fmt == "json":
        import json

        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "html":
        from redac.analysis.render import html_report

        click.echo(html_report(result, Path(file).name))
    else:
        from rich.console import Console

        from redac.analysis.render import rich_table

        Console().print(rich_table(result, origin))


@app.command()
@click.argument("source")
@click.option("--lang", default=None, help="target language (the source's when absent)")
@click.option("--min-words", default=700, show_default=True, help="minimum words of the article")
@click.option("--keyphrase", "-k", default=None, help="force the focus keyphrase")
@click.option(
    "--engine",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "offline", "llm", "local"]),
    help="auto: a configured model, else the offline engine",
)
@click.option(
    "--out", "-o", type=click.Path(path_type=Path), help="write DIR/<slug>.<ext> per format"
)
@click.option(
    "--format", "-f", "fmt", default="md,html,json", show_default=True, help="md, html, json"
)
@click.option("--faq/--no-faq", default=True, help="add a FAQ built from the source's statements")
@click.option("--site-url", default="", help="site URL for canonical and internal links")
@click.option("--base-url", default=None, help="OpenAI-compatible endpoint (or REDAC_BASE_URL)")
@click.option("--model", default=None, help="model name (or REDAC_MODEL)")
@click.option("--api-key", default=None, help="API key (or REDAC_API_KEY / OPENAI_API_KEY)")
@click.option("--model-path", type=click.Path(path_type=Path), help="GGUF file for --engine local")
@click.option(
    "--chat-template",
    default=None,
    help="--engine local: the model's chat template, a llama.cpp name (chatml, gemma…) or a "
    "Jinja file, for a GGUF that has none",
)
@click.option(
    "--config",
    type=click.Path(path_type=Path),
    help="redac.toml (default: ./redac.toml when present)",
)
@click.option("--allow-private", is_flag=True, help="allow URLs on private or loopback hosts")
@click.option("--quiet", "-q", is_flag=True, help="no summary on stderr")
def rewrite(
    source: str,
    lang: str | None,
    min_words: int,
    keyphrase: str | None,
    engine: str,
    out: Path | None,
    fmt: str,
    faq: bool,
    site_url: str,
    base_url: str | None,
    model: str | None,
    api_key: str | None,
    model_path: Path | None,
    chat_template: str | None,
    config: Path | None,
    allow_private: bool,
    quiet: bool,
) -> None:
    """Rewrite an article (SOURCE: a file, a URL or - for stdin) into a faithful, SEO-ready
    one, and prove it with a report."""
    formats = [f.strip().lower() for f in fmt.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        _fail(
            RedacError(f"unknown format(s) {', '.join(bad) or '(none)'}", hint="use md, html, json")
        )
    try:
        import datetime as dt

        from redac.ingest import load
        from redac.options import RewriteOptions
        from redac.pipeline import rewrite as run
        from redac.settings import choose_engine, load_settings

        llm = load_settings(
            base_url=base_url,
            model=model,
            api_key=api_key,
            model_path=model_path,
            config=config,
            chat_template=chat_template,
        )
        opts = RewriteOptions(
            lang=lang, min_words=min_words, keyphrase=keyphrase, faq=faq, site_url=site_url
        )
        chosen = choose_engine(engine, llm)
        src = load(source, allow_private=allow_private)
        on_event = None
        if not quiet and chosen.name in ("llm", "local"):
            from redac.summary import ProgressLine

            on_event = ProgressLine.on_stderr()
        result = run(src, opts, engine=chosen, today=dt.date.today(), on_event=on_event)
    except RedacError as e:
        _fail(e)
    rendered = {"md": result.markdown, "html": result.html, "json": result.json}
    if out is not None:
        from redac.fsutil import atomic_write_text

        try:
            out.mkdir(parents=True, exist_ok=True)
            for f in formats:
                path = out / f"{result.article.slug}.{f}"
                atomic_write_text(path, _encodable(rendered[f]()))
                if not quiet:
                    click.echo(f"wrote {path}", err=True)
        except OSError as e:
            _fail(RedacError(f"cannot write to {out}: {e.strerror}"))
    else:
        click.echo(_encodable(rendered[formats[0]]()))
    if not quiet:
        from rich.console import Console

        from redac.summary import summary

        Console(stderr=True).print(summary(result))
    if result.report.fallback and chosen.name in ("llm", "local"):
        # a model was asked for and wrote nothing kept: the article is written, and said to be
        # the offline engine's, but the run did not do what was asked
        from redac.errors import NothingKeptError

        _fail(
            NothingKeptError(
                f"the model wrote nothing kept: {result.report.fallback}; the article written "
                f"is the {result.article.engine} engine's"
            )
        )
    if not result.ok:
        from redac.errors import EXIT_CONSTRAINT_FAILED

        sys.exit(EXIT_CONSTRAINT_FAILED)


@app.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script: eval "$(redac completion bash)"."""
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None  # the three choices above are click's own
    click.echo(cls(app, {}, "redac", "_REDAC_COMPLETE").source())


@app.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, help="TCP port")
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    help="directory of the jobs file (default: ~/.local/share/redac)",
)
@click.option(
    "--token",
    envvar="REDAC_TOKEN",
    help="required on any address but loopback (or REDAC_TOKEN)",
)
@click.option("--workers", type=int, help="processes for the offline engine (default: the cores)")
@click.option("--llm-jobs", default=2, show_default=True, help="language-model jobs run at once")
@click.option(
    "--max-queue",
    default=32,
    show_default=True,
    help="jobs queued or running before new ones get 429",
)
@click.option("--allow-private", is_flag=True, help="allow URLs on private or loopback hosts")
def serve(
    host: str,
    port: int,
    data: Path | None,
    token: str | None,
    workers: int | None,
    llm_jobs: int,
    max_queue: int,
    allow_private: bool,
) -> None:
    """The newsroom page and the HTTP API (OpenAPI at /docs), served by redac itself."""
    try:
        from redac.server.app import serve as run
        from redac.server.config import ServerConfig, default_data_dir
        from redac.server.workers import default_processes

        config = ServerConfig(
            host=host,
            port=port,
            data=data or default_data_dir(),
            token=token or None,
            processes=workers or default_processes(),
            llm_jobs=llm_jobs,
            max_queue=max_queue,
            allow_private=allow_private,
        )
    except RedacError as e:
        _fail(e)
    run(config)


@app.command()
@click.argument("source")
@click.argument("article")
@click.option("--lang", default=None, help="fr, en (the source's when absent)")
@click.option("--format", "-f", "fmt", default="text", type=click.Choice(["text", "json", "html"]))
@click.option("--allow-private", is_flag=True, help="allow URLs on private or loopback hosts")
def verify(source: str, article: str, lang: str | None, fmt: str, allow_private: bool) -> None:
    """Check every sentence of ARTICLE (Markdown, HTML or text: a file, a URL) against SOURCE
    (the original: a file, a URL or - for stdin): supported or not, and why."""
    if source == "-" and article == "-":
        _fail(RedacError("the source and the article cannot both be standard input"))
    try:
        from redac.claims.run import verify_text
        from redac.ingest import load, read_input

        src = load(source, lang=lang, allow_private=allow_private)
        text, _origin, hint = read_input(article, allow_private=allow_private)
        result = verify_text(src, text, fmt=hint, lang=lang)
    except RedacError as e:
        _fail(e)
    from redac.claims.render import html_report, text_report

    if fmt == "json":
        import json

        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "html":
        click.echo(html_report(result, Path(article).name))
    else:
        click.echo(text_report(result), nl=False)
    if not result.ok:
        from redac.errors import EXIT_CONSTRAINT_FAILED

        sys.exit(EXIT_CONSTRAINT_FAILED)


def main() -> None:
    try:
        code = app.main(prog_name="redac", standalone_mode=False)
    except click.exceptions.Exit as e:  # --help, --version
        code = e.exit_code
    except click.UsageError as e:  # a wrong option or argument: said as redac says errors
        command = e.ctx.command_path if e.ctx else "redac"
        click.echo(f"redac: error [E130] {e.format_message()}", err=True)
        click.echo(f"  hint: {command} --help", err=True)
        code = EXIT_BAD_INPUT
    except click.ClickException as e:
        e.show()
        code = e.exit_code
    except RedacError as e:  # pragma: no cover - commands handle their own
        click.echo(f"redac: error {e}", err=True)
        code = e.exit_code
    except (KeyboardInterrupt, click.Abort):
        code = 130
    except BrokenPipeError:
        code = 0
    except SystemExit as e:  # a command's sys.exit(n)
        code = e.code
    _exit(code)


def _exit(code: object) -> NoReturn:
    """Leave as ``sys.exit(code)`` would, less the interpreter's teardown: the output flushed
    and the exit handlers run, then the process ends without freeing, one by one, the objects
    of every module (spaCy's model, numpy, the analyser's tables): ~0.06 s of CPU, a tenth of a
    cold ``redac rewrite`` (``bench/speed.py``). Where another thread still runs, or this Python
    has no way to run the exit handlers first, the usual exit."""
    import atexit
    import contextlib
    import os
    import threading

    if not isinstance(code, int):
        if code is not None:
            click.echo(str(code), err=True)
        code = 0 if code is None else 1
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or threading.active_count() > 1:
        sys.exit(code)

    def flush() -> None:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe (redac … | head)
                stream.flush()

    flush()
    run_handlers()
    flush()  # what the handlers wrote
    os._exit(code)


__all__ = ["EXIT_BAD_INPUT", "app", "main"]
