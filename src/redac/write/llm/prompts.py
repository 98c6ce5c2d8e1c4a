"""Prompts per language, as text files in the language's package (``redac/lang/<code>/prompts/``),
never in code. ``$name`` fields are filled in."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from string import Template

from redac.analysis.config import targets
from redac.lang import get_language


def _thresholds() -> dict[str, object]:
    t = targets()
    return {
        "desc_min": t.description_chars[0],
        "desc_max": t.description_chars[1],
        "title_px": t.title_px[1],
        "sentence_words": t.sentence_words,
    }


@cache
def text(lang: str, name: str) -> str:
    """A prompt file with the analyser's thresholds filled in (one source of truth)."""
    package = get_language(lang).prompts
    raw = files(package).joinpath("prompts", f"{name}.txt").read_text(encoding="utf-8")
    return fill(raw, **_thresholds())


@cache
def table(lang: str, name: str) -> dict[str, str]:
    """A ``key: value`` file."""
    out = {}
    for line in text(lang, name).splitlines():
        if ":" in line and not line.startswith("#"):
            k, v = line.split(":", 1)
            out[k.strip()] = v.strip()
    return out


def fill(template: str, **values: object) -> str:
    return Template(template).safe_substitute({k: str(v) for k, v in values.items()})
