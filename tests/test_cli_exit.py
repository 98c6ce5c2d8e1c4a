"""The command's exit skips the interpreter's teardown but nothing a user sees: the output is
flushed, the exit handlers run, the exit code is the command's."""

from __future__ import annotations

import subprocess
import sys

from redac import __version__
from tests.cli_helpers import ROOT

PROGRAM = """
import atexit, sys
atexit.register(lambda: print("handler ran", file=sys.stderr, end=""))
sys.stdout.write("unflushed ")  # buffered: the exit must flush it
sys.argv = ["redac", *sys.argv[1:]]
from redac.cli import main
main()
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_output_flushed_and_handlers_run() -> None:
    p = _run("--version")
    assert p.returncode == 0
    assert p.stdout == f"unflushed redac {__version__}\n"
    assert "handler ran" in p.stderr


def test_a_commands_exit_code_is_kept() -> None:
    p = _run("rewrite", str(ROOT / "examples" / "article-fr.txt"), "--engine", "offline", "-q")
    assert p.returncode == 3  # written, a constraint failed (the example is short of 700 words)
    assert p.stdout.startswith("unflushed ---\ntitle:")
    assert "handler ran" in p.stderr
    p = _run("rewrite", str(ROOT / "no-such-file.txt"))
    assert p.returncode == 2 and "no such file" in p.stderr and "handler ran" in p.stderr
