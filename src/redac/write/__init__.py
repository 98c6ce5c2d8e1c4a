"""The writers, behind one protocol (:class:`redac.write.base.Engine`) and one registry.

Adapters (the CLI, the server) pick an engine by name with :func:`make_engine`; choosing
``auto`` (probing for a local Ollama server) is theirs to do, once, before calling the core.
"""

from __future__ import annotations

from collections.abc import Callable

from redac.errors import OptionError
from redac.write.base import Engine, WriteJob
from redac.write.llm.settings import LLMSettings


def _offline(settings: LLMSettings, reason: str) -> Engine:
    from redac.write.offline import OfflineEngine

    return OfflineEngine(reason)


def _llm(settings: LLMSettings, reason: str) -> Engine:
    from redac.write.llm.engine import LLMEngine

    return LLMEngine(settings, reason=reason)


def _local(settings: LLMSettings, reason: str) -> Engine:
    from redac.write.llm.engine import LocalEngine

    return LocalEngine(settings, reason=reason)


ENGINES: dict[str, Callable[[LLMSettings, str], Engine]] = {
    "offline": _offline,
    "llm": _llm,
    "local": _local,
}

__all__ = ["ENGINES", "Engine", "WriteJob", "make_engine"]


def make_engine(name: str, settings: LLMSettings | None = None, reason: str = "") -> Engine:
    """The engine registered as ``name``, configured with ``settings``."""
    factory = ENGINES.get(name)
    if factory is None:
        raise OptionError(f"unknown engine {name!r}", hint=f"use one of {', '.join(ENGINES)}")
    return factory(settings or LLMSettings(), reason)
