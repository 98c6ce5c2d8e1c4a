"""Linear time on pathological markup: each input ran for tens of seconds (quadratic) at these
sizes, and for hours at the 10 MB input cap. Run in a subprocess with a timeout so that a
regression fails instead of hanging the suite."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from ..cli_helpers import ROOT

CASES = {
    # the fallback HTML reader (html.parser: quadratic on unclosed tags)
    "unclosed-tags": ("parse", '"<p>" + "<a" * 150_000', "html"),
    "unclosed-end-tags": ("parse", '"<p>" + "</" * 150_000', "html"),
    "unclosed-comments": ("parse", '"<p>x" + "<!--" * 80_000', "html"),
    # the Markdown sniffing and body-format regexes (quadratic on runs of brackets)
    "brackets-sniff": ("parse", '"[" * 150_000 + "]" * 150_000', None),
    "links-sniff": ("parse", '"[a](" * 80_000', None),
    "brackets-body": ("analyze", '"[" * 150_000 + "]" * 150_000', None),
    # the depth retry's tag-stripping regex (quadratic on tags never closed by ">")
    "deep-then-unclosed": ("analyze", '"<div>" * 300 + "<p>x</p>" + "<div" * 60_000', None),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_pathological_markup_takes_linear_time(case: str) -> None:
    fn, expr, fmt = CASES[case]
    call = f"parse(t, fmt={fmt!r}, lang='fr')" if fn == "parse" else "analyze(t, lang='fr')"
    code = (
        "from redac.ingest import parse\nfrom redac import analyze\n"
        "from redac.errors import RedacError\n"
        f"t = {expr}\n"
        f"try:\n    {call}\nexcept RedacError:\n    pass\n"
    )
    start = time.monotonic()
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    elapsed = time.monotonic() - start
    assert r.returncode == 0, r.stderr[-1500:]
    assert elapsed < 6, f"{case} took {elapsed:.1f} s"
