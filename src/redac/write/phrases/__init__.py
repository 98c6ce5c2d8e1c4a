"""What the offline engine says in each language: section names, connectors, FAQ templates."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType


def phrases(lang: str) -> ModuleType:
    return import_module(f"redac.write.phrases.{lang}")
