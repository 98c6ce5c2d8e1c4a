from __future__ import annotations

from pathlib import Path

import pytest

from redac.errors import OptionError
from redac.settings import choose_engine, load_settings, resolve_auto
from redac.write.llm.settings import LLMSettings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("REDAC_BASE_URL", "REDAC_MODEL", "REDAC_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)


def test_precedence_flags_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "redac.toml"
    cfg.write_text('[llm]\nbase_url = "http://file/v1"\nmodel = "file-model"\nmax_calls = 7\n')
    assert load_settings(config=cfg).model == "file-model"
    monkeypatch.setenv("REDAC_MODEL", "env-model")
    s = load_settings(config=cfg)
    assert s.model == "env-model" and s.base_url == "http://file/v1" and s.max_calls == 7
    assert load_settings(config=cfg, model="flag-model").model == "flag-model"


def test_openai_key_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    s = load_settings(model="gpt-4o-mini")
    assert s.api_key == "sk-test" and s.configured


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[llm]\nmodle = "x"\n', "unknown key"),
        ("[llm\n", "not valid TOML"),
        ("[server]\nport = 1\n", "unknown table"),
        ("[llm]\nmax_calls = -1\n", "non-negative"),
    ],
)
def test_strict_config(tmp_path: Path, content: str, message: str) -> None:
    cfg = tmp_path / "redac.toml"
    cfg.write_text(content)
    with pytest.raises(OptionError, match=message):
        load_settings(config=cfg)


def test_auto_without_anything_is_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("redac.settings.ollama_model", lambda timeout=0.3: None)
    assert resolve_auto(LLMSettings())[0] == "offline"
    engine = choose_engine("auto", LLMSettings())
    assert engine.name == "offline" and engine.reason == "no LLM configured"


def test_auto_finds_ollama(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("redac.settings.ollama_model", lambda timeout=0.3: "llama3.1")
    engine, s, _why = resolve_auto(LLMSettings())
    assert engine == "llm" and s.base_url.endswith(":11434/v1") and s.model == "llama3.1"


def test_cost_only_with_prices() -> None:
    assert LLMSettings().usage_cost(1000, 1000) is None
    assert LLMSettings(price_input=1.0, price_output=2.0).usage_cost(1_000_000, 1_000_000) == 3.0
