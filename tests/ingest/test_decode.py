"""Bytes to text: UTF-16/32 with and without a BOM, binary refusal, text scrubbing, size caps."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from redac.errors import BinaryInputError, InputTooLargeError
from redac.ingest import load, parse
from redac.ingest.decode import decode

MAX_TEXT_CHARS = 2_000_000

FR = (
    "Le conseil municipal a adopté mardi un budget de 12 millions d’euros pour 2025, après "
    "trois heures de débat. « C’est un budget historique », a déclaré la maire, Claire Martin.\n\n"
    "La moitié des crédits ira à la rénovation de quatre écoles, selon l’adjointe aux finances."
)
ZH = "北京市政府周二宣布了一项新的交通计划，旨在减少市中心的拥堵。该计划包括扩建地铁网络。" * 4


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_wide_unicode_with_or_without_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "article.txt"
    f.write_bytes(FR.encode(encoding))  # "utf-16" / "utf-32" write a BOM, the others none
    src = load(str(f))
    assert src.lang == "fr"
    assert "« C’est un budget historique »" in src.text
    assert src.text.startswith("Le conseil municipal")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_cjk_is_decoded(encoding: str) -> None:
    assert decode(ZH.encode(encoding), "zh") == ZH


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", FR * 5)
    return buf.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00"
        + bytes(range(256)) * 8,
        _zip(),
        b"".join(i.to_bytes(2, "little") for i in range(0, 6000, 3)),  # an array of shorts
        bytes((i * 7919 + 13) % 256 for i in range(8192)),  # noise holding zero bytes
    ],
    ids=["png", "zip", "uint16-array", "noise"],
)
def test_binary_is_still_refused(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "file.txt"
    f.write_bytes(data)
    with pytest.raises(BinaryInputError):
        load(str(f))


def test_random_bytes_are_refused() -> None:
    rng = __import__("random").Random(8)
    for _ in range(200):
        with pytest.raises(BinaryInputError):
            decode(rng.randbytes(3000), "random")


def test_utf16_bom_on_a_broken_body_is_a_clear_error() -> None:
    with pytest.raises(BinaryInputError, match="UTF-16 byte order mark"):
        decode(FR.encode("utf-16") + b"\x00", "odd.txt")


def test_xml_safe_scrubs_controls_and_lone_surrogates_only() -> None:
    from redac.ingest.decode import xml_safe

    raw = "a\x0bb\x0cc\x00d\x01e\x1ff\ud800g\udfffh\ti\nj\rk\u00e9\U0001f600"
    assert xml_safe(raw) == "a b cdef\ufffdg\ufffdh\ti\nj\rk\u00e9\U0001f600"
    assert xml_safe("a\x0bb") == "a b" and xml_safe("a\x0cb") == "a b"  # alone, too
    assert xml_safe(FR) is FR  # clean text: the same object back, nothing copied


def test_the_character_cap_is_the_documented_one() -> None:
    from redac.ingest.decode import MAX_TEXT_CHARS as cap

    assert cap == MAX_TEXT_CHARS


def test_text_past_the_character_cap_is_refused_with_sizes(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    para = "Le conseil municipal a adopté le budget de la ville après un long débat. " * 10
    f.write_text((para + "\n\n") * (MAX_TEXT_CHARS // len(para) + 10), encoding="utf-8")
    assert f.stat().st_size < 10 * 1024 * 1024  # under the byte cap: the text cap refuses it
    with pytest.raises(InputTooLargeError, match=r"characters of text; the limit is 2,000,000"):
        load(str(f))


def test_lone_surrogates_do_not_crash_or_truncate_plain_text() -> None:
    src = parse("Le conseil \ud800 municipal a adopté le budget. " + FR)
    assert "\ud800" not in src.text
    assert src.text.endswith("selon l’adjointe aux finances.")


def test_text_cap_holds_for_html_too(tmp_path: Path) -> None:
    para = "<p>Paragraphe {n} : " + "Le conseil a adopté le budget de la ville. " * 20 + "</p>\n"
    n = MAX_TEXT_CHARS // len(para) + 50  # distinct paragraphs: trafilatura drops repeats
    html = "<html><body><article>" + "".join(para.format(n=i) for i in range(n)) + "</article>"
    f = tmp_path / "long.html"
    f.write_text(html + "</body></html>", encoding="utf-8")
    with pytest.raises(InputTooLargeError, match="characters of text"):
        load(str(f))


def test_os_urandom_smoke() -> None:
    with pytest.raises(BinaryInputError):
        decode(os.urandom(4096), "urandom")
