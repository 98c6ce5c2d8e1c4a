"""Integration: the LLM engine against a real llama.cpp server with a small model.

SmolLM2-135M writes poor French and invents: these tests assert the plumbing (requests,
JSON schema, usage, timeouts), that what it invents is caught, that the loop stays within its
budget, and that the outcome is reported honestly.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from tests.cli_helpers import run

from redac.errors import BackendError
from redac.write.llm.client import OpenAIChat, Session
from redac.write.llm.schemas import section_schema
from redac.write.llm.settings import LLMSettings

pytestmark = pytest.mark.integration


def settings(base_url: str, tmp_path: Path, **kw: object) -> LLMSettings:
    base = LLMSettings(
        base_url=base_url,
        model="smollm2",
        max_tokens_call=160,
        repair_rounds=1,
        max_calls=14,
        timeout=120,
        max_retries=0,
        cache_dir=str(tmp_path / "cache"),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


LOOSE = {
    "type": "object",
    "properties": {
        "heading": {"type": "string"},
        "paragraphs": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["heading", "paragraphs"],
}


def test_json_schema_and_usage(server: str, tmp_path: Path) -> None:
    s = settings(server, tmp_path)
    session = Session(OpenAIChat(s), s)
    obj = session.ask_json(
        [
            {
                "role": "user",
                "content": 'Réponds en JSON : {"heading": "Titre", "paragraphs": ["Une phrase."]}',
            }
        ],
        LOOSE,
        max_tokens=80,
    )
    assert isinstance(obj["heading"], str) and isinstance(obj["paragraphs"], list)
    assert session.usage.calls >= 1
    assert session.usage.prompt_tokens > 0 and session.usage.completion_tokens > 0
    assert session.rate > 0  # the speed is measured: the next deadline follows it


def test_the_section_schema_holds_the_model_to_its_bounds(server: str, tmp_path: Path) -> None:
    s = settings(server, tmp_path, temperature=0.0)
    session = Session(OpenAIChat(s), s)
    schema = section_schema(120, sources=2)
    obj = session.ask_json(
        [{"role": "user", "content": "Écris deux paragraphes sur la pluie, en JSON."}],
        schema,
        max_tokens=300,
    )
    spec = schema["properties"]["paragraphs"]
    assert spec["minItems"] <= len(obj["paragraphs"]) <= spec["maxItems"]


def test_timeout_is_a_backend_error(server: str, tmp_path: Path) -> None:
    s = settings(server, tmp_path, timeout=0.001, cache=False)
    with pytest.raises(BackendError, match=r"sent nothing|cannot reach"):
        OpenAIChat(s).complete([{"role": "user", "content": "Bonjour"}], schema=None, max_tokens=50)


def test_a_local_run_is_honest_and_a_rerun_is_free(gguf: Path, tmp_path: Path) -> None:
    """The real command with SmolLM2-135M: whatever the model manages, what redac says is
    true; an identical rerun (a new llama.cpp server, on another port) costs no request."""
    cfg = tmp_path / "redac.toml"
    cfg.write_text(
        f"[llm]\nmax_tokens_call = 120\nrepair_rounds = 0\nmax_calls = 4\ntemperature = 0.0\n"
        f"cache_dir = {str(tmp_path / 'cache')!r}\n",
        encoding="utf-8",
    )
    # a short article (two sections), short replies, no repair round: a few requests only
    src = "tests/fixtures/article-fr-court.txt"
    args = ["rewrite", src, "--engine", "local", "--model-path", str(gguf), "--config", str(cfg)]
    args += ["--min-words", "150", "--no-faq", "--format", "json"]
    first = run(*args)
    assert "Traceback" not in first.stderr
    d = json.loads(first.stdout)
    art, rep, usage = d["article"], d["report"], d["usage"]
    kept = rep["provenance"]["model"]
    assert kept == sum(1 for s in art["sections"] if s["origin"] == "model")
    if kept:  # the model wrote sections that passed every check: said, and counted
        assert art["engine"] == "llm" and first.returncode in (0, 3) and not rep["fallback"]
        assert f"{kept} of" in rep["notes"][0]["text"]
    else:  # it did not: the offline engine's article, exit 4, one line saying why
        assert first.returncode == 4 and art["engine"] == "offline" and rep["fallback"]
        assert "[E207]" in first.stderr and "OK" not in first.stderr.split("[E207]")[1]
        assert "generator: redac (offline engine)" in d["markdown"]
    assert 1 <= usage["calls"] <= 4 and usage["completion_tokens"] > 0
    assert "writing section 1/" in first.stderr  # the progress line (stderr is not a terminal)
    again = run(*args)
    d2 = json.loads(again.stdout)
    assert again.returncode == first.returncode
    assert d2["usage"]["cache_hits"] >= 1 and d2["usage"]["calls"] == 0  # nothing sent again
    assert d2["article"]["sections"] == art["sections"]
