"""Fetch an article by URL, safely: one total deadline, a size cap, few redirects, no internal
hosts (checked on the very addresses the connection then uses, see ``redac.ingest.net``)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urljoin

import httpx

from redac.errors import FetchError, InputTooLargeError, UnsafeURLError
from redac.ingest.decode import MAX_BYTES
from redac.ingest.net import Deadline, PinnedBackend, PinnedTransport, resolve

MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(10.0, connect=5.0)  # each connect / read / write
TOTAL_TIMEOUT = 30.0  # the whole fetch, redirects included
USER_AGENT = "redac/0.1 (+article rewriter)"
HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    "Accept-Encoding": "gzip, deflate",
}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# IPv6 ranges that carry an IPv4 address in their last 32 bits (NAT64, IPv4-compatible)
_V4_IN_LOW_BITS = tuple(
    ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "::/96")
)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address wraps (mapped, 6to4, Teredo, NAT64, compatible)."""
    out: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        out.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        out.append(ip.sixtofour)
    if ip.teredo is not None:
        out.extend(ip.teredo)
    if any(ip in net for net in _V4_IN_LOW_BITS):
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return out


def is_public(ip: IPAddress) -> bool:
    """True only for a globally reachable unicast address, whatever IPv4 it may wrap."""
    if not ip.is_global or ip.is_multicast:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        return all(is_public(v4) for v4 in _embedded_ipv4(ip))
    return True


_HOST_NAME = re.compile(
    r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.)*"
    r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _show(url: str) -> str:
    return url if len(url) <= 200 else url[:200] + "…"


def _target(url: str) -> httpx.URL:
    """The URL parsed, with a safe scheme and a host; clear errors otherwise."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, UnicodeError) as e:
        raise FetchError(f"invalid URL {_show(url)!r}: {e}") from None
    if parsed.scheme not in ("http", "https"):
        raise UnsafeURLError(
            f"refusing {parsed.scheme or 'scheme-less'} URL {_show(url)!r}",
            hint="only http and https are fetched",
        )
    if not parsed.raw_host:
        raise FetchError(f"no host in URL {_show(url)!r}")
    host = parsed.raw_host.decode("ascii", "replace")
    if not _is_ip(host) and not _HOST_NAME.fullmatch(host.rstrip(".")):
        raise FetchError(f"invalid host name {host[:100]!r} in URL {_show(url)!r}")
    return parsed


def _pin(target: httpx.URL, backend: PinnedBackend, allow_private: bool) -> None:
    """Resolve the host once, check every address, and pin those for the connection."""
    host = target.raw_host.decode("ascii")
    port = target.port or (443 if target.scheme == "https" else 80)
    try:
        addresses = resolve(host, port, backend.deadline.left())
    except (
        OSError,
        UnicodeError,
        OverflowError,
        ValueError,
    ) as e:  # gaierror, TimeoutError: OSError
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise FetchError(f"cannot resolve {host!r}: {reason}") from None
    if not addresses:
        raise FetchError(f"cannot resolve {host!r}: no address")
    if not allow_private:
        for addr in addresses:
            try:
                ip = ipaddress.ip_address(addr.split("%")[0])
            except ValueError:
                raise UnsafeURLError(f"refusing {host}: unusable address {addr!r}") from None
            if not is_public(ip):
                raise UnsafeURLError(
                    f"refusing to fetch {host} ({ip}): not a public internet address"
                    " (loopback, private, link-local, shared or reserved)",
                    hint="pass --allow-private if you really mean a host on your network",
                )
    backend.pin(host, addresses)


def _declared_length(resp: httpx.Response) -> int:
    try:
        return int(resp.headers.get("content-length") or 0)
    except ValueError:
        return 0


def _get(transport: PinnedTransport, target: httpx.URL, cookies: httpx.Cookies) -> httpx.Response:
    """One GET through the pinned transport. No ``httpx.Client``: it would parse a redirect's
    Location before redac could check it (an ``httpx.InvalidURL`` on ``data:``)."""
    request = httpx.Request(
        "GET", target, headers=HEADERS, extensions={"timeout": TIMEOUT.as_dict()}
    )
    cookies.set_cookie_header(request)
    resp = transport.handle_request(request)
    resp.request = request
    cookies.extract_cookies(resp)
    return resp


def _read_body(resp: httpx.Response, url: str) -> bytes:
    declared = _declared_length(resp)
    if declared > MAX_BYTES:
        raise InputTooLargeError(f"{_show(url)} is {declared} bytes; the limit is {MAX_BYTES}")
    chunks, size = [], 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > MAX_BYTES:
            raise InputTooLargeError(f"{_show(url)} is larger than {MAX_BYTES // 1048576} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str, *, allow_private: bool = False, total_timeout: float | None = None
) -> tuple[bytes, str, str]:
    """Return (body, final URL, content type); every failure is a ``FetchError``."""
    deadline = Deadline(TOTAL_TIMEOUT if total_timeout is None else total_timeout)
    backend = PinnedBackend(deadline)
    cookies = httpx.Cookies()
    current = url
    try:
        with PinnedTransport(backend) as transport:
            for _ in range(MAX_REDIRECTS + 1):
                target = _target(current)
                _pin(target, backend, allow_private)
                resp = _get(transport, target, cookies)
                try:
                    if resp.is_redirect:
                        location = resp.headers.get("location", "").strip()
                        if not location:
                            raise FetchError(f"{_show(current)} redirects without a Location")
                        current = urljoin(str(target), location)
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"{_show(current)} answered HTTP {resp.status_code}")
                    body = _read_body(resp, current)
                    return body, str(target), resp.headers.get("content-type", "")
                finally:
                    resp.close()
    except httpx.TimeoutException:
        if deadline.left() <= 0:
            raise FetchError(
                f"{_show(current)} did not answer in full within {deadline.seconds:g} s"
            ) from None
        raise FetchError(f"{_show(current)} timed out") from None
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, ValueError, UnicodeError) as e:
        raise FetchError(f"cannot fetch {_show(current)}: {e or type(e).__name__}") from None
    raise FetchError(f"{_show(url)} redirected more than {MAX_REDIRECTS} times")
