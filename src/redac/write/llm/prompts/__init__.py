"""Prompts per language, as text files (never in code). ``$name`` fields are filled in."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from string import Template


@cache
def text(lang: str, name: str) -> str:
    return (
        files("redac.write.llm.prompts").joinpath(lang, f"{name}.txt").read_text(encoding="utf-8")
    )


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
