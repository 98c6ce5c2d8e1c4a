"""The analyze command as a user runs it: real subprocesses, exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_helpers import run


def test_analyze_json_on_seed() -> None:
    r = run("analyze", "examples/article-fr.txt", "-k", "Biélorussie", "-f", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["lang"] == "fr"
    ids = {a["id"] for a in out["seo"]["assessments"]}
    assert {"keyphrase_density", "text_length", "single_h1"} <= ids
    assert out["insights"]["flesch_reading_ease"]["formula"] == "Kandel–Moles"


def test_analyze_jsonl_roundtrip() -> None:
    lines = [
        {
            "id": "a",
            "text": "<p>" + "La Biélorussie et la Russie. " * 40 + "</p>",
            "keyphrase": "Biélorussie",
            "locale": "fr_FR",
        },
        {
            "id": "b",
            "text": "<h2>Plan</h2><p>The council approved the cycling plan. The plan is big.</p>",
            "keyphrase": "cycling plan",
            "locale": "en_US",
        },
    ]
    r = run("analyze", "--jsonl", stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert r.returncode == 0, r.stderr
    res = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in res] == ["a", "b"]
    for x in res:
        assert x["seo"]["rating"] in ("red", "orange", "green")
        assert x["readability"]["score"] in (0, 30, 60, 90)
        assert all({"id", "score", "rating", "text"} <= set(a) for a in x["seo"]["assessments"])
        assert "word_count" in x["research"] and x["ms"] >= 0


def test_analyze_jsonl_bad_line_reports_and_continues() -> None:
    r = run(
        "analyze",
        "--jsonl",
        stdin='{"id": "x", "text": ""}\nnot json\n{"id": "y", "text": "<p>Le maire parle aux habitants du quartier.</p>", "locale": "fr_FR"}\n',
    )
    assert r.returncode == 2
    res = [json.loads(x) for x in r.stdout.splitlines()]
    assert "error" in res[0] and "error" in res[1] and res[2]["id"] == "y"
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("empty", "empty"),
        ("binary", "binary"),
        ("missing", "no such file"),
        ("german", "not support"),
    ],
)
def test_bad_input_exit_code_and_message(tmp_path: Path, setup: str, message: str) -> None:
    f = tmp_path / "in.txt"
    if setup == "empty":
        f.write_text("")
    elif setup == "binary":
        f.write_bytes(b"\x00\x01\x02binary\x00" * 100)
    elif setup == "german":
        f.write_text(
            "Der Bundestag hat am Dienstag ein neues Gesetz beschlossen, sagte die Ministerin in Berlin."
        )
    r = run("analyze", str(f))
    assert r.returncode == 2
    assert message in r.stderr.lower()
    assert "Traceback" not in r.stderr


def test_broken_html_is_analysed(tmp_path: Path) -> None:
    f = tmp_path / "broken.html"
    f.write_text(
        "<p>Le conseil a voté <b>le budget<p>Les élus ont débattu trois heures</div></span>"
    )
    r = run("analyze", str(f), "--lang", "fr", "-f", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["research"]["word_count"] >= 10


def test_html_report(tmp_path: Path) -> None:
    r = run("analyze", "examples/article-fr.txt", "-f", "html")
    assert r.returncode == 0 and r.stdout.startswith("<!doctype html>")


def test_version_help_and_completion() -> None:
    from redac import __version__

    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"redac {__version__}"
    r = run("--help")
    assert r.returncode == 0 and "rewrite" in r.stdout and "analyze" in r.stdout
    r = run("completion", "bash")
    assert r.returncode == 0 and "_REDAC_COMPLETE" in r.stdout
    r = run("rewrite", "examples/article-fr.txt", "--min-words", "many")
    assert r.returncode == 2 and r.stderr.startswith("redac: error [E130]")
    assert "Traceback" not in r.stderr
