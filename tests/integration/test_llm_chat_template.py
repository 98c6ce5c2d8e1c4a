"""A GGUF that cannot chat is refused before any request: the real Gemma 3 270M base file has
no chat template, and a base model continues a prompt instead of answering it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.cli_helpers import run

from redac.write.llm.gguf import read_info
from redac.write.llm.local import ChatTemplateError, check_chat_model
from redac.write.llm.settings import LLMSettings

pytestmark = pytest.mark.integration


def test_gemma_base_is_refused_with_the_reason_and_the_fix(gemma_base: Path) -> None:
    r = run(
        "rewrite", "examples/article-fr.txt", "--engine", "local", "--model-path", str(gemma_base)
    )
    assert r.returncode == 4 and "Traceback" not in r.stderr
    assert "[E205]" in r.stderr and "no chat template" in r.stderr
    assert "--chat-template" in r.stderr and "instruction-tuned" in r.stderr
    assert not r.stdout  # nothing written: the model was refused before any work


def test_a_named_template_overrides_the_refusal(gemma_base: Path, tmp_path: Path) -> None:
    assert not read_info(gemma_base).chat_template
    with pytest.raises(ChatTemplateError):
        check_chat_model(LLMSettings(model_path=str(gemma_base)))
    assert check_chat_model(LLMSettings(model_path=str(gemma_base), chat_template="gemma"))
    missing = tmp_path / "nope.jinja"
    with pytest.raises(Exception, match="cannot read the chat template"):
        check_chat_model(LLMSettings(model_path=str(gemma_base), chat_template=str(missing)))


def test_an_instruct_model_with_a_template_passes(gguf: Path) -> None:
    info = check_chat_model(LLMSettings(model_path=str(gguf)))
    assert "im_start" in info.chat_template


def test_a_file_that_is_not_gguf_is_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"<html>not a model</html>")
    r = run("rewrite", "examples/article-fr.txt", "--engine", "local", "--model-path", str(fake))
    assert r.returncode == 4 and "[E204]" in r.stderr and "Traceback" not in r.stderr


def test_the_named_template_is_the_one_llama_cpp_applies(gemma_base: Path, tmp_path: Path) -> None:
    """``--chat-template gemma`` reaches the server as its built-in Gemma format (not as a
    literal Jinja text): the prompt it builds has Gemma's turn markers."""
    import httpx

    from redac.write.llm.local import LocalServer

    s = LLMSettings(model_path=str(gemma_base), context=512, chat_template="gemma")
    with LocalServer(replace(s, cache_dir=str(tmp_path))) as server:
        r = httpx.post(
            server.base_url.removesuffix("/v1") + "/apply-template",
            json={"messages": [{"role": "user", "content": "Bonjour"}]},
            timeout=60,
        )
    assert r.json()["prompt"] == "<start_of_turn>user\nBonjour<end_of_turn>\n<start_of_turn>model\n"
