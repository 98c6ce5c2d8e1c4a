"""Fetch an article by URL, safely: timeouts, a size cap, few redirects, no internal hosts."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlparse

import httpx

from redac.errors import FetchError, InputTooLargeError, UnsafeURLError
from redac.ingest.decode import MAX_BYTES

MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
USER_AGENT = "redac/0.1 (+article rewriter)"


def _check_host(url: str, allow_private: bool) -> None:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(
            f"refusing {parts.scheme or 'scheme-less'} URL {url!r}",
            hint="only http and https are fetched",
        )
    host = parts.hostname
    if not host:
        raise FetchError(f"no host in URL {url!r}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as e:
        raise FetchError(f"cannot resolve {host!r}: {e.strerror}") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if (
            ip.is_loopback
            or ip.is_private
            or ip.is_link_local
            or ip.is_reserved
            or ip.is_multicast
            or ip.is_unspecified
        ):
            raise UnsafeURLError(
                f"refusing to fetch {host} ({ip}): a loopback, private or link-local address",
                hint="pass --allow-private if you really mean a host on your network",
            )


def fetch(url: str, *, allow_private: bool = False) -> tuple[bytes, str, str]:
    """Return (body, final URL, content type)."""
    current = url
    with httpx.Client(
        timeout=TIMEOUT, follow_redirects=False, headers={"User-Agent": USER_AGENT}
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            _check_host(current, allow_private)
            try:
                with client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location", "")
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"{current} answered HTTP {resp.status_code}")
                    declared = int(resp.headers.get("content-length") or 0)
                    if declared > MAX_BYTES:
                        raise InputTooLargeError(
                            f"{current} is {declared} bytes; the limit is {MAX_BYTES}"
                        )
                    chunks, size = [], 0
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if size > MAX_BYTES:
                            raise InputTooLargeError(
                                f"{current} is larger than {MAX_BYTES // 1048576} MB"
                            )
                        chunks.append(chunk)
                    return b"".join(chunks), str(resp.url), resp.headers.get("content-type", "")
            except httpx.TimeoutException:
                raise FetchError(f"{current} timed out") from None
            except httpx.HTTPError as e:
                raise FetchError(f"cannot fetch {current}: {e}") from None
    raise FetchError(f"{url} redirected more than {MAX_REDIRECTS} times")
