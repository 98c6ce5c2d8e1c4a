"""The network layer under ``redac.ingest.url``: pinned addresses and one total deadline.

httpx resolves a host name itself when it connects, which would let a DNS server answer a
public address to redac's check and a private one to the connection (DNS rebinding). Here the
connection goes through a ``httpcore`` network backend that never resolves anything: it only
connects to the addresses the caller checked and pinned for that host name. The URL, the Host
header and the TLS server name (SNI and certificate check) all keep the real host name.

Every connect, read, write and TLS handshake is also bounded by what is left of one deadline for
the whole fetch, so a server that sends one byte every few seconds cannot hold redac forever.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx


class Deadline:
    """A point in time; ``left()`` says how many seconds remain, never less than zero."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def left(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def bound(self, timeout: float | None, exc: type[Exception]) -> float:
        """The timeout to use for one operation: the operation's own, cut to what is left."""
        left = self.left()
        if left <= 0:
            raise exc(f"the total deadline of {self.seconds:g} s is over")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.bound(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        t = self._deadline.bound(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, t), self._deadline
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """Connects a host name only to the addresses pinned for it, within the deadline."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.pins: dict[str, list[str]] = {}
        self._sync = httpcore.SyncBackend()

    def pin(self, host: str, addresses: list[str]) -> None:
        self.pins[host.lower()] = addresses

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.pins.get(host.lower())
        if not addresses:  # never connect anywhere that was not checked
            raise httpcore.ConnectError(f"no checked address for {host!r}")
        error: Exception | None = None
        for ip in addresses:
            t = self.deadline.bound(timeout, httpcore.ConnectTimeout)
            try:
                stream = self._sync.connect_tcp(ip, port, t, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                error = e
                continue
            return _DeadlineStream(stream, self.deadline)
        assert error is not None
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, self.deadline.left()))


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _mapped():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


_TRANSPORT_ERRORS = (
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.UnsupportedProtocol,
    httpcore.ConnectionNotAvailable,
    httpcore.ProxyError,
)


@contextmanager
def _mapped() -> Iterator[None]:
    """httpcore's exceptions as httpx's, so callers deal with one family."""
    try:
        yield
    except httpcore.TimeoutException as e:
        raise httpx.TimeoutException(str(e) or type(e).__name__) from None
    except httpcore.ConnectError as e:
        raise httpx.ConnectError(str(e) or "connection failed") from None
    except _TRANSPORT_ERRORS as e:
        raise httpx.TransportError(str(e) or type(e).__name__) from None


class PinnedTransport(httpx.BaseTransport):
    """An httpx transport over a connection pool that uses ``PinnedBackend`` (HTTP/1.1)."""

    def __init__(self, backend: PinnedBackend) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            network_backend=backend,
            max_connections=4,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        req = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _mapped():
            resp = self._pool.handle_request(req)
        assert isinstance(resp.stream, Iterable)
        return httpx.Response(
            status_code=resp.status,
            headers=resp.headers,
            stream=_Body(resp.stream),
            extensions=resp.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def resolve(host: str, port: int, timeout: float) -> list[str]:
    """Every address of ``host`` (TCP), resolved once, within ``timeout`` seconds.
    ``socket.gaierror`` when the name does not resolve, ``TimeoutError`` when the resolver
    does not answer in time (its thread is left to finish on its own: it only holds a lookup)."""
    answer: list[Any] = []
    failure: list[BaseException] = []

    def lookup() -> None:
        try:
            answer.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except BaseException as e:  # handed to the caller's thread
            failure.append(e)

    worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(f"no answer from the resolver within {timeout:g} s")
    if failure:
        raise failure[0]
    seen: list[str] = []
    for info in answer:
        addr = str(info[4][0])
        if addr not in seen:
            seen.append(addr)
    return seen
