"""The terminal summary of a rewrite: words, language, checks, facts, constraints."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from redac.result import RewriteResult

_STYLE = {"green": "green", "orange": "dark_orange", "red": "red", "none": "grey50"}


def summary(r: RewriteResult) -> Any:
    a, rep = r.article, r.report
    an = rep.analysis
    words = a.word_count
    head = Table.grid(padding=(0, 2))
    head.add_row("title", a.title)
    head.add_row("keyphrase", a.keyphrase)
    head.add_row("engine", a.engine)
    head.add_row("words", str(words))
    head.add_row("SEO", Text(f"{an.seo_score}/100", style=_STYLE.get(an.seo_rating, "white")))
    head.add_row(
        "readability",
        Text(f"{an.readability_score}/100", style=_STYLE.get(an.readability_rating, "white")),
    )
    head.add_row(
        "facts",
        f"kept {sum(n for n, _ in rep.facts.counts.values())}/{sum(t for _, t in rep.facts.counts.values())}, invented {len(rep.facts.invented)}",
    )
    t = Table(title="constraints", show_header=False)
    for c in rep.constraints:
        mark = Text(
            "✔" if c.ok else ("✘" if c.hard else "!"),
            style="green" if c.ok else ("red" if c.hard else "dark_orange"),
        )
        t.add_row(mark, c.id, c.detail)
    todo = {c.id for c in rep.todo}
    issues = [c for c in (*an.seo, *an.readability) if c.rating != "green" and c.id not in todo]
    checks = Table(title="checks to improve", show_header=False) if issues else None
    for chk in issues:
        if checks is not None:
            checks.add_row(Text("●", style=_STYLE[chk.rating]), chk.text)
    verdict = Text(
        "OK: every hard constraint is met"
        if rep.ok
        else "FAILED: " + ", ".join(c.id for c in rep.failed),
        style="bold green" if rep.ok else "bold red",
    )
    parts: list[Any] = [head, t]
    if checks is not None:
        parts.append(checks)
    parts += _todo(rep)
    parts += [Text("; ".join(n.text for n in rep.notes), style="grey50"), verdict]
    return Group(*parts)


def _todo(rep: Any) -> list[Any]:
    """What only the editor can add (an image, links to the site's pages): listed apart, not
    counted against the article."""
    if not rep.todo:
        return []
    table = Table(title="to do by the editor", show_header=False)
    for chk in rep.todo:
        table.add_row(Text("○", style="grey50"), chk.text)
    return [table]
