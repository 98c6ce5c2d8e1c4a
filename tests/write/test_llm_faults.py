"""The real HTTP client against a real server on loopback that fails like broken endpoints do:
every fault is a ``BackendError`` with a sentence a user can act on (never another exception),
every request sent is counted, and only transient faults are retried."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from redac.errors import BackendError, CancelledError
from redac.events import Event, Progress
from redac.write.llm.client import OpenAIChat, Session, cache_key
from redac.write.llm.settings import LLMSettings

from .fault_server import fault_server, refused_url

ASK = [{"role": "user", "content": "Bonjour"}]
EXPECTED = {
    "500": "HTTP 500",
    "429": "HTTP 429",
    "reset": "cannot reach",
    "hang": "sent nothing for 1 s",
    "empty_choices": "no choice",
    "null_content": "no content",
    "html": "not JSON",
    "huge": "exceeds 1 MB",
    "huge_stream": "exceeds 1 MB",
}


def settings(url: str, **kw: object) -> LLMSettings:
    base = LLMSettings(base_url=url, model="m", timeout=1.0, max_retries=1, cache=False)
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", sorted(EXPECTED))
def test_every_fault_is_a_backend_error_and_every_request_is_counted(mode: str) -> None:
    with fault_server(mode) as server:
        s = settings(server.base_url)
        session = Session(OpenAIChat(s), s)
        with pytest.raises(BackendError, match=EXPECTED[mode]) as caught:
            session.call(ASK, max_tokens=50)
        assert session.usage.calls == server.requests  # retries included
    transient = mode in ("500", "429", "reset")
    assert server.requests == (2 if transient else 1)  # one retry, and only when it may help
    assert "Traceback" not in str(caught.value)


def test_a_refused_port_is_retried_then_reported() -> None:
    s = settings(refused_url())
    session = Session(OpenAIChat(s), s)
    with pytest.raises(BackendError, match="cannot reach"):
        session.call(ASK, max_tokens=50)
    assert session.usage.calls == 2


def test_a_hang_is_not_retried_and_ends_at_the_timeout() -> None:
    with fault_server("hang") as server:
        s = settings(server.base_url, max_retries=3)
        t0 = time.monotonic()
        with pytest.raises(BackendError, match="not retried"):
            Session(OpenAIChat(s), s).call(ASK, max_tokens=50)
        assert server.requests == 1 and time.monotonic() - t0 < 5


def test_a_streamed_reply_reports_progress_and_its_usage() -> None:
    events: list[Event] = []
    with fault_server("ok") as server:
        s = settings(server.base_url)
        session = Session(OpenAIChat(s), s, progress=Progress(events.append))
        comp = session.call(ASK, max_tokens=200)
    assert comp.text.startswith('{"heading"') and comp.completion_tokens > 5
    assert session.usage.calls == 1 and session.usage.prompt_tokens == 50
    assert session.rate > 0  # measured, for the next request's deadline
    tokens = [e for e in events if e.kind == "tokens"]
    assert tokens and tokens[0].tokens >= 1 and tokens[0].rate > 0


def test_a_cancelled_job_stops_before_its_request_and_the_request_is_not_sent() -> None:
    with fault_server("ok") as server:
        s = settings(server.base_url)
        session = Session(OpenAIChat(s), s, progress=Progress(cancel=lambda: True))
        with pytest.raises(CancelledError):
            session.call(ASK, max_tokens=50)
    assert server.requests == 0 and session.usage.calls == 0


def test_the_deadline_scales_with_the_token_limit_and_the_measured_speed() -> None:
    s = settings("http://x", timeout=10.0)
    session = Session(OpenAIChat(s), s)
    slow = session.watch(400).deadline
    session.rate = 50.0
    assert session.watch(400).deadline < slow  # a fast model gets a shorter deadline
    assert session.watch(800).deadline > session.watch(400).deadline
    assert session.watch(400).idle == 10.0


def test_the_cache_key_is_the_request_not_the_address(tmp_path: Path) -> None:
    params = {"temperature": 0.0, "max_tokens": 50}
    assert cache_key("gguf:abc", ASK, None, params) == cache_key("gguf:abc", ASK, None, params)
    assert cache_key("gguf:abc", ASK, None, params) != cache_key("gguf:abd", ASK, None, params)
    with fault_server("ok") as one, fault_server("ok") as two:
        first = settings(one.base_url, cache=True, cache_dir=str(tmp_path), model_id="gguf:abc")
        Session(OpenAIChat(first), first).call(ASK, max_tokens=50)
        again = Session(OpenAIChat(replace(first, base_url=two.base_url)), first)
        assert again.call(ASK, max_tokens=50).cached  # another port, the same model: free
    assert two.requests == 0 and again.usage.cache_hits == 1 and again.usage.calls == 0
