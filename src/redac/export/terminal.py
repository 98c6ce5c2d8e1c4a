"""Typeset text in a terminal table: lines break at ordinary spaces only.

rich wraps at any character Python calls a space, the no-break ones included, so « 25 % » set
with a narrow no-break space could end a line on « 25 » and start the next on « % ». This
renderable wraps the text itself (``textwrap`` breaks only at ASCII whitespace) and hands rich
lines that already fit.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.text import Text

from redac.export.typography import typeset


class Typeset:
    """A table cell of prose, typeset for its language, never broken at a no-break space."""

    def __init__(self, text: str, lang: str, style: str = "") -> None:
        self.text = typeset(text, lang)
        self.style = style

    def lines(self, width: int) -> list[str]:
        return textwrap.wrap(self.text, max(1, width), break_on_hyphens=False) or [""]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        words = self.text.split(" ")  # str.split() would cut at no-break spaces too
        widest = max((cell_len(w) for w in words), default=0)
        return Measurement(widest, cell_len(self.text)).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        for line in self.lines(options.max_width):
            yield Text(line, style=self.style, no_wrap=True, overflow="fold")
