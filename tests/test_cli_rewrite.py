"""`redac rewrite` as a user runs it: files written, exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

from .cli_helpers import ROOT, run


def test_seed_article_end_to_end(tmp_path: Path) -> None:
    r = run("rewrite", "examples/article-fr.txt", "--out", str(tmp_path), "--engine", "offline")
    # the offline engine does not pad: the seed reaches 700 words, or exits 3 saying how short
    assert r.returncode in (0, 3), r.stderr
    files = sorted(p.suffix for p in tmp_path.iterdir())
    assert files == [".html", ".json", ".md"]
    d = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    art, rep = d["article"], d["report"]
    assert art["lang"] == "fr"
    if r.returncode == 3:
        assert [c["id"] for c in rep["constraints"] if c["hard"] and not c["ok"]] == ["min_words"]
        assert "short of the minimum" in r.stderr and "FAILED: min_words" in r.stderr
    else:
        assert art["word_count"] >= 700 and "OK" in r.stderr
    assert sum(1 for s in art["sections"] if s["heading"] and s["level"] == 2) >= 3
    assert 120 <= len(art["meta_description"]) <= 156
    assert rep["facts"]["invented"] == [] and rep["facts"]["missing"] == []
    assert rep["seo"]["rating"] == "green"
    assert {t["check"] for t in rep["todo"]} == {
        "images",
        "image_keyphrase",
        "internal_links",
        "outbound_links",
    }  # what only the editor can add, said apart


def test_stdout_and_stdin() -> None:
    text = (ROOT / "examples" / "article-fr.txt").read_text(encoding="utf-8")
    r = run("rewrite", "-", "--format", "json", "-q", "--min-words", "600", stdin=text)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["article"]["lang"] == "fr"


def test_short_source_exits_3_with_report(tmp_path: Path) -> None:
    f = tmp_path / "short.txt"
    f.write_text(
        "Le maire de Lyon a inauguré mardi un nouveau parc de 3 hectares. Les travaux ont duré deux ans."
    )
    r = run("rewrite", str(f), "--format", "json", "-q")
    assert r.returncode == 3
    d = json.loads(r.stdout)  # the work is not lost: the article and its report are printed
    assert not d["report"]["ok"]
    assert any(c["id"] == "min_words" and not c["ok"] for c in d["report"]["constraints"])


def test_bad_inputs_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_text("")
    for args in (
        ["rewrite", str(empty)],
        ["rewrite", "nope.txt"],
        ["rewrite", "examples/article-fr.txt", "--format", "pdf"],
        ["rewrite", "examples/article-fr.txt", "--engine", "magic"],
        ["rewrite", "examples/article-fr.txt", "--engine", "offline", "--lang", "en"],
    ):
        r = run(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert "error" in r.stderr and "Traceback" not in r.stderr
