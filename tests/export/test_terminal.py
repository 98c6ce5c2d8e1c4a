"""Typeset table cells: a terminal line never ends at a no-break space."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.table import Table

from redac.export.terminal import Typeset

MESSAGE = "Longueur des phrases : 30 % des phrases dépassent 20 mots ; au plus 25 %."


def _render(cell: object, width: int) -> list[str]:
    out = io.StringIO()
    table = Table(show_header=False, box=None)
    table.add_row("●", cell)
    Console(file=out, width=width, color_system=None).print(table)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", range(20, 90))
def test_no_line_breaks_inside_a_no_break_space(width: int) -> None:
    body = [ln.lstrip(" ●").rstrip() for ln in _render(Typeset(MESSAGE, "fr"), width)]
    body = [ln for ln in body if ln]
    for ln in body:
        assert not ln.startswith(("%", ":", ";")), (width, body)
    # nothing lost: the words come out in order
    assert " ".join(body).replace("\u202f", " ").replace("\u00a0", " ").split() == MESSAGE.split()
    assert len(body) > 1 or width > len(MESSAGE)


def test_the_cell_is_typeset_for_its_language() -> None:
    assert "25\u202f%" in Typeset(MESSAGE, "fr").text
    assert Typeset("at most 25%.", "en").text == "at most 25%."
