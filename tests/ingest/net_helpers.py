"""Loopback servers and a fake resolver for the URL-safety tests. No traffic leaves 127.0.0.1:
``guard_connections`` makes any other connection attempt fail (and records it)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

PAGE = """<html><head><title>Le conseil vote le budget</title></head><body>
<article><h1>Le conseil vote le budget</h1>
<p>Le conseil municipal a adopté mardi un budget de 12 millions d'euros pour 2025, après trois heures de débat.</p>
<p>La moitié des crédits ira à la rénovation de quatre écoles, selon l'adjointe aux finances, Claire Martin.</p>
<p>Les travaux commenceront en juillet et dureront deux ans, a-t-elle précisé devant les élus.</p>
</article></body></html>"""


@contextmanager
def http_server(handler: Callable[[BaseHTTPRequestHandler], None]) -> Iterator[tuple[int, list]]:
    """A threaded HTTP server on 127.0.0.1 calling ``handler(request)``; yields (port, hits)
    where hits records (path, Host header) of every request."""
    hits: list[tuple[str, str]] = []

    class H(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append((self.path, self.headers.get("Host", "")))
            handler(self)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
    httpd.daemon_threads = True
    httpd.handle_error = lambda *a: None  # type: ignore[method-assign]
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield httpd.server_address[1], hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def send_page(req: BaseHTTPRequestHandler, body: str = PAGE, status: int = 200) -> None:
    data = body.encode()
    req.send_response(status)
    req.send_header("Content-Type", "text/html; charset=utf-8")
    req.send_header("Content-Length", str(len(data)))
    req.end_headers()
    req.wfile.write(data)


@contextmanager
def raw_server(serve: Callable[[socket.socket], None]) -> Iterator[tuple[int, list[bytes]]]:
    """A one-thread TCP server on 127.0.0.1: ``serve(conn)`` per connection; yields (port,
    first bytes received on each connection)."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    srv.settimeout(0.2)
    stop = threading.Event()
    received: list[bytes] = []

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    received.append(conn.recv(65536))
                    serve(conn)
                except OSError:
                    pass

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield srv.getsockname()[1], received
    finally:
        stop.set()
        t.join(timeout=15)
        srv.close()


def drip(conn: socket.socket, data: bytes, every: float, for_at_most: float) -> None:
    """Send ``data`` one byte at a time, stopping when the client hangs up or time is up."""
    end = time.monotonic() + for_at_most
    for b in data:
        if time.monotonic() > end:
            return
        conn.sendall(bytes([b]))
        time.sleep(every)


def fake_resolver(
    monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[list[str]]]
) -> list[str]:
    """``socket.getaddrinfo`` answering ``answers[host]`` in turn (the last one repeats) for the
    hosts it knows, and the real resolver for the others. Returns the hosts asked, in order."""
    real = socket.getaddrinfo
    asked: list[str] = []
    calls: dict[str, int] = {}

    def fake(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[tuple]:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in answers:
            return real(host, port, *args, **kwargs)
        asked.append(name)
        n = calls.get(name, 0)
        calls[name] = n + 1
        out = []
        for addr in answers[name][min(n, len(answers[name]) - 1)]:
            if ":" in addr:
                out.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (addr, int(port), 0, 0)))
            else:
                out.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (addr, int(port))))
        return out

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return asked


def guard_connections(
    monkeypatch: pytest.MonkeyPatch, stand_ins: dict[str, int] | None = None
) -> list[tuple[str, int]]:
    """Record every address ``socket.create_connection`` is asked to reach (a name is resolved
    through ``socket.getaddrinfo`` as the real function would). An address in ``stand_ins`` is
    connected to that loopback port instead (a stand-in for a public host); a loopback address
    is let through; any other is refused before a packet is sent."""
    real = socket.create_connection
    made: list[tuple[str, int]] = []

    def guarded(address: tuple, *args: Any, **kwargs: Any) -> socket.socket:
        host, port = str(address[0]), int(address[1])
        try:
            ipaddress.ip_address(host)
            addrs = [host]
        except ValueError:
            addrs = [str(ai[4][0]) for ai in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)]
        for addr in addrs:
            made.append((addr, port))
            if stand_ins and addr in stand_ins:
                return real(("127.0.0.1", stand_ins[addr]), *args, **kwargs)
            if ipaddress.ip_address(addr).is_loopback:
                return real((addr, port), *args, **kwargs)
        raise ConnectionRefusedError(f"test guard: no connection to {host}")

    monkeypatch.setattr(socket, "create_connection", guarded)
    return made
