"""A real HTTP server on loopback that answers Chat Completions the way broken endpoints do.

Each test picks a ``mode``; the server counts the requests it received, so a test can compare
them with what redac's usage says it sent."""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = (
    "500",
    "429",
    "reset",
    "hang",
    "empty_choices",
    "null_content",
    "html",
    "huge",
    "huge_stream",
)


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mode: str) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.mode = mode
        self.requests = 0
        self.stop = threading.Event()
        self.reply = {"heading": "", "paragraphs": ["Une phrase.", "Une autre."]}

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class Handler(BaseHTTPRequestHandler):
    server: FaultServer

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.server.requests += 1
        mode = self.server.mode
        if mode in ("500", "429"):
            self._send(int(mode), {"error": {"message": f"fault {mode}"}}, {"Retry-After": "0"})
        elif mode == "reset":  # the connection is cut: RST, no reply
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        elif mode == "hang":  # accepted, never answered
            self.server.stop.wait(10)
        elif mode == "empty_choices":
            self._send(200, {"id": "x", "choices": [], "usage": {"prompt_tokens": 3}})
        elif mode == "null_content":
            message = {"role": "assistant", "content": None}
            self._send(200, {"choices": [{"message": message, "finish_reason": "stop"}]})
        elif mode == "html":
            page = b"<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>"
            self._raw(200, page, "text/html")
        elif mode == "huge":
            content = "a" * 2_000_000
            self._send(200, {"choices": [{"message": {"content": content}}]})
        elif mode == "huge_stream":
            self._stream(["blabla " * 50] * 5000)
        else:  # "ok": a valid reply, streamed in small pieces
            text = json.dumps(self.server.reply, ensure_ascii=False)
            self._stream([text[i : i + 4] for i in range(0, len(text), 4)])

    def _send(self, code: int, body: object, headers: dict[str, str] | None = None) -> None:
        self._raw(code, json.dumps(body).encode(), "application/json", headers)

    def _raw(
        self, code: int, data: bytes, kind: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, pieces: list[str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        try:
            for piece in pieces:
                chunk = {"choices": [{"delta": {"content": piece}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            done = {
                "choices": [{"delta": {}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 50, "completion_tokens": len(pieces)},
            }
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up: it refused the reply


@contextmanager
def fault_server(mode: str) -> Iterator[FaultServer]:
    server = FaultServer(mode)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()


def refused_url() -> str:
    """A loopback URL nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
