"""`redac verify` as a user runs it: exit codes, JSON shape, text and HTML output escaped."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_helpers import run

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "examples" / "article-fr.txt")
FIVE = """# La Russie et la Biélorussie

Le Kremlin tentera probablement de contre-attaquer la Biélorussie lorsque Vladimir Poutine et Alexandre Loukachenko se rencontreront à Moscou les 5 et 6 avril.

La Russie va forcer la Biélorussie à se diriger vers l’unité, selon l’Institut pour l’étude de la guerre (ISW).
"""


def test_the_article_against_itself_exits_0() -> None:
    r = run("verify", SEED, SEED)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("redac verify: OK")


def test_changed_claims_exit_3_with_json(tmp_path: Path) -> None:
    art = tmp_path / "article.md"
    art.write_text(FIVE, encoding="utf-8")
    r = run("verify", SEED, str(art), "--format", "json")
    assert r.returncode == 3, r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] is False
    assert set(data["facts"]) >= {"missing", "invented"}
    bad = [s for s in data["sentences"] if s["verdict"] == "unsupported"]
    assert [s["reasons"][0] for s in bad] == ["different_predicate", "modality_changed"]
    for s in data["sentences"]:
        assert set(s) >= {"text", "verdict", "reasons", "sources"}
        assert all(isinstance(i, int) for i in s["sources"])
    assert data["analysis"]["seo"]["score"] >= 0


def test_text_report_puts_the_unsupported_first(tmp_path: Path) -> None:
    art = tmp_path / "article.md"
    art.write_text(FIVE, encoding="utf-8")
    r = run("verify", SEED, str(art))
    assert r.returncode == 3
    lines = r.stdout.splitlines()
    assert lines[0].startswith("redac verify: FAILED")
    assert lines[2].startswith("✘ different predicate")
    assert "source:" in r.stdout and "contraindre" in r.stdout


def test_bad_input_exits_2(tmp_path: Path) -> None:
    r = run("verify", SEED, str(tmp_path / "missing.md"))
    assert r.returncode == 2 and "redac: error" in r.stderr
    r = run("verify", SEED, SEED, "--format", "pdf")
    assert r.returncode == 2
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    assert run("verify", SEED, str(empty)).returncode == 2
    assert "Traceback" not in r.stderr


def test_outputs_are_escaped(tmp_path: Path) -> None:
    art = tmp_path / "article.txt"
    art.write_text(
        "La Russie va forcer la Biélorussie <script>alert(1)</script> vers l’unité.\n",
        encoding="utf-8",
    )
    html = run("verify", SEED, str(art), "--format", "html")
    assert html.returncode == 3
    assert "<script>" not in html.stdout and "&lt;script&gt;" in html.stdout
    assert '<mark class="bad"' in html.stdout and "title=" in html.stdout
    text = run("verify", SEED, str(art))
    assert text.returncode == 3 and "<script>alert(1)</script>" in text.stdout
