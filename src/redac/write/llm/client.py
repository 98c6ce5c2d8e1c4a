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
from redac.fsutil import atomic_write_text
from redac.write.llm.settings import LLMSettings

Message = dict[str, str]


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    cached: bool = False
    truncated: bool = False  # the reply stopped at its token limit


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
            text,
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
            truncated=bool(choice and choice.finish_reason == "length"),
        )


def parse_json(text: str) -> dict[str, Any]:
    """The JSON object in a reply, tolerating code fences and chatter around it."""
    t = re.sub(r"^```(?:json)?\s*|\s*```$", "", text.strip(), flags=re.M)
    start, end = t.find("{"), t.rfind("}")
    if start < 0:
        raise ValueError("no JSON object found")
    if end <= start:
        raise ValueError("the JSON object is not closed")
    try:
        obj = json.loads(t[start : end + 1])
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg}") from None
    if not isinstance(obj, dict):
        raise ValueError("the JSON is not an object")
    return obj


def _open_brackets(t: str) -> tuple[list[str], list[int]]:
    """The closers still owed at the end of ``t``, and the offsets where a complete value ends
    (after a string, an array or an object) in the order met."""
    stack: list[str] = []
    ends: list[int] = []
    in_str = escaped = False
    for i, ch in enumerate(t):
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
                ends.append(i + 1)
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            stack.append("]" if ch == "[" else "}")
        elif ch in "]}" and stack:
            stack.pop()
            ends.append(i + 1)
    return stack, ends


def salvage(text: str) -> dict[str, Any] | None:
    """The complete part of a JSON object cut off by the token limit: every string, array and
    object finished before the cut, closed as the text had opened them; ``None`` when nothing
    complete is there. The caller's checks then judge the salvaged content like any other."""
    t = text[text.find("{") :] if "{" in text else ""
    if not t:
        return None
    _stack, ends = _open_brackets(t)
    for cut in reversed(ends):
        owed, _ = _open_brackets(t[:cut])
        try:
            obj = json.loads(t[:cut] + "".join(reversed(owed)))
        except json.JSONDecodeError:
            continue
        return obj if isinstance(obj, dict) else None
    return None


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
    salvaged: int = 0  # replies cut off by the token limit whose complete part was used
    stages: dict[str, list[int]] = field(default_factory=dict)  # stage: [calls, prompt, completion]

    def begin(self, stage: str) -> None:
        """A request is about to be sent (counted even when it then fails)."""
        self.calls += 1
        self.stages.setdefault(stage, [0, 0, 0])[0] += 1

    def add(self, stage: str, comp: Completion) -> None:
        self.prompt_tokens += comp.prompt_tokens
        self.completion_tokens += comp.completion_tokens
        row = self.stages[stage]
        row[1] += comp.prompt_tokens
        row[2] += comp.completion_tokens

    def to_dict(self, settings: LLMSettings, model: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "model": model,
            "calls": self.calls,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cache_hits": self.cache_hits,
            "reasks": self.reasks,
            "salvaged": self.salvaged,
            "stages": {
                k: {"calls": c, "prompt_tokens": p, "completion_tokens": t}
                for k, (c, p, t) in self.stages.items()
            },
        }
        cost = settings.usage_cost(self.prompt_tokens, self.completion_tokens)
        if cost is not None:
            out["cost"] = cost
        return out


def _read_cache(path: Path) -> Completion | None:
    """The cached reply at ``path``; ``None`` (a miss, rewritten after the call) when it is
    absent, unreadable, torn, not JSON or not the shape ``_write_cache`` writes."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    text, truncated = data.get("text"), data.get("truncated", False)
    prompt, completion = data.get("prompt_tokens"), data.get("completion_tokens")
    if not isinstance(text, str) or not text.strip() or not isinstance(truncated, bool):
        return None
    if type(prompt) is not int or type(completion) is not int or min(prompt, completion) < 0:
        return None
    return Completion(text, prompt, completion, cached=True, truncated=truncated)


def _write_cache(path: Path, comp: Completion) -> None:
    """Store a reply, atomically. A cache that cannot be written (read-only, full disk) costs
    the next run a call; it must not cost this run the reply it has paid for."""
    record = {
        "text": comp.text,
        "prompt_tokens": comp.prompt_tokens,
        "completion_tokens": comp.completion_tokens,
        "truncated": comp.truncated,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(record, ensure_ascii=False))
    except (OSError, UnicodeEncodeError):
        pass


@dataclass
class Session:
    model: ChatModel
    settings: LLMSettings
    usage: Usage = field(default_factory=Usage)

    def _cache_path(
        self, messages: list[Message], schema: dict[str, Any] | None, max_tokens: int
    ) -> Path | None:
        if not self.settings.cache or not self.settings.cache_dir:
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
        stage: str = "other",
    ) -> Completion:
        """One request. ``long`` lets a whole-article draft exceed the per-call cap; ``stage``
        names the step of the loop the tokens are counted under."""
        cap = self.settings.max_tokens_call
        limit = (max_tokens or cap) if long else min(max_tokens or cap, cap)
        path = self._cache_path(messages, schema, limit)
        hit = _read_cache(path) if path is not None else None
        if hit is not None:
            self.usage.cache_hits += 1
            return hit
        used = self.usage.prompt_tokens + self.usage.completion_tokens
        if self.usage.calls >= self.settings.max_calls:
            raise BudgetExceededError(
                f"the per-article budget of {self.settings.max_calls} calls is spent"
            )
        if used >= self.settings.max_tokens_total:
            raise BudgetExceededError(
                f"the per-article budget of {self.settings.max_tokens_total} tokens is spent"
            )
        self.usage.begin(stage)
        comp = self.model.complete(messages, schema=schema, max_tokens=limit)
        self.usage.add(stage, comp)
        if path is not None and comp.text.strip():
            _write_cache(path, comp)
        return comp

    def ask_json(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        *,
        max_tokens: int | None = None,
        reask: str = "Reply with the JSON object only.",
        long: bool = False,
        stage: str = "other",
    ) -> dict[str, Any]:
        """A reply that parses and fits ``schema``; one re-ask with the error, then an error."""
        comp = self.call(messages, schema=schema, max_tokens=max_tokens, long=long, stage=stage)
        for attempt in (1, 2):
            try:
                obj = parse_json(comp.text)
                validate(obj, schema)
                return obj
            except ValueError as e:
                if comp.truncated:
                    # asked again with the same limit, it would be cut again: keep what is complete
                    part = self._salvage(comp, schema, e)
                    self.usage.salvaged += 1
                    return part
                if attempt == 2:
                    raise LLMOutputError(
                        f"the model's reply is not usable JSON ({e}): {comp.text[:120]!r}"
                    ) from None
                self.usage.reasks += 1
                retry = [
                    *messages,
                    {"role": "assistant", "content": comp.text[:300]},
                    {"role": "user", "content": f"{e}. {reask}"},
                ]
                comp = self.call(
                    retry, schema=schema, max_tokens=max_tokens, long=long, stage="reask"
                )
        raise AssertionError("unreachable")

    @staticmethod
    def _salvage(comp: Completion, schema: dict[str, Any], error: ValueError) -> dict[str, Any]:
        part = salvage(comp.text)
        try:
            if part is None:
                raise error
            validate(part, schema)
        except ValueError as e:
            raise LLMOutputError(
                f"the model's reply hit its token limit and is unusable ({e}): {comp.text[:120]!r}"
            ) from None
        return part
