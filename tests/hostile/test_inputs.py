"""Hostile inputs through the real CLI: endless devices, unreadable files, UTF-16 files,
bad URLs and redirects. A one-line error and exit 2, or a result; never a traceback."""

from __future__ import annotations

import os
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from redac.errors import InputError
from redac.ingest import read_input

from ..cli_helpers import run
from ..ingest.net_helpers import http_server, send_page
from .helpers import FR_PARA, FR_WORDS, assert_clean_failure, word_count


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_at_the_cap() -> None:
    start = time.monotonic()
    r = run("analyze", "/dev/zero")
    assert_clean_failure(r, "E103")
    assert "the limit is 10 MB" in r.stderr
    assert time.monotonic() - start < 30


def test_an_unreadable_file_is_a_clean_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(FR_PARA, encoding="utf-8")

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # the tests may run as root
    with pytest.raises(InputError, match=r"cannot read .*secret\.txt: Permission denied"):
        read_input(str(f))


def test_a_name_too_long_is_a_clean_error() -> None:
    assert_clean_failure(run("analyze", "a" * 5000 + ".txt"), "E100")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_analysed(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "article.txt"
    f.write_bytes(FR_PARA.encode(encoding))
    assert word_count(run("analyze", str(f), "-f", "json")) == FR_WORDS


def test_a_png_is_still_refused(tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert_clean_failure(run("analyze", str(f)), "E102")


def _redirect(location: str):
    def handler(req: BaseHTTPRequestHandler) -> None:
        if req.path == "/article":
            send_page(req, f"<html><body><article><p>{FR_PARA}</p></article></body></html>")
            return
        req.send_response(302)
        req.send_header("Location", location)
        req.end_headers()

    return handler


@pytest.mark.parametrize(
    ("location", "code"),
    [
        ("data:text/html,<p>Le conseil a voté</p>", "E111"),
        ("javascript:alert(1)", "E111"),
        ("ftp://example.org/x", "E111"),
        ("http://[::1", "E110"),
        ("http://exa mple.org/", "E110"),
    ],
)
def test_bad_redirects_through_the_cli(location: str, code: str) -> None:
    with http_server(_redirect(location)) as (port, _):
        r = run("analyze", f"http://127.0.0.1:{port}/go", "--allow-private")
    assert_clean_failure(r, code)


def test_loopback_is_refused_and_allowed_on_request() -> None:
    with http_server(_redirect("/article")) as (port, _):
        assert_clean_failure(run("analyze", f"http://127.0.0.1:{port}/go"), "E111")
        r = run("analyze", f"http://127.0.0.1:{port}/go", "--allow-private", "-f", "json")
    assert word_count(r) == FR_WORDS
