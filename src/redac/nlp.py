"""Lazy access to spaCy pipelines (loaded once, only when a stage needs them)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from redac.errors import ConfigurationError

MODELS = {"fr": "fr_core_news_sm"}


@cache
def pipeline(lang: str) -> Any | None:
    """The spaCy pipeline for ``lang``, or ``None`` where redac uses rules instead."""
    name = MODELS.get(lang)
    if name is None:
        return None
    import spacy

    try:
        return spacy.load(name, exclude=["lemmatizer"])
    except OSError as e:
        raise ConfigurationError(
            f"the spaCy model {name} is not installed", hint=f"pip install {name.replace('_', '-')}"
        ) from e


@lru_cache(maxsize=64)
def parse(lang: str, text: str) -> Any | None:
    """A parsed ``Doc`` of ``text`` (cached: stages that read the same text share one parse)."""
    nlp = pipeline(lang)
    return None if nlp is None else nlp(text)
