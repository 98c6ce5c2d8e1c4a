"""Command line: a thin adapter over ``redac.api`` and ``redac.pipeline``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from redac.errors import EXIT_BAD_INPUT, RedacError

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    help="redac — faithful SEO rewriting of news articles.",
)


def _version(value: bool) -> None:
    if value:
        from redac import __version__

        typer.echo(f"redac {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="show the version and exit"
        ),
    ] = False,
) -> None:
    """redac — faithful SEO rewriting of news articles, with a Yoast-grade analyser."""


def _fail(err: RedacError) -> None:
    typer.echo(f"redac: error {err}", err=True)
    raise typer.Exit(err.exit_code)


@app.command()
def analyze(
    file: Annotated[str | None, typer.Argument(help="article: file, URL or - for stdin")] = None,
    keyphrase: Annotated[str, typer.Option("--keyphrase", "-k")] = "",
    synonyms: Annotated[str, typer.Option(help="comma-separated synonyms")] = "",
    title: Annotated[str, typer.Option(help="SEO title")] = "",
    description: Annotated[str, typer.Option(help="meta description")] = "",
    slug: Annotated[str, typer.Option()] = "",
    lang: Annotated[str | None, typer.Option(help="fr, en (detected when absent)")] = None,
    permalink: Annotated[str, typer.Option()] = "",
    cornerstone: Annotated[bool, typer.Option(help="stricter cornerstone thresholds")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json | html")] = "text",
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="JSONL in on stdin, JSONL out (yoast-peer format)")
    ] = False,
    allow_private: Annotated[
        bool, typer.Option(help="allow URLs on private or loopback hosts")
    ] = False,
) -> None:
    """SEO and readability analysis of an article (Yoast's checks, French done right)."""
    if jsonl:
        from redac.jsonl import run_jsonl

        raise typer.Exit(run_jsonl(sys.stdin, sys.stdout))
    if fmt not in ("text", "json", "html"):
        _fail(RedacError(f"unknown format {fmt!r}", hint="use text, json or html"))
    if file is None:
        _fail(
            RedacError(
                "no input given", hint="redac analyze ARTICLE.html (or - for stdin, or --jsonl)"
            )
        )
    try:
        from redac.api import analyze_document
        from redac.ingest import read_input

        assert file is not None
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
        return
    if fmt == "json":
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "html":
        from redac.analysis.render import html_report

        typer.echo(html_report(result, Path(file).name))
    else:
        from rich.console import Console

        from redac.analysis.render import rich_table

        Console().print(rich_table(result, origin))


@app.command()
def rewrite(
    source: Annotated[str, typer.Argument(help="article: file, URL or - for stdin")],
    lang: Annotated[
        str | None, typer.Option(help="target language (the source's when absent)")
    ] = None,
    min_words: Annotated[
        int, typer.Option("--min-words", help="minimum words of the article")
    ] = 700,
    keyphrase: Annotated[
        str | None, typer.Option("--keyphrase", "-k", help="force the focus keyphrase")
    ] = None,
    engine: Annotated[
        str,
        typer.Option(help="auto | offline | llm | local (auto: a configured model, else offline)"),
    ] = "auto",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="write DIR/<slug>.<ext> for each format")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="comma-separated: md, html, json")
    ] = "md,html,json",
    faq: Annotated[
        bool, typer.Option("--faq/--no-faq", help="add a FAQ built from the source's statements")
    ] = True,
    site_url: Annotated[str, typer.Option(help="site URL for canonical and internal links")] = "",
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint (or REDAC_BASE_URL)")
    ] = None,
    model: Annotated[str | None, typer.Option(help="model name (or REDAC_MODEL)")] = None,
    api_key: Annotated[
        str | None, typer.Option(help="API key (or REDAC_API_KEY / OPENAI_API_KEY)")
    ] = None,
    model_path: Annotated[Path | None, typer.Option(help="GGUF file for --engine local")] = None,
    chat_template: Annotated[
        str | None,
        typer.Option(
            help="--engine local: the model's chat template, a llama.cpp name (chatml, gemma…) "
            "or a Jinja file, for a GGUF that has none"
        ),
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="redac.toml (default: ./redac.toml when present)")
    ] = None,
    allow_private: Annotated[
        bool, typer.Option(help="allow URLs on private or loopback hosts")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary on stderr")] = False,
) -> None:
    """Rewrite an article into a faithful, SEO-ready one, and prove it with a report."""
    formats = [f.strip().lower() for f in fmt.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("md", "html", "json")]
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
        return
    rendered = {"md": result.markdown, "html": result.html, "json": result.json}
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
            for f in formats:
                path = out / f"{result.article.slug}.{f}"
                path.write_text(rendered[f](), encoding="utf-8")
                if not quiet:
                    typer.echo(f"wrote {path}", err=True)
        except OSError as e:
            _fail(RedacError(f"cannot write to {out}: {e.strerror}"))
    else:
        typer.echo(rendered[formats[0]]())
    if not quiet:
        from rich.console import Console

        from redac.summary import summary

        Console(stderr=True).print(summary(result))
    if result.report.fallback and chosen.name in ("llm", "local"):
        # a model was asked for and wrote nothing kept: the article is written, and said to be
        # the offline engine's, but the run did not do what was asked
        from redac.errors import BackendError

        err = BackendError(
            f"the model wrote nothing kept: {result.report.fallback}; the article written is "
            f"the {result.article.engine} engine's"
        )
        err.code = "E207"
        _fail(err)
    if not result.ok:
        from redac.errors import EXIT_CONSTRAINT_FAILED

        raise typer.Exit(EXIT_CONSTRAINT_FAILED)


def main() -> None:
    try:
        app()
    except RedacError as e:  # pragma: no cover - commands handle their own
        typer.echo(f"redac: error {e}", err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


__all__ = ["EXIT_BAD_INPUT", "app", "main"]
