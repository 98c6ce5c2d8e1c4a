"""Shared inputs and checks for the hostile-input tests, which run the real CLI."""

from __future__ import annotations

import json
import subprocess

FR_PARA = (
    "Le conseil municipal a adopté mardi un budget de 12 millions d'euros pour 2025, après "
    "trois heures de débat. La moitié des crédits ira à la rénovation de quatre écoles, selon "
    "l'adjointe aux finances, Claire Martin. Les travaux commenceront en juillet et dureront "
    "deux ans, a-t-elle précisé devant les élus."
)
FR_WORDS = 50  # words in FR_PARA as the analyser counts them


def assert_clean_failure(
    r: subprocess.CompletedProcess[str], code: str, exit_code: int = 2
) -> None:
    """A one-line ``redac: error [Exxx]`` on stderr, the exit code, and no traceback."""
    assert r.returncode == exit_code, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout
    assert r.stderr.startswith(f"redac: error [{code}]"), r.stderr[-2000:]


def word_count(r: subprocess.CompletedProcess[str]) -> int:
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Traceback" not in r.stderr
    return int(json.loads(r.stdout)["research"]["word_count"])
