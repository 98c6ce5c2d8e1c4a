"""What the offline engine says in each language: section names, connectors, FAQ templates."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType


def phrases(lang: str) -> ModuleType:
    return import_module(f"redac.write.phrases.{lang}")


def frame_words(lang: str) -> frozenset[str]:
    """Folded words of the engine's fixed phrases in ``lang`` (labels, templates, connectors)."""
    import re

    from redac.facts.normalize import flat_words

    mod = phrases(lang)
    texts = [v if isinstance(v, str) else " ".join(v) for k, v in vars(mod).items() if k.isupper()]
    return frozenset(flat_words(re.sub(r"\{\w+\}", " ", " ".join(texts))).split())
