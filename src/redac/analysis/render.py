"""Show an analysis: a terminal report or a standalone HTML page, both drawn from the one
report view (``analysis/view.py``): the same panels, groups, labels and numbers as the web page."""

from __future__ import annotations

from functools import cache
from typing import Any

from redac.analysis.assessor import Analysis
from redac.analysis.view import ReportView, report_view
from redac.export.terminal import Typeset

_COLORS = {"green": "green", "orange": "dark_orange", "red": "red", "none": "grey50"}


def rich_table(a: Analysis, title: str = "") -> object:
    """The report for a terminal: each panel's verdict, then its groups, problems first."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    view = report_view(a, title)
    parts: list[Any] = [Text(view.title, style="bold")]
    for panel in view.panels:
        head = Text(f"{panel.title} — {panel.score_text} · {panel.verdict}")
        head.stylize(f"bold {_COLORS.get(panel.rating, 'white')}")
        parts += [Text(""), head]
        t = Table(show_header=False, box=None, padding=(0, 1))
        t.add_column("", width=1)
        t.add_column("", style="bold", max_width=30)
        t.add_column("")
        for group in panel.groups:
            if not group.checks:
                continue
            t.add_row("", Text(f"{group.title} ({len(group.checks)})", style="underline"), "")
            for c in group.checks:
                t.add_row(
                    Text("●", style=_COLORS.get(c.rating, "white")),
                    c.label,
                    Typeset(c.text, a.lang),
                )
        parts.append(t)
    parts.append(Text(""))
    parts.append(Text("   ·   ".join(f"{k} — {v}" if k else v for k, v in view.insights)))
    return Group(*parts)


@cache
def _template() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("redac.analysis", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("report.html.j2")


def html_view(view: ReportView) -> str:
    return str(_template().render(v=view))


def html_report(a: Analysis, title: str = "") -> str:
    """A standalone HTML page (no script, no external asset) of the grouped report."""
    return html_view(report_view(a, title))
