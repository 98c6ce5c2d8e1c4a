"""Files redac writes: atomic (never torn, never half-replaced), and an LLM cache that shrugs
off torn or foreign entries instead of crashing."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from redac.cli import app
from redac.write.llm.client import Session
from redac.write.llm.settings import LLMSettings

from ..write.fake_llm import FakeChat

MESSAGES = [{"role": "system", "content": "s"}, {"role": "user", "content": "Bonjour ?"}]


def _session(tmp_path: Path, reply: str) -> tuple[Session, FakeChat]:
    fake = FakeChat([reply])
    settings = LLMSettings(base_url="http://x", model="m", cache=True, cache_dir=str(tmp_path))
    return Session(fake, settings), fake


def _entry(tmp_path: Path) -> Path:
    (entry,) = [p for p in tmp_path.iterdir() if p.suffix == ".json"]
    return entry


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # torn by a crash mid-write
        lambda b: b"",
        lambda b: b"\xff\xfe\x00garbage",  # not UTF-8
        lambda b: b"not json at all",
        lambda b: b"[1, 2, 3]",
        lambda b: b'{"text": 5, "prompt_tokens": 1, "completion_tokens": 1}',
        lambda b: b'{"text": "ok", "prompt_tokens": "1", "completion_tokens": 1}',
        lambda b: b'{"text": "ok", "prompt_tokens": 1, "completion_tokens": 1, "truncated": "no"}',
        lambda b: b'{"prompt_tokens": 1, "completion_tokens": 1}',
    ],
    ids=[
        "torn",
        "empty",
        "not-utf8",
        "not-json",
        "list",
        "text-int",
        "tokens-str",
        "trunc-str",
        "no-text",
    ],
)
def test_a_damaged_cache_entry_is_a_miss_and_is_rewritten(tmp_path: Path, damage) -> None:
    first, _ = _session(tmp_path, "première réponse")
    assert first.call(MESSAGES).text == "première réponse"
    entry = _entry(tmp_path)
    entry.write_bytes(damage(entry.read_bytes()))

    again, fake = _session(tmp_path, "seconde réponse")
    comp = again.call(MESSAGES)
    assert comp.text == "seconde réponse" and not comp.cached
    assert len(fake.requests) == 1 and again.usage.cache_hits == 0
    assert json.loads(entry.read_text(encoding="utf-8"))["text"] == "seconde réponse"
    assert [p.name for p in tmp_path.iterdir()] == [entry.name]  # no temporary file left

    third, fake3 = _session(tmp_path, "jamais demandée")
    assert third.call(MESSAGES).text == "seconde réponse"  # the rewritten entry is a hit
    assert fake3.requests == [] and third.usage.cache_hits == 1


def test_an_unwritable_cache_does_not_lose_the_reply(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be")
    fake = FakeChat(["la réponse"])
    settings = LLMSettings(base_url="http://x", model="m", cache=True, cache_dir=str(blocker))
    assert Session(fake, settings).call(MESSAGES).text == "la réponse"


def test_atomic_write_replaces_whole_and_keeps_the_umask(tmp_path: Path) -> None:
    from redac.fsutil import atomic_write_text

    f = tmp_path / "article.md"
    atomic_write_text(f, "ancien")
    atomic_write_text(f, "nouveau contenu é")
    assert f.read_text(encoding="utf-8") == "nouveau contenu é"
    assert os.listdir(tmp_path) == ["article.md"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~umask


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redac.fsutil import atomic_write_text

    f = tmp_path / "article.md"
    f.write_text("version précédente", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        atomic_write_text(f, "nouvelle version " * 1000)
    assert f.read_text(encoding="utf-8") == "version précédente"
    assert os.listdir(tmp_path) == ["article.md"]


def test_cli_out_failure_is_clean_and_leaves_nothing_torn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--out goes through the atomic writer: when the final rename fails, a clean error and
    no partial or temporary file (the atomic writer's unit tests prove the old file stays)."""
    article = Path(__file__).resolve().parents[2] / "examples" / "article-fr.txt"
    out = tmp_path / "out"

    def refuse(src: object, dst: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    args = ["rewrite", str(article), "--engine", "offline", "-q", "-o", str(out), "-f", "md,json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "redac: error [E000] cannot write to" in result.output
    assert "Permission denied" in result.output
    assert "Traceback" not in result.output
    assert list(out.iterdir()) == []


def test_cli_exports_an_article_holding_a_lone_surrogate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model's JSON may carry "\\ud800": the exports replace it instead of failing to encode."""
    from types import SimpleNamespace

    import redac.pipeline

    fake = SimpleNamespace(
        article=SimpleNamespace(slug="budget"),
        markdown=lambda: "# Budget\n\nLe conseil \ud800 a voté.\n",
        html=lambda: "<p>Le conseil \udfff a voté.</p>",
        json=lambda: '{"text": "Le conseil \ud800"}',
        ok=True,
        report=SimpleNamespace(fallback=""),
    )
    import redac.ingest

    monkeypatch.setattr(redac.ingest, "load", lambda spec, **kw: SimpleNamespace(origin=spec))
    monkeypatch.setattr(redac.pipeline, "rewrite", lambda source, opts, **kw: fake)
    out = tmp_path / "out"
    args = ["rewrite", "x.txt", "--engine", "offline", "-q", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (out / "budget.md").read_text(
        encoding="utf-8"
    ) == "# Budget\n\nLe conseil \ufffd a voté.\n"
    assert "\ufffd" in (out / "budget.html").read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["rewrite", "x.txt", "--engine", "offline", "-q", "-f", "md"])
    assert result.exit_code == 0 and "Le conseil \ufffd a voté." in result.output
