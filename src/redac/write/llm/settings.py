"""The LLM engine's settings: one typed, immutable record. Reading them from flags, the
environment and ``redac.toml`` is the adapters' job (:mod:`redac.settings`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LLMSettings:
    base_url: str = ""
    model: str = ""
    api_key: str = ""
    model_path: str = ""  # a GGUF file for --engine local
    timeout: float = 60.0  # seconds without a byte from the endpoint (the whole reply may take
    # longer: its deadline adds twice the time its token limit takes at the measured speed)
    max_retries: int = 2  # on 429, 5xx and connection errors, with backoff; never on a timeout
    max_calls: int = 40  # per article
    max_tokens_total: int = 80_000  # prompt + completion, per article
    max_tokens_call: int = 1_200  # completion tokens per request
    repair_rounds: int = 2
    repair_share: float = 0.5  # repairs may spend at most this times the tokens spent writing
    temperature: float = 0.3
    price_input: float = 0.0  # per million prompt tokens, for the cost report
    price_output: float = 0.0  # per million completion tokens
    cache_dir: str = ""  # replies cached here ("" = no disk cache); the CLI picks a user cache
    cache: bool = True
    mode: str = "sections"  # sections | single (one draft call, then per-section repair) | auto (single for short sources)
    threads: int = 0  # local server threads (0 = the machine's physical cores)
    context: int = 4096  # local server context size
    chat_template: str = (
        ""  # local: a llama.cpp template name or a Jinja file, for a GGUF without one
    )
    model_id: str = ""  # the model's identity in the reply cache ("" = the model's name)

    @property
    def configured(self) -> bool:
        return bool(self.base_url or self.model_path or (self.model and self.api_key))

    def usage_cost(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        if not (self.price_input or self.price_output):
            return None
        return round(
            (prompt_tokens * self.price_input + completion_tokens * self.price_output) / 1e6, 6
        )
