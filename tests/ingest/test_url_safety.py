"""URL fetching against hostile servers and resolvers: DNS rebinding, non-global addresses,
dripping servers, bad redirects. Every server is on 127.0.0.1; any other connection attempt is
refused by ``guard_connections`` before a packet leaves."""

from __future__ import annotations

import socket
import time
from http.server import BaseHTTPRequestHandler

import pytest

from redac.errors import FetchError, UnsafeURLError
from redac.ingest import load
from redac.ingest import url as url_mod

from .net_helpers import (
    drip,
    fake_resolver,
    guard_connections,
    http_server,
    raw_server,
    send_page,
)

PUBLIC = "93.184.215.14"  # a public address; the guard stands a loopback server in for it


def test_dns_rebinding_connects_to_the_checked_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolver answers a public address to the first question and loopback afterwards.
    redac must connect to the address it checked, never ask again and reach loopback."""
    with (
        http_server(lambda r: send_page(r)) as (public_port, public_hits),
        http_server(lambda r: send_page(r, "<p>SECRET</p>")) as (internal_port, internal_hits),
    ):
        asked = fake_resolver(monkeypatch, {"news.test": [[PUBLIC], ["127.0.0.1"]]})
        made = guard_connections(monkeypatch, stand_ins={PUBLIC: public_port})
        src = load(f"http://news.test:{internal_port}/article")
    assert "12 millions" in src.text
    assert internal_hits == []  # the rebound (loopback) address was never reached
    assert made == [(PUBLIC, internal_port)]
    assert asked == ["news.test"]  # resolved once
    assert public_hits == [("/article", f"news.test:{internal_port}")]  # Host header kept


def test_any_non_public_address_among_the_answers_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_resolver(monkeypatch, {"news.test": [[PUBLIC, "127.0.0.1"]]})
    made = guard_connections(monkeypatch)
    with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1"):
        load("http://news.test/article")
    assert made == []


@pytest.mark.parametrize(
    "address",
    [
        "100.100.100.200",  # carrier-grade NAT range (a cloud metadata service)
        "100.64.0.1",
        "169.254.169.254",
        "10.1.2.3",
        "192.168.0.10",
        "0.0.0.0",
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:10.0.0.1",
        "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
        "2002:a9fe:a9fe::1",  # 6to4 wrapping 169.254.169.254
        "64:ff9b::7f00:1",  # NAT64 wrapping 127.0.0.1
        "64:ff9b::a9fe:a9fe",
        "::7f00:1",  # IPv4-compatible loopback
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo
        "fe80::1",
        "fc00::1",
        "::1",
        "224.0.0.1",
    ],
)
def test_non_global_addresses_are_refused(monkeypatch: pytest.MonkeyPatch, address: str) -> None:
    fake_resolver(monkeypatch, {"news.test": [[address]]})
    made = guard_connections(monkeypatch)
    with pytest.raises(UnsafeURLError, match="not a public"):
        load("http://news.test/article")
    assert made == []


@pytest.mark.parametrize(
    ("address", "public"),
    [("8.8.8.8", True), ("2606:4700::1111", True), ("64:ff9b::808:808", True)],
)
def test_global_addresses_pass_the_check(address: str, public: bool) -> None:
    import ipaddress

    assert url_mod.is_public(ipaddress.ip_address(address)) is public


def test_https_keeps_the_host_name_for_sni(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connected to a pinned address, the TLS ClientHello still names the host (SNI), so the
    certificate is checked against the host name too. The server is not TLS: a clean error."""
    with raw_server(lambda conn: None) as (port, received):
        fake_resolver(monkeypatch, {"secure.test": [["127.0.0.1"]]})
        with pytest.raises(FetchError) as err:
            load(f"https://secure.test:{port}/", allow_private=True)
    assert received and received[0][:1] == b"\x16"  # a TLS handshake record
    assert b"secure.test" in received[0]
    assert "Traceback" not in str(err.value)


def _drip_body(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>")
    drip(conn, b"x" * 1000, every=0.1, for_at_most=8)


def _drip_headers(conn: socket.socket) -> None:
    drip(conn, b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"y" * 1000, every=0.1, for_at_most=8)


@pytest.mark.parametrize("serve", [_drip_body, _drip_headers], ids=["body", "headers"])
def test_a_dripping_server_hits_the_total_deadline(monkeypatch: pytest.MonkeyPatch, serve) -> None:
    monkeypatch.setattr(url_mod, "TOTAL_TIMEOUT", 1.0, raising=False)
    with raw_server(serve) as (port, _):
        start = time.monotonic()
        with pytest.raises(FetchError, match=r"within 1 s"):
            load(f"http://127.0.0.1:{port}/slow", allow_private=True)
        elapsed = time.monotonic() - start
    assert elapsed < 3, f"the fetch took {elapsed:.1f} s"


def _redirect_to(location: str):
    def handler(req: BaseHTTPRequestHandler) -> None:
        if req.path.endswith("/article"):
            send_page(req)
            return
        req.send_response(302)
        req.send_header("Location", location.replace("{port}", str(req.server.server_address[1])))
        req.end_headers()

    return handler


@pytest.mark.parametrize(
    ("location", "error", "message"),
    [
        ("data:text/html,<p>Le conseil a voté</p>", UnsafeURLError, "refusing data URL"),
        ("javascript:alert(1)", UnsafeURLError, "refusing javascript URL"),
        ("ftp://example.org/article", UnsafeURLError, "refusing ftp URL"),
        ("file:///etc/passwd", UnsafeURLError, "refusing file URL"),
        ("http://[::1", FetchError, "invalid URL|cannot fetch"),
        ("http://exa mple.org/", FetchError, "invalid host name"),
        ("http://127.0.0.1:99999/", FetchError, "invalid URL|cannot fetch"),
        ("http://a..b/", FetchError, "invalid host name"),
        ("", FetchError, "without a Location"),
    ],
)
def test_bad_redirects_give_a_clean_error(location: str, error: type, message: str) -> None:
    with http_server(_redirect_to(location)) as (port, _), pytest.raises(error, match=message):
        load(f"http://127.0.0.1:{port}/go", allow_private=True)


@pytest.mark.parametrize("location", ["/article", "article", "//127.0.0.1:{port}/article"])
def test_relative_redirects_are_followed(location: str) -> None:
    with http_server(_redirect_to(location)) as (port, hits):
        src = load(f"http://127.0.0.1:{port}/go/x", allow_private=True)
    assert "12 millions" in src.text
    assert [p for p, _ in hits][-1].endswith("/article")


def test_a_resolver_that_never_answers_hits_the_total_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def hang(*args: object, **kwargs: object) -> list[tuple]:
        time.sleep(4)
        return []

    monkeypatch.setattr(url_mod, "TOTAL_TIMEOUT", 1.0, raising=False)
    monkeypatch.setattr(socket, "getaddrinfo", hang)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"cannot resolve 'slow\.test': no answer"):
        load("http://slow.test/article")
    assert time.monotonic() - start < 3
