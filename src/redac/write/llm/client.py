"""One chat client for every OpenAI-compatible endpoint, behind a small interface.

``Session`` adds what redac needs on top of any ``ChatModel``: a per-article budget of calls
and tokens, a disk cache keyed by the request (re-runs are free and reproducible), usage and
cost accounting, and structured output (JSON schema where the server supports it, tolerant
JSON parsing with one re-ask where it does not).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from redac.errors import BackendError, BudgetExceededError, ConfigurationError
from redac.write.llm.settings import LLMSettings

Message = dict[str, str]


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    cached: bool = False


class ChatModel(Protocol):
    name: str

    def complete(
        self, messages: list[Message], *, schema: dict[str, Any] | None, max_tokens: int
    ) -> Completion: ...


class LLMOutputError(BackendError):
    """The model's reply could not be used (not JSON, wrong shape) even after a re-ask."""

    code = "E203"


class OpenAIChat:
    """Chat Completions through the official ``openai`` SDK (retries with backoff built in)."""

    def __init__(self, settings: LLMSettings) -> None:
        import openai

        if not settings.model and not settings.base_url:
            raise ConfigurationError(
                "no LLM configured",
                hint="set REDAC_BASE_URL and REDAC_MODEL, or use --engine offline",
            )
        self._openai = openai
        self._settings = settings
        self._client = openai.OpenAI(
            base_url=settings.base_url or None,
            api_key=settings.api_key or "not-needed",
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )
        self.name = settings.model or "default"
        self.supports_schema = True

    def complete(
        self, messages: list[Message], *, schema: dict[str, Any] | None, max_tokens: int
    ) -> Completion:
        o = self._openai
        kwargs: dict[str, Any] = {
            "model": self.name,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": self._settings.temperature,
        }
        if schema is not None and self.supports_schema:
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "redac", "schema": schema, "strict": True},
            }
        try:
            try:
                resp = self._client.chat.completions.create(**kwargs)
            except o.BadRequestError:
                if "response_format" not in kwargs:
                    raise
                self.supports_schema = False  # the prompt asks for JSON too: plain text it is
                kwargs.pop("response_format")
                resp = self._client.chat.completions.create(**kwargs)
        except o.AuthenticationError as e:
            raise ConfigurationError(
                f"the LLM endpoint refused the API key: {e.message}", hint="check REDAC_API_KEY"
            ) from None
        except o.NotFoundError as e:
            raise ConfigurationError(
                f"model or endpoint not found: {e.message}", hint="check --model and --base-url"
            ) from None
        except o.APITimeoutError:
            raise BackendError(
                f"the LLM did not answer within {self._settings.timeout:.0f} s"
            ) from None
        except o.APIConnectionError as e:
            raise BackendError(f"cannot reach the LLM endpoint: {e}") from None
        except o.APIStatusError as e:
            raise BackendError(
                f"the LLM endpoint answered HTTP {e.status_code}: {e.message}"
            ) from None
        choice = resp.choices[0] if resp.choices else None
        text = (choice.message.content or "") if choice else ""
        usage = resp.usage
        return Completion(
            text, usage.prompt_tokens if usage else 0, usage.completion_tokens if usage else 0
        )


def parse_json(text: str) -> dict[str, Any]:
    """The JSON object in a reply, tolerating code fences and chatter around it."""
    t = re.sub(r"^```(?:json)?\s*|\s*```$", "", text.strip(), flags=re.M)
    start, end = t.find("{"), t.rfind("}")
    if start >= 0 and end <= start:
        raise ValueError("the JSON object is cut off (the reply hit its token limit?)")
    if start < 0:
        raise ValueError("no JSON object found")
    try:
        obj = json.loads(t[start : end + 1])
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg}") from None
    if not isinstance(obj, dict):
        raise ValueError("the JSON is not an object")
    return obj


def validate(obj: dict[str, Any], schema: dict[str, Any]) -> None:
    """The subset of JSON Schema redac's prompts use: required keys, strings, arrays of
    strings or of objects."""
    for key in schema.get("required", []):
        if key not in obj:
            raise ValueError(f"missing key {key!r}")
    for key, spec in schema.get("properties", {}).items():
        if key not in obj:
            continue
        v = obj[key]
        if spec.get("type") == "string" and not isinstance(v, str):
            raise ValueError(f"{key!r} must be a string")
        if spec.get("type") == "array":
            items = spec.get("items", {})
            if not isinstance(v, list):
                raise ValueError(f"{key!r} must be a list")
            for x in v:
                if items.get("type") == "object":
                    if not isinstance(x, dict):
                        raise ValueError(f"{key!r} must be a list of objects")
                    validate(x, items)
                elif not isinstance(x, str):
                    raise ValueError(f"{key!r} must be a list of strings")


@dataclass
class Usage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hits: int = 0
    reasks: int = 0

    def to_dict(self, settings: LLMSettings, model: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "model": model,
            "calls": self.calls,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cache_hits": self.cache_hits,
            "reasks": self.reasks,
        }
        cost = settings.usage_cost(self.prompt_tokens, self.completion_tokens)
        if cost is not None:
            out["cost"] = cost
        return out


@dataclass
class Session:
    model: ChatModel
    settings: LLMSettings
    usage: Usage = field(default_factory=Usage)

    def _cache_path(
        self, messages: list[Message], schema: dict[str, Any] | None, max_tokens: int
    ) -> Path | None:
        if not self.settings.cache:
            return None
        key = json.dumps(
            [
                self.settings.base_url,
                self.model.name,
                self.settings.temperature,
                max_tokens,
                schema,
                messages,
            ],
            sort_keys=True,
            ensure_ascii=False,
        )
        return Path(self.settings.cache_dir) / f"{hashlib.sha256(key.encode()).hexdigest()}.json"

    def call(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int | None = None,
        long: bool = False,
    ) -> Completion:
        """One request. ``long`` lets a whole-article draft exceed the per-call cap."""
        cap = self.settings.max_tokens_call
        limit = (max_tokens or cap) if long else min(max_tokens or cap, cap)
        path = self._cache_path(messages, schema, limit)
        if path is not None and path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            self.usage.cache_hits += 1
            return Completion(
                data["text"], data["prompt_tokens"], data["completion_tokens"], cached=True
            )
        used = self.usage.prompt_tokens + self.usage.completion_tokens
        if self.usage.calls >= self.settings.max_calls:
            raise BudgetExceededError(
                f"the per-article budget of {self.settings.max_calls} calls is spent"
            )
        if used >= self.settings.max_tokens_total:
            raise BudgetExceededError(
                f"the per-article budget of {self.settings.max_tokens_total} tokens is spent"
            )
        self.usage.calls += 1
        comp = self.model.complete(messages, schema=schema, max_tokens=limit)
        self.usage.prompt_tokens += comp.prompt_tokens
        self.usage.completion_tokens += comp.completion_tokens
        if path is not None and comp.text.strip():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                json.dumps(
                    {
                        "text": comp.text,
                        "prompt_tokens": comp.prompt_tokens,
                        "completion_tokens": comp.completion_tokens,
                    },
                    ensure_ascii=False,
                ),
                encoding="utf-8",
            )
        return comp

    def ask_json(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        *,
        max_tokens: int | None = None,
        reask: str = "Reply with the JSON object only.",
        long: bool = False,
    ) -> dict[str, Any]:
        """A reply that parses and fits ``schema``; one re-ask with the error, then an error."""
        comp = self.call(messages, schema=schema, max_tokens=max_tokens, long=long)
        for attempt in (1, 2):
            try:
                obj = parse_json(comp.text)
                validate(obj, schema)
                return obj
            except ValueError as e:
                if attempt == 2:
                    raise LLMOutputError(
                        f"the model's reply is not usable JSON ({e}): {comp.text[:120]!r}"
                    ) from None
                self.usage.reasks += 1
                retry = [
                    *messages,
                    {"role": "assistant", "content": comp.text[:2000]},
                    {"role": "user", "content": f"{e}. {reask}"},
                ]
                comp = self.call(retry, schema=schema, max_tokens=max_tokens, long=long)
        raise AssertionError("unreachable")
