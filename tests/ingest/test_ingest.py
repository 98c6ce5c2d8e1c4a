from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from redac.errors import (
    BinaryInputError,
    EmptyInputError,
    FetchError,
    InputTooLargeError,
    LanguageError,
    UnsafeURLError,
)
from redac.ingest import load, parse

PAGE = """<html><head><title>Le conseil vote le budget</title></head><body>
<nav>Accueil | Politique | Sport</nav>
<article><h1>Le conseil vote le budget</h1>
<p>Le conseil municipal a adopté mardi un budget de 12 millions d'euros pour 2025, après trois heures de débat.</p>
<h2>Des investissements dans les écoles</h2>
<p>La moitié des crédits ira à la rénovation de quatre écoles, selon l'adjointe aux finances, Claire Martin.</p>
<p>Les travaux commenceront en juillet et dureront deux ans, a-t-elle précisé devant les élus.</p>
</article><footer>Mentions légales</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            for _ in range(200):  # 13 MB, streamed without a length
                self.wfile.write(chunk)
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.handle_error = lambda *a: None  # type: ignore[method-assign]  # client hung up on /huge: expected
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_plain_text_one_paragraph_per_line(seed_article: str) -> None:
    src = parse(seed_article)
    assert src.lang == "fr" and src.fmt == "text"
    assert len(src.paragraphs) == 17
    assert src.paragraphs[0].startswith("La Russie pourrait")


def test_plain_text_headings_and_afp_subheadings() -> None:
    text = "Un titre court\n\nPremier paragraphe assez long pour être un vrai paragraphe de texte.\n\n- Intertitre AFP -\n\nSuite du texte avec une phrase complète ici."
    src = parse(text, lang="fr")
    assert src.title == "Un titre court"
    assert [b.kind for b in src.blocks] == ["paragraph", "heading", "paragraph"]
    assert src.blocks[1].text == "Intertitre AFP"


def test_markdown(fixtures: Path) -> None:
    src = load(str(fixtures / "article-en.md"))
    assert src.lang == "en" and src.fmt == "markdown"
    assert src.title == "City council approves new cycling network"
    assert [b.text for b in src.blocks if b.kind == "heading"][:2] == [
        "What the plan includes",
        "Opposition from shop owners",
    ]


def test_html_keeps_structure_and_drops_boilerplate(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    src = load(str(f))
    assert src.fmt == "html" and src.lang == "fr"
    assert any(b.kind == "heading" and "écoles" in b.text for b in src.blocks)
    assert "Mentions légales" not in src.text and "Accueil" not in src.text


def test_typographic_apostrophes_are_kept_in_source(seed_article: str) -> None:
    assert "l’Institut" in parse(seed_article).text


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes(
        "Le président a annoncé une réforme très attendue des retraites.\nIl a précisé le calendrier.".encode(
            "latin-1"
        )
    )
    assert "président" in load(str(f)).text


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n\n ", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", BinaryInputError),
    ],
)
def test_bad_files(tmp_path: Path, content: bytes, error: type[Exception]) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(error):
        load(str(f))


def test_too_large_file(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"mot " * (3 * 1024 * 1024))
    with pytest.raises(Exception, match="10 MB"):
        load(str(f))


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(LanguageError):
        parse(
            "Der Bundestag hat am Dienstag ein neues Gesetz zur Energiewende beschlossen, sagte die Ministerin."
        )


def test_url_fetch_on_loopback_needs_allow_private(server: str) -> None:
    with pytest.raises(UnsafeURLError):
        load(f"{server}/article")
    src = load(f"{server}/article", allow_private=True)
    assert "12 millions" in src.text


def test_url_redirect_loop_is_capped(server: str) -> None:
    with pytest.raises(FetchError, match="redirected"):
        load(f"{server}/loop", allow_private=True)


def test_url_size_cap(server: str) -> None:
    with pytest.raises(InputTooLargeError):
        load(f"{server}/huge", allow_private=True)


def test_url_http_error(server: str) -> None:
    with pytest.raises(FetchError, match="404"):
        load(f"{server}/missing", allow_private=True)


def test_file_scheme_is_refused() -> None:
    with pytest.raises(UnsafeURLError):
        load("file:///etc/passwd")
