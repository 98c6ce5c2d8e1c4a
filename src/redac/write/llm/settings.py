"""LLM settings from flags, environment and ``redac.toml``, strictly validated.

Precedence: flags > environment (``REDAC_BASE_URL``, ``REDAC_MODEL``, ``REDAC_API_KEY``,
``OPENAI_API_KEY``) > the ``[llm]`` table of ``redac.toml`` > defaults. Unknown keys in the
file are errors, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import httpx

from redac.errors import OptionError

OLLAMA_URL = "http://localhost:11434"


@dataclass(frozen=True)
class LLMSettings:
    base_url: str = ""
    model: str = ""
    api_key: str = ""
    model_path: str = ""  # a GGUF file for --engine local
    timeout: float = 60.0  # seconds per request
    max_retries: int = 3  # on 429, 5xx and connection errors, with exponential backoff
    max_calls: int = 40  # per article
    max_tokens_total: int = 80_000  # prompt + completion, per article
    max_tokens_call: int = 1_200  # completion tokens per request
    repair_rounds: int = 2
    repair_share: float = 0.5  # repairs may spend at most this times the tokens spent writing
    temperature: float = 0.3
    price_input: float = 0.0  # per million prompt tokens, for the cost report
    price_output: float = 0.0  # per million completion tokens
    cache_dir: str = ".redac-cache"
    cache: bool = True
    mode: str = "sections"  # sections | single (one draft call, then per-section repair) | auto (single for short sources)
    threads: int = 0  # local server threads (0 = all cores)
    context: int = 4096  # local server context size

    @property
    def configured(self) -> bool:
        return bool(self.base_url or self.model_path or (self.model and self.api_key))

    def usage_cost(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        if not (self.price_input or self.price_output):
            return None
        return round(
            (prompt_tokens * self.price_input + completion_tokens * self.price_output) / 1e6, 6
        )


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
    values: dict[str, Any] = _from_file(config)
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
    try:
        r = httpx.get(f"{OLLAMA_URL}/api/tags", timeout=timeout)
        models = r.json().get("models", []) if r.status_code == 200 else []
    except (httpx.HTTPError, ValueError):
        return None
    return models[0].get("name") if models else None


def resolve_auto(settings: Any) -> tuple[str, Any]:
    """``auto``: the LLM when one is configured (or an Ollama server answers), else offline."""
    s = settings if isinstance(settings, LLMSettings) else LLMSettings()
    if s.model_path and not s.base_url:
        return "local", s
    if s.configured:
        return "llm", s
    found = ollama_model()
    if found:
        return "llm", replace(s, base_url=f"{OLLAMA_URL}/v1", model=s.model or found)
    return "offline", s
