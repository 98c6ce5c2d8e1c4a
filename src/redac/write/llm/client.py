"""One chat client for every OpenAI-compatible endpoint, behind a small interface.

``Session`` adds what redac needs on top of any ``ChatModel``: a per-article budget of calls
and tokens, every request counted (retries and cancelled ones too), retries of transient
failures only (never of a generation that timed out), a deadline scaled to the token limit and
the measured speed, progress events while the model writes, a disk cache keyed by the request's
content (re-runs are free and reproducible), usage and cost accounting, and structured output
(JSON schema where the server supports it, tolerant JSON parsing with one re-ask where it does
not). The HTTP side is :mod:`redac.write.llm.http`; the JSON side :mod:`redac.write.llm.jsonreply`.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from redac.errors import BudgetExceededError, LLMOutputError
from redac.events import SILENT, Event, Progress
from redac.fsutil import atomic_write_text
from redac.write.llm.http import (
    Completion,
    Message,
    OpenAIChat,
    SchemaRejectedError,
    TransientError,
    Watch,
)
from redac.write.llm.jsonreply import parse_json, salvage, validate
from redac.write.llm.settings import LLMSettings

__all__ = [
    "ChatModel",
    "Completion",
    "LLMOutputError",
    "Message",
    "OpenAIChat",
    "Session",
    "Usage",
    "Watch",
    "cache_key",
    "parse_json",
    "salvage",
    "validate",
]

MIN_RATE = 1.0  # tokens/s assumed before any is measured: a deadline no CPU model should hit
DEADLINE_MARGIN = 2.0  # the deadline allows this many times the measured generation time
MAX_BACKOFF = 10.0  # seconds: the longest pause before a retry, whatever Retry-After says


class ChatModel(Protocol):
    name: str

    def complete(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any] | None,
        max_tokens: int,
        watch: Watch | None = None,
    ) -> Completion: ...


def cache_key(
    model_id: str,
    messages: list[Message],
    schema: dict[str, Any] | None,
    params: dict[str, Any],
) -> str:
    """The cache key of a request: what determines the reply, nothing else. ``model_id`` is
    the model's identity (a GGUF file's hash, a remote model's name), never the address it is
    reached at: a local server gets a new port on every run."""
    key = json.dumps([model_id, params, schema, messages], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass
class Usage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hits: int = 0
    reasks: int = 0
    salvaged: int = 0  # replies cut off by the token limit whose complete part was used
    # tokens of every reply used, cached or not: the loop's repair budgets are measured in
    # these, so that a rerun served from the cache takes the same path as the first run
    work_tokens: int = 0
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
    progress: Progress = SILENT
    rate: float = 0.0  # generation speed measured so far, tokens/s (0: not yet)

    def _check_budget(self) -> None:
        used = self.usage.prompt_tokens + self.usage.completion_tokens
        if self.usage.calls >= self.settings.max_calls:
            raise BudgetExceededError(
                f"the per-article budget of {self.settings.max_calls} calls is spent"
            )
        if used >= self.settings.max_tokens_total:
            raise BudgetExceededError(
                f"the per-article budget of {self.settings.max_tokens_total} tokens is spent"
            )

    def watch(self, max_tokens: int) -> Watch:
        """The bounds of one request: ``timeout`` seconds of silence, and in all that plus
        twice the time ``max_tokens`` take at the speed measured so far."""
        rate = self.rate or MIN_RATE
        deadline = self.settings.timeout + DEADLINE_MARGIN * max_tokens / rate
        t0 = time.monotonic()
        last = [0.0]

        def on_tokens(n: int) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.5:  # a few events a second, whatever the speed
                last[0] = now
                self.progress.check()  # a cancelled job stops here, mid-reply
                self.progress.emit(Event("tokens", tokens=n, rate=n / max(now - t0, 1e-6)))

        return Watch(idle=self.settings.timeout, deadline=deadline, on_tokens=on_tokens)

    def _send(
        self, messages: list[Message], schema: dict[str, Any] | None, limit: int, stage: str
    ) -> Completion:
        """One request, sent again only after a transient failure (429, 5xx, a refused or
        reset connection), up to ``max_retries`` times; every request sent is counted."""
        retries = 0
        while True:
            self.progress.check()
            self._check_budget()
            self.usage.begin(stage)
            try:
                comp = self.model.complete(
                    messages, schema=schema, max_tokens=limit, watch=self.watch(limit)
                )
            except SchemaRejectedError:
                continue  # the model no longer gets the schema: the same request without it
            except TransientError as e:
                if retries >= self.settings.max_retries:
                    raise
                retries += 1
                self._pause(0.5 * 2 ** (retries - 1) if e.retry_after is None else e.retry_after)
                continue
            break
        self.usage.add(stage, comp)
        if comp.seconds > 0 and comp.completion_tokens >= 8:
            measured = comp.completion_tokens / comp.seconds
            self.rate = measured if not self.rate else 0.5 * (self.rate + measured)
        return comp

    def _pause(self, seconds: float) -> None:
        end = time.monotonic() + min(seconds, MAX_BACKOFF)
        while (left := end - time.monotonic()) > 0:
            self.progress.check()
            time.sleep(min(left, 0.2))

    def _cache_path(
        self, messages: list[Message], schema: dict[str, Any] | None, max_tokens: int
    ) -> Path | None:
        if not self.settings.cache or not self.settings.cache_dir:
            return None
        params = {"temperature": self.settings.temperature, "max_tokens": max_tokens}
        key = cache_key(self.settings.model_id or self.model.name, messages, schema, params)
        return Path(self.settings.cache_dir) / f"{key}.json"

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
        comp = self._send(messages, schema, limit, stage)
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
        self.usage.work_tokens += comp.prompt_tokens + comp.completion_tokens
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
                self.usage.work_tokens += comp.prompt_tokens + comp.completion_tokens
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
