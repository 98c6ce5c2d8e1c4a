"""The terminal summary of a rewrite: words, language, checks, facts, constraints, and what
wrote the article (the engine that did, not the one asked for; sections by origin)."""

from __future__ import annotations

import os
from typing import Any, TextIO

from rich.console import Group
from rich.table import Table
from rich.text import Text

from redac.events import Event
from redac.export.terminal import Typeset
from redac.result import RewriteResult

_STYLE = {"green": "green", "orange": "dark_orange", "red": "red", "none": "grey50"}


def summary(r: RewriteResult) -> Any:
    a, rep = r.article, r.report
    an = rep.analysis
    words = a.word_count
    head = Table.grid(padding=(0, 2))
    head.add_row("title", a.title)
    head.add_row("keyphrase", a.keyphrase)
    head.add_row(
        "engine",
        Text(f"{a.engine} — the model wrote nothing kept: {rep.fallback}", style="dark_orange")
        if rep.fallback
        else a.engine,
    )
    prov = rep.provenance or a.provenance
    head.add_row(
        "written by",
        ", ".join(
            f"{what} {n}"
            for what, n in (
                ("the model", prov.get("model", 0)),
                ("the source", prov.get("source", 0)),
                ("the fact ledger", prov.get("derived", 0)),
            )
        )
        + " (sections)",
    )
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
            checks.add_row(Text("●", style=_STYLE[chk.rating]), Typeset(chk.text, an.lang))
    by = f" ({a.engine} engine)" if a.engine in ("offline", "llm") else ""
    verdict = Text(
        f"OK: every hard constraint is met{by}"
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
        table.add_row(Text("○", style="grey50"), Typeset(chk.text, rep.analysis.lang))
    return [table]


class ProgressLine:
    """The progress of a model writing, on one line of a terminal (``section 2/5 · 143 tokens
    · 6.1 tokens/s``), or one line per section when the stream is not a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.section = ""
        self.shown = False

    @classmethod
    def on_stderr(cls) -> ProgressLine:
        """On a copy of stderr: a local llama.cpp server sends fd 2 to its log while it runs."""
        return cls(os.fdopen(os.dup(2), "w", encoding="utf-8"))

    def __call__(self, e: Event) -> None:
        if e.kind == "section":
            self.section = f"section {e.index}/{e.total}"
            if not self.tty:
                self.stream.write(f"redac: writing {self.section}\n")
                self.stream.flush()
                return
            self._show(f"writing {self.section}")
        elif e.kind == "tokens" and self.tty:
            self._show(f"writing {self.section} · {e.tokens} tokens · {e.rate:.1f} tokens/s")
        elif e.kind == "stage" and e.stage == "write" and e.done and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False

    def _show(self, text: str) -> None:
        self.stream.write(f"\r\033[K{text}")
        self.stream.flush()
        self.shown = True
