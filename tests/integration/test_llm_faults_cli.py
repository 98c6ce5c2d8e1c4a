"""`redac rewrite --engine llm` against a real server on loopback that fails like broken
endpoints do: the article is still written (the offline engine's, and said to be), redac exits
4 with one line saying why, and never prints a traceback or "OK" next to an engine claim that
is false."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.cli_helpers import ROOT, run
from tests.write.fault_server import MODES, fault_server, refused_url

from redac.cli import app

pytestmark = pytest.mark.integration
SEED = str(ROOT / "examples" / "article-fr.txt")


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("REDAC_BASE_URL", "REDAC_MODEL", "REDAC_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    cfg = tmp_path / "redac.toml"
    cfg.write_text("[llm]\ntimeout = 1\nmax_retries = 0\ncache = false\n", encoding="utf-8")
    return cfg


def rewrite(url: str, config: Path, out: Path) -> tuple[int, str, dict]:  # type: ignore[type-arg]
    # a minimum the seed reaches: the verdict line must be "OK", naming the true engine
    args = [
        "rewrite",
        SEED,
        "--engine",
        "llm",
        "--base-url",
        url,
        "--model",
        "m",
        "--min-words",
        "500",
    ]
    r = CliRunner().invoke(app, [*args, "--config", str(config), "--out", str(out)])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return r.exit_code, r.stderr, data


def assert_honest_fallback(code: int, err: str, data: dict) -> None:  # type: ignore[type-arg]
    assert code == 4, err
    assert "Traceback" not in err
    assert "[E207] the model wrote nothing kept: the LLM backend failed" in err
    art, rep = data["article"], data["report"]
    assert art["engine"] == "offline" and rep["engine"] == "offline"
    assert rep["provenance"]["model"] == 0 and rep["fallback"].startswith("the LLM backend")
    assert "generator: redac (offline engine)" in data["markdown"]
    assert "OK: every hard constraint is met (offline engine)" in err  # the true engine
    assert "llm engine" not in err


@pytest.mark.parametrize("mode", MODES)
def test_a_broken_endpoint_gives_the_offline_article_and_exit_4(
    mode: str, config: Path, tmp_path: Path
) -> None:
    with fault_server(mode) as server:
        code, err, data = rewrite(server.base_url, config, tmp_path / "out")
    assert_honest_fallback(code, err, data)
    assert server.requests == 1 == data["usage"]["calls"]  # the dead backend is asked no more


def test_a_refused_port_gives_the_offline_article_and_exit_4(config: Path, tmp_path: Path) -> None:
    code, err, data = rewrite(refused_url(), config, tmp_path / "out")
    assert_honest_fallback(code, err, data)


def test_the_real_command_exits_4_with_one_line_and_no_traceback(
    config: Path, tmp_path: Path
) -> None:
    """The same as a user runs it (a subprocess), on a web page given as --base-url."""
    with fault_server("html") as server:
        r = run(
            "rewrite", SEED, "--engine", "llm", "--base-url", server.base_url, "--model", "m",
            "--config", str(config), "--format", "json", "-q", "--min-words", "500",
        )  # fmt: skip
    assert r.returncode == 4 and "Traceback" not in r.stderr
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "not JSON" in lines[0], r.stderr
    data = json.loads(r.stdout)
    assert data["article"]["engine"] == "offline" and data["report"]["ok"]
