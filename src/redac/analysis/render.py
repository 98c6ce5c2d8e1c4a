"""Show an analysis: a Rich traffic-light table, or a standalone HTML report."""

from __future__ import annotations

from html import escape
from typing import Any

from redac.analysis.assessor import Analysis, Check

_COLORS = {"green": "green", "orange": "dark_orange", "red": "red", "none": "grey50"}
_DOTS = {"green": "●", "orange": "●", "red": "●"}


def rich_table(a: Analysis, title: str = "") -> object:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    def table(name: str, checks: tuple[Check, ...], score: int, rating: str) -> Table:
        t = Table(
            title=f"{name} — {score}/100",
            title_style=f"bold {_COLORS.get(rating, 'white')}",
            expand=False,
        )
        t.add_column("", width=2)
        t.add_column("check", style="bold")
        t.add_column("score", justify="right")
        t.add_column("feedback")
        for c in checks:
            t.add_row(
                Text(_DOTS.get(c.rating, "○"), style=_COLORS.get(c.rating, "white")),
                c.id,
                str(c.score),
                c.text,
            )
        return t

    flesch = a.flesch.get("text") or "n/a"
    parts: list[Any] = [
        table("SEO", a.seo, a.seo_score, a.seo_rating),
        table("Readability", a.readability, a.readability_score, a.readability_rating),
        Text(f"{flesch}   ·   {a.figures['word_count']} words   ·   {a.ms:.0f} ms"),
    ]
    if title:
        parts.insert(0, Text(title, style="bold"))
    return Group(*parts)


def html_report(a: Analysis, title: str = "") -> str:
    def rows(checks: tuple[Check, ...]) -> str:
        return "\n".join(
            f'<tr class="{c.rating}"><td class="dot"></td><td>{escape(c.id)}</td><td>{c.score}</td><td>{escape(c.text)}</td></tr>'
            for c in checks
        )

    flesch = escape(str(a.flesch.get("text") or "n/a"))
    return f"""<!doctype html>
<html lang="{escape(a.lang)}"><head><meta charset="utf-8"><title>redac — {escape(title or "analysis")}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse;width:100%;margin-bottom:2rem}}td,th{{padding:.35rem .5rem;border-bottom:1px solid #ddd;text-align:left}}
.dot::before{{content:"●"}}.green .dot{{color:#1a7f37}}.orange .dot{{color:#d97706}}.red .dot{{color:#c62828}}</style></head>
<body><h1>{escape(title or "Analysis")}</h1>
<h2>SEO: {a.seo_score}/100 ({a.seo_rating})</h2><table><tr><th></th><th>check</th><th>score</th><th>feedback</th></tr>{rows(a.seo)}</table>
<h2>Readability: {a.readability_score}/100 ({a.readability_rating})</h2><table><tr><th></th><th>check</th><th>score</th><th>feedback</th></tr>{rows(a.readability)}</table>
<p>{flesch} · {a.figures["word_count"]} words</p></body></html>
"""
