"""Command line: a thin adapter over ``redac.api`` and ``redac.pipeline``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from redac.errors import EXIT_BAD_INPUT, RedacError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="redac — faithful SEO rewriting of news articles.",
)


@app.callback()
def _root() -> None:
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
        from redac.analysis.document import to_html
        from redac.api import analyze as run
        from redac.ingest import parse, read_input
        from redac.render_source import source_to_html

        assert file is not None
        text, origin, hint = read_input(file, allow_private=allow_private)
        if (
            (hint == "html" or "<" in text[:200])
            and "<body" not in text.lower()
            and "<html" not in text.lower()
        ):
            body, src_title = to_html(text), ""  # an article body fragment, as a CMS stores it
        else:
            src = parse(
                text,
                origin=origin,
                fmt=hint,
                lang=lang,
                url=origin if origin.startswith("http") else None,
            )
            body, src_title = source_to_html(src), src.title
        result = run(
            body,
            keyphrase=keyphrase,
            synonyms=synonyms,
            title=title or src_title,
            description=description,
            slug=slug,
            lang=lang,
            permalink=permalink,
            cornerstone=cornerstone,
            id=origin,
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
