"""Settings for the adapters (CLI, server): the LLM from flags, environment and ``redac.toml``,
strictly validated, and the engine ``auto`` stands for.

Precedence: flags > environment (``REDAC_BASE_URL``, ``REDAC_MODEL``, ``REDAC_API_KEY``,
``OPENAI_API_KEY``) > the ``[llm]`` table of ``redac.toml`` > defaults. Unknown keys in the
file are errors, so a typo never silently falls back to a default. The core never reads any of
these: it receives an engine.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from redac.errors import OptionError
from redac.write.base import Engine
from redac.write.llm.settings import LLMSettings

OLLAMA_URL = "http://localhost:11434"
ENGINE_CHOICES = ("auto", "offline", "llm", "local")


def default_cache_dir() -> Path:
    """Where replies are cached between runs: ``$XDG_CACHE_HOME/redac`` (``~/.cache/redac``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "redac"


_FIELDS = {f.name: f.type for f in fields(LLMSettings)}


def _from_file(path: Path | None) -> dict[str, Any]:
    if path is None:
        default = Path("redac.toml")
        if not default.exists():
            return {}
        path = default
    if not path.exists():
        raise OptionError(f"config file {path} does not exist")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise OptionError(f"{path} is not valid TOML: {e}") from None
    unknown_tables = set(data) - {"llm"}
    if unknown_tables:
        raise OptionError(
            f"{path}: unknown table(s) {', '.join(sorted(unknown_tables))}",
            hint="redac.toml has one [llm] table",
        )
    table = data.get("llm", {})
    unknown = set(table) - set(_FIELDS)
    if unknown:
        raise OptionError(
            f"{path}: unknown key(s) in [llm]: {', '.join(sorted(unknown))}",
            hint=f"known keys: {', '.join(_FIELDS)}",
        )
    return dict(table)


def load_settings(
    *,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    model_path: Path | str | None = None,
    config: Path | None = None,
    **overrides: Any,
) -> LLMSettings:
    values: dict[str, Any] = {"cache_dir": str(default_cache_dir())}
    values.update(_from_file(config))
    env = {
        "base_url": os.environ.get("REDAC_BASE_URL"),
        "model": os.environ.get("REDAC_MODEL"),
        "api_key": os.environ.get("REDAC_API_KEY") or os.environ.get("OPENAI_API_KEY"),
    }
    values.update({k: v for k, v in env.items() if v})
    flags = {
        "base_url": base_url,
        "model": model,
        "api_key": api_key,
        "model_path": str(model_path) if model_path else None,
    }
    values.update({k: v for k, v in {**flags, **overrides}.items() if v is not None})
    try:
        settings = LLMSettings(**values)
    except TypeError as e:
        raise OptionError(f"invalid LLM setting: {e}") from None
    for name, kind in _FIELDS.items():
        v = getattr(settings, name)
        if kind in ("int", "float") and (not isinstance(v, int | float) or v < 0):
            raise OptionError(f"LLM setting {name} must be a non-negative number, not {v!r}")
    if settings.mode not in ("sections", "single", "auto"):
        raise OptionError(f"LLM mode must be sections, single or auto, not {settings.mode!r}")
    return settings


def ollama_model(timeout: float = 0.3) -> str | None:
    """The first model of an Ollama server answering on localhost, if any."""
    import httpx

    try:
        r = httpx.get(f"{OLLAMA_URL}/api/tags", timeout=timeout)
        models = r.json().get("models", []) if r.status_code == 200 else []
    except (httpx.HTTPError, ValueError):
        return None
    return models[0].get("name") if models else None


def resolve_auto(settings: LLMSettings) -> tuple[str, LLMSettings, str]:
    """``auto``: (engine name, settings, why) — the local model or the LLM when one is
    configured, an Ollama server when one answers on localhost, the offline engine otherwise."""
    s = settings
    if s.model_path and not s.base_url:
        return "local", s, f"auto: the GGUF file {Path(s.model_path).name}"
    if s.configured:
        return "llm", s, f"auto: the configured model {s.model or s.base_url}"
    found = ollama_model()
    if found:
        s = replace(s, base_url=f"{OLLAMA_URL}/v1", model=s.model or found)
        return "llm", s, f"auto: the Ollama server on localhost ({s.model})"
    return "offline", s, "no LLM configured"


def choose_engine(name: str, settings: LLMSettings) -> Engine:
    """The engine a user asked for by name (``auto`` resolved here, once)."""
    from redac.write import make_engine

    if name not in ENGINE_CHOICES:
        raise OptionError(
            f"unknown engine {name!r}", hint=f"use one of {', '.join(ENGINE_CHOICES)}"
        )
    reason = ""
    if name == "auto":
        name, settings, reason = resolve_auto(settings)
    return make_engine(name, settings, reason)
