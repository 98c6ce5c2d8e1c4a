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


def _good(i: int) -> dict[str, object]:
    return {
        "id": f"ok-{i}",
        "text": f"<p>Le maire a présenté le budget numéro {i} aux habitants du quartier.</p>",
        "keyphrase": "budget",
        "locale": "fr_FR",
    }


BAD_RECORDS: list[tuple[dict[str, object], str]] = [
    ({"id": "t", "text": 123}, '"text" must be a string, not a number'),
    ({"id": "t2"}, '"text" must be a string, not missing'),
    ({"id": "k", "text": "<p>Le maire parle.</p>", "keyphrase": 5}, '"keyphrase" must be a string'),
    (
        {"id": "c", "text": "<p>Le maire parle.</p>", "cornerstone": "no"},
        '"cornerstone" must be true or false',
    ),
    (
        {"id": "c1", "text": "<p>Le maire parle.</p>", "cornerstone": 1},
        '"cornerstone" must be true or false',
    ),
    (
        {"id": "s", "text": "<p>Le maire parle.</p>", "synonyms": [1, 2]},
        '"synonyms" must be a string or a list of strings',
    ),
    (
        {"id": "s2", "text": "<p>Le maire parle.</p>", "synonyms": {"a": 1}},
        '"synonyms" must be a string or a list',
    ),
    (
        {"id": "l", "text": "<p>Le maire parle.</p>", "locale": ["fr"]},
        '"locale" must be a string, not a list',
    ),
    (
        {"id": "ti", "text": "<p>Le maire parle.</p>", "title": {"x": 1}},
        '"title" must be a string, not an object',
    ),
    ({"id": ["x"], "text": "<p>Le maire parle.</p>"}, '"id" must be a string or an integer'),
]


def test_analyze_jsonl_wrong_field_types_fail_their_line_only() -> None:
    """34 lines, bad ones among them: every good line still comes out, in order; each bad one
    is an error naming its field; exit 2. (A wrong type used to crash the batch at line 9.)"""
    lines: list[str] = []
    expected: list[tuple[int, str | None]] = []  # (line, error fragment or None)
    bad = iter(BAD_RECORDS)
    for n in range(1, 35):
        rec, msg = next(bad) if n % 3 == 0 and n <= 30 else (_good(n), None)
        lines.append(json.dumps(rec, ensure_ascii=False))
        expected.append((n, msg))
    r = run("analyze", "--jsonl", stdin="\n".join(lines) + "\n")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 34
    for (n, msg), res in zip(expected, out, strict=True):
        if msg is None:
            assert res["id"] == f"ok-{n}" and "seo" in res, res
        else:
            assert res["line"] == n and msg in res["error"], (msg, res)
            assert "seo" not in res


def test_analyze_jsonl_cornerstone_false_and_null_fields_are_fine() -> None:
    rec = {"id": "a", "text": "<p>Le maire parle aux habitants.</p>", "cornerstone": False}
    rec |= {"keyphrase": None, "synonyms": ["maire", "élu"], "title": None, "locale": "fr_FR"}
    r = run("analyze", "--jsonl", stdin=json.dumps(rec) + "\n")
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["id"] == "a"


def test_analyze_jsonl_huge_integer_is_invalid_json() -> None:
    line = '{"id": ' + "9" * 5000 + ', "text": "<p>Le maire parle.</p>"}'
    r = run("analyze", "--jsonl", stdin=line + "\n" + json.dumps(_good(2)) + "\n")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    first, second = (json.loads(x) for x in r.stdout.splitlines())
    assert first["line"] == 1 and first["error"].startswith("invalid JSON")
    assert second["id"] == "ok-2"


def test_analyze_jsonl_line_not_utf8_fails_alone() -> None:
    import subprocess
    import sys

    from .cli_helpers import ROOT

    good = json.dumps(_good(2)).encode()
    data = b'{"id": "x", "text": "<p>Le maire \xff\xfe parle.</p>"}\n' + good + b"\n"
    r = subprocess.run(
        [sys.executable, "-m", "redac", "analyze", "--jsonl"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 2
    assert b"Traceback" not in r.stderr
    first, second = (json.loads(x) for x in r.stdout.decode().splitlines())
    assert first["line"] == 1 and "not UTF-8" in first["error"]
    assert second["id"] == "ok-2"


def test_jsonl_unexpected_exception_is_that_lines_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from redac import jsonl

    real = jsonl.analyze_record

    def flaky(doc: dict[str, object]) -> dict[str, object]:
        if doc.get("id") == "boom":
            raise KeyError("surprise")
        return real(doc)

    monkeypatch.setattr(jsonl, "analyze_record", flaky)
    inp = io.StringIO(
        json.dumps({"id": "boom", "text": "<p>x</p>"}) + "\n" + json.dumps(_good(1)) + "\n"
    )
    out = io.StringIO()
    assert jsonl.run_jsonl(inp, out) == 2
    first, second = (json.loads(x) for x in out.getvalue().splitlines())
    assert first == {
        "line": 1,
        "id": "boom",
        "error": "internal error (KeyError: 'surprise'); please report it",
    }
    assert second["id"] == "ok-1"
