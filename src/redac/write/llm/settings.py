"""LLM settings from flags, environment and redac.toml (strict: unknown keys are errors)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LLMSettings:
    base_url: str = ""
    model: str = ""
    api_key: str = ""

    @property
    def configured(self) -> bool:
        return bool(
            self.base_url
            or os.environ.get("REDAC_BASE_URL")
            or (self.model and (self.api_key or os.environ.get("OPENAI_API_KEY")))
        )


def resolve_auto(settings: Any) -> str:
    """``auto``: the LLM engine when one is configured, else the offline engine."""
    if isinstance(settings, LLMSettings) and settings.configured:
        return "llm"
    if os.environ.get("REDAC_BASE_URL") or os.environ.get("REDAC_MODEL"):
        return "llm"
    return "offline"


def load_settings(**kwargs: Any) -> LLMSettings:
    """Placeholder until the LLM engine lands: flags only."""
    return LLMSettings(
        base_url=kwargs.get("base_url") or "",
        model=kwargs.get("model") or "",
        api_key=kwargs.get("api_key") or "",
    )
