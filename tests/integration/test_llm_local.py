"""Integration: the LLM engine against a real llama.cpp server with a small model.

SmolLM2-135M writes poor French and invents: these tests assert the plumbing (requests,
JSON schema, usage, timeouts), that what it invents is caught, that the loop stays within its
budget, and that the outcome is reported honestly.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.helpers import TODAY

from redac.errors import BackendError
from redac.ingest import load
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.write.llm.client import OpenAIChat, Session
from redac.write.llm.engine import SECTION_SCHEMA, LLMEngine
from redac.write.llm.settings import LLMSettings

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


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
        SECTION_SCHEMA,
        max_tokens=80,
    )
    assert isinstance(obj["heading"], str) and isinstance(obj["paragraphs"], list)
    assert (
        session.usage.calls >= 1
        and session.usage.prompt_tokens > 0
        and session.usage.completion_tokens > 0
    )


def test_timeout_is_a_backend_error(server: str, tmp_path: Path) -> None:
    s = settings(server, tmp_path, timeout=0.001, cache=False)
    with pytest.raises(BackendError, match=r"did not answer|cannot reach"):
        OpenAIChat(s).complete([{"role": "user", "content": "Bonjour"}], schema=None, max_tokens=50)


def test_loop_on_seed_article(server: str, tmp_path: Path) -> None:
    s = settings(server, tmp_path)
    src = load(str(ROOT / "examples" / "article-fr.txt"))
    opts = RewriteOptions(min_words=400, faq=False)
    r = rewrite(src, opts, engine=LLMEngine(s), today=TODAY)
    usage = r.article.usage
    assert r.article.engine == "llm"
    assert 1 <= usage["calls"] <= s.max_calls  # within budget
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    # honest outcome: passing means every hard constraint holds; anything the model invented
    # was either repaired away or replaced by the faithful offline version
    assert r.report.ok == all(c.ok for c in r.report.constraints if c.hard)
    assert r.report.facts.ok, r.report.facts.invented
    flagged = [n.text for n in r.article.notes if n.text.startswith("section")]
    said = ("version is used", "left out", "removed", "put back", "not expanded")
    assert all(any(s in n for s in said) for n in flagged), flagged  # every outcome is named
    # a re-run is served from the cache
    again = rewrite(src, opts, engine=LLMEngine(s), today=TODAY)
    assert again.article.usage["cache_hits"] >= 1
