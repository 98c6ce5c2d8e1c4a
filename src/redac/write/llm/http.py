"""One request to an OpenAI-compatible Chat Completions endpoint, over ``httpx``.

Written on ``httpx`` rather than the ``openai`` SDK because redac must know and bound every
request: the SDK retries on its own (requests the usage would not count, a timed-out generation
sent again), reads a reply of any size, and raises on a 200 whose body is not JSON. Here one
call is one request; the reply is streamed (progress and cancellation while the model writes),
capped at :data:`MAX_REPLY_BYTES` and at a deadline; every fault becomes a ``BackendError``
with a sentence a user can act on. Retrying is the session's decision
(:class:`~redac.write.llm.client.Session`), from :class:`TransientError`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from redac.errors import BackendError, ConfigurationError, ReplyError
from redac.write.llm.settings import LLMSettings

Message = dict[str, str]
MAX_REPLY_BYTES = 1_000_000
OPENAI_URL = "https://api.openai.com/v1"


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    cached: bool = False
    truncated: bool = False  # the reply stopped at its token limit
    seconds: float = 0.0  # time the request took (0 for a cached reply)


@dataclass(frozen=True)
class Watch:
    """The bounds of one request and where its progress goes: ``idle`` seconds without a byte,
    ``deadline`` seconds in all; ``on_tokens(n)`` is called as the reply grows (it may raise
    to cancel the request)."""

    idle: float
    deadline: float
    on_tokens: Callable[[int], None] | None = None


class TransientError(BackendError):
    """A failure worth one more try after a pause (429, 5xx, a connection refused or reset)."""

    code = "E200"

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SchemaRejectedError(BackendError):
    """The endpoint refused the request's JSON schema (HTTP 400): ask again without it."""


class OpenAIChat:
    """Chat Completions on any OpenAI-compatible endpoint (OpenAI, Mistral, Ollama, vLLM,
    llama.cpp's server, LM Studio)."""

    def __init__(self, settings: LLMSettings, *, transport: httpx.BaseTransport | None = None):
        if not settings.model and not settings.base_url:
            raise ConfigurationError(
                "no LLM configured",
                hint="set REDAC_BASE_URL and REDAC_MODEL, or use --engine offline",
            )
        self._settings = settings
        self.base_url = (settings.base_url or OPENAI_URL).rstrip("/")
        self.name = settings.model or "default"
        self.supports_schema = True
        headers = {"Authorization": f"Bearer {settings.api_key or 'not-needed'}"}
        self._client = httpx.Client(headers=headers, transport=transport, follow_redirects=False)

    def complete(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any] | None,
        max_tokens: int,
        watch: Watch | None = None,
    ) -> Completion:
        s = self._settings
        watch = watch or Watch(idle=s.timeout, deadline=s.timeout)
        body: dict[str, Any] = {
            "model": self.name,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": s.temperature,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if schema is not None and self.supports_schema:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "redac", "schema": schema, "strict": True},
            }
        timeout = httpx.Timeout(watch.idle, connect=min(watch.idle, 10.0))
        start = time.monotonic()
        try:
            with self._client.stream(
                "POST", f"{self.base_url}/chat/completions", json=body, timeout=timeout
            ) as r:
                if r.status_code != 200:
                    raise self._status_error(r, "response_format" in body)
                reply = _Reply(watch, start)
                if "text/event-stream" in r.headers.get("content-type", ""):
                    reply.read_events(_lines(r, watch, start))
                else:
                    reply.read_body(_body(r, watch, start))
        except httpx.TimeoutException:
            raise BackendError(
                f"the LLM sent nothing for {watch.idle:.0f} s (timeout; not retried: "
                "a generation that timed out would time out again)"
            ) from None
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as e:
            raise TransientError(f"cannot reach the LLM endpoint {self.base_url}: {e}") from None
        except httpx.HTTPError as e:
            raise BackendError(f"the LLM request failed: {e}") from None
        return reply.completion(time.monotonic() - start)

    def _status_error(self, r: httpx.Response, had_schema: bool) -> BackendError:
        try:
            raw = r.read()[:2000].decode("utf-8", "replace")
        except httpx.HTTPError:
            raw = ""
        detail = _error_message(raw) or r.reason_phrase
        code = r.status_code
        if code in (401, 403):
            return ConfigurationError(
                f"the LLM endpoint refused the API key (HTTP {code}): {detail}",
                hint="check REDAC_API_KEY or --api-key",
            )
        if code == 404:
            return ConfigurationError(
                f"model or endpoint not found (HTTP 404): {detail}",
                hint="check --model and --base-url (the API's /v1 URL)",
            )
        if code == 400 and had_schema:
            self.supports_schema = False  # the prompt asks for JSON too: plain text it is
            return SchemaRejectedError(f"the endpoint refused the JSON schema: {detail}")
        if code == 429 or code >= 500:
            after = r.headers.get("retry-after", "")
            return TransientError(
                f"the LLM endpoint answered HTTP {code}: {detail}",
                retry_after=float(after) if after.replace(".", "", 1).isdigit() else None,
            )
        return BackendError(f"the LLM endpoint answered HTTP {code}: {detail}")


def _error_message(raw: str) -> str:
    try:
        err = json.loads(raw).get("error")
    except (ValueError, AttributeError):
        return raw.strip().splitlines()[0][:200] if raw.strip() else ""
    if isinstance(err, dict):
        return str(err.get("message", ""))[:200]
    return str(err or "")[:200]


def _guard(watch: Watch, start: float, size: int) -> None:
    if size > MAX_REPLY_BYTES:
        raise ReplyError(f"the LLM's reply exceeds {MAX_REPLY_BYTES // 1_000_000} MB: refused")
    if time.monotonic() - start > watch.deadline:
        raise BackendError(
            f"the LLM was still writing after {watch.deadline:.0f} s (the deadline for this "
            "reply's token limit at the measured speed); not retried"
        )


def _lines(r: httpx.Response, watch: Watch, start: float) -> Iterator[str]:
    size = 0
    for line in r.iter_lines():
        size += len(line) + 1
        _guard(watch, start, size)
        yield line


def _body(r: httpx.Response, watch: Watch, start: float) -> bytes:
    chunks, size = [], 0
    for chunk in r.iter_bytes():
        size += len(chunk)
        _guard(watch, start, size)
        chunks.append(chunk)
    return b"".join(chunks)


class _Reply:
    """A chat completion put together from a body or from server-sent events."""

    def __init__(self, watch: Watch, start: float) -> None:
        self.watch = watch
        self.parts: list[str] = []
        self.pieces = 0  # content deltas: about one token each
        self.finish = ""
        self.usage: dict[str, Any] = {}
        self.choices_seen = False
        self.content_seen = False

    def read_body(self, raw: bytes) -> None:
        data = _json(raw.decode("utf-8", "replace"))
        self._take(data, data.get("choices"), "message")

    def read_events(self, lines: Iterator[str]) -> None:
        for line in lines:
            if not line.startswith("data:"):
                continue
            payload = line[5:].strip()
            if payload == "[DONE]":
                break
            data = _json(payload)
            if "error" in data and not data.get("choices"):
                raise BackendError(f"the LLM stopped with an error: {_error_message(payload)}")
            self._take(data, data.get("choices"), "delta")

    def _take(self, data: dict[str, Any], choices: Any, key: str) -> None:
        if isinstance(data.get("usage"), dict):
            self.usage = data["usage"]
        if not isinstance(choices, list) or not choices:
            return
        self.choices_seen = True
        choice = choices[0] if isinstance(choices[0], dict) else {}
        content = (choice.get(key) or {}).get("content")
        if isinstance(content, str):
            self.content_seen = True
            if content:
                self.parts.append(content)
                self.pieces += 1
                if self.watch.on_tokens is not None:
                    self.watch.on_tokens(self.pieces)
        self.finish = choice.get("finish_reason") or self.finish

    def completion(self, seconds: float) -> Completion:
        if not self.choices_seen:
            raise ReplyError("the LLM endpoint answered with no choice (empty 'choices')")
        if not self.content_seen:
            raise ReplyError("the LLM endpoint answered with no content (null)")
        u = self.usage
        return Completion(
            "".join(self.parts),
            int(u.get("prompt_tokens") or 0),
            int(u.get("completion_tokens") or self.pieces),
            truncated=self.finish == "length",
            seconds=seconds,
        )


def _json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        start = " ".join(text.strip().split())[:60]
        raise ReplyError(
            f"the LLM endpoint's reply is not JSON (it starts with {start!r})",
            hint="--base-url must be the API's URL (often ending in /v1), not a web page",
        ) from None
    if not isinstance(data, dict):
        raise ReplyError("the LLM endpoint's reply is not a JSON object")
    return data
