"""Hostile markup through the real CLI: control characters, lone surrogates, nesting deeper
than lxml reads, entity bombs. Each must be analysed whole, or refused with a clear error."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from redac.analysis.document import parse_body
from redac.ingest import load

from ..cli_helpers import run
from .helpers import FR_PARA, FR_WORDS, assert_clean_failure, word_count

DEPTH = 10_000


def test_control_characters_in_a_fragment(tmp_path: Path) -> None:
    f = tmp_path / "frag.html"
    f.write_text(
        f"<h2>Le budget\x0bvoté</h2><p>Le\x0bconseil\x0cmunicipal\x01 a voté.</p><p>{FR_PARA}</p>",
        encoding="utf-8",
    )
    r = run("analyze", str(f), "--lang", "fr", "-f", "json")
    # "Le budget voté" and "Le conseil municipal a voté": a vertical space separates words
    assert word_count(r) == FR_WORDS + 8


def test_vertical_tab_after_a_script_does_not_crash_lxml(tmp_path: Path) -> None:
    """The reviewer's traceback: dropping a <script> moves its tail ("\x0b") into the parent's
    text, and lxml refuses to set a text holding a control character (ValueError)."""
    f = tmp_path / "frag.html"
    f.write_text(f"<script>alert(1)</script>\x0b<p>{FR_PARA}</p>", encoding="utf-8")
    assert word_count(run("analyze", str(f), "--lang", "fr", "-f", "json")) == FR_WORDS
    r = run(
        "analyze", "--jsonl", stdin=json.dumps({"text": f"<style></style>\x0c<p>{FR_PARA}</p>"})
    )
    assert r.returncode == 0 and json.loads(r.stdout)["research"]["word_count"] == FR_WORDS


def test_parse_body_text_holds_no_control_character() -> None:
    body = parse_body("<p>Le\x0bconseil\x0cmunicipal \x01a \x1fvoté \x00le budget.</p>")
    assert body.text == "Le conseil municipal a voté le budget."


def test_lone_surrogate_from_json_does_not_truncate_the_text() -> None:
    doc = {
        "id": "s",
        "text": f"<p>Le conseil \ud800 municipal.</p><p>{FR_PARA}</p>",
        "locale": "fr_FR",
    }
    line = json.dumps(doc)  # ensure_ascii: the surrogate travels as \\ud800, as in real JSONL
    assert "\\ud800" in line
    r = run("analyze", "--jsonl", stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["id"] == "s"
    assert out["research"]["word_count"] == FR_WORDS + 3  # "Le conseil municipal"


def _nested(inner: str) -> str:
    return "<div>" * DEPTH + inner + "</div>" * DEPTH


def test_deeply_nested_page_is_read(tmp_path: Path) -> None:
    f = tmp_path / "deep.html"
    f.write_text(f"<html><body>{_nested(f'<p>{FR_PARA}</p>')}</body></html>", encoding="utf-8")
    src = load(str(f))
    assert src.text == FR_PARA
    assert word_count(run("analyze", str(f), "-f", "json")) == FR_WORDS


def test_deeply_nested_fragment_is_analysed_whole(tmp_path: Path) -> None:
    f = tmp_path / "deep-fragment.html"
    f.write_text(_nested(f"<p>{FR_PARA}</p>") + f"<p>{FR_PARA}</p>", encoding="utf-8")
    assert word_count(run("analyze", str(f), "--lang", "fr", "-f", "json")) == 2 * FR_WORDS


def test_deeply_nested_body_in_the_api() -> None:
    body = parse_body(_nested(f"<h2>Intertitre</h2><p>{FR_PARA}</p>") + "<p>Fin.</p>")
    assert [b.kind for b in body.blocks] == ["heading", "paragraph", "paragraph"]
    assert body.blocks[1].text == FR_PARA


def test_nesting_too_deep_even_without_containers_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "lists.html"
    f.write_text("<ul><li>" * 3000 + FR_PARA + "</li></ul>" * 3000, encoding="utf-8")
    r = run("analyze", str(f), "--lang", "fr")
    assert_clean_failure(r, "E100")
    assert "more than 255 levels deep" in r.stderr


def _entity_bomb(levels: int = 9) -> str:
    defs = ['<!ENTITY l0 "' + "lol" * 100 + '">']
    defs += [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels + 1)]
    return f"<!DOCTYPE html [\n{chr(10).join(defs)}\n]>\n"


@pytest.mark.parametrize("suffix", [".html", ".xhtml", ".txt"])
def test_entity_bomb_is_never_expanded(tmp_path: Path, suffix: str) -> None:
    """Nine levels of ten: 3 GB once expanded. It must stay literal text, quickly."""
    page = _entity_bomb() + f"<html><body><article><p>&l9; {FR_PARA}</p></article></body></html>"
    f = tmp_path / f"bomb{suffix}"
    f.write_text(page, encoding="utf-8")
    start = time.monotonic()
    src = load(str(f))
    assert time.monotonic() - start < 10
    assert len(src.text) < 2 * len(page)  # expanded, it would be 3 GB
    assert f"&l9; {FR_PARA}" in src.text  # the reference stays literal
    r = run("analyze", str(f), "-f", "json")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert len(r.stdout) < 200_000
