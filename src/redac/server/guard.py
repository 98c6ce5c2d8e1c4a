"""One ASGI layer in front of every route: Host and Origin checks, the token, JSON-only posts,
the request-size limit, and the security headers (a Content-Security-Policy that allows no
inline script, no framing, no sniffing)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlparse

from starlette.requests import Request

from redac.server.auth import SAFE, Auth
from redac.server.config import ServerConfig

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI sets inline styles from its scripts; its scripts are still only ours
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
OPEN_API = ("/api/session", "/api/ui", "/api/title-metrics")


def _error(status: int, code: str, message: str) -> tuple[int, bytes]:
    return status, json.dumps({"error": {"code": code, "message": message}}).encode()


class Guard:
    def __init__(self, app: ASGIApp, config: ServerConfig, auth: Auth) -> None:
        self.app = app
        self.config = config
        self.auth = auth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refused = self._refuse(request)
        path = scope["path"]
        csp = DOCS_CSP if path.startswith("/docs") else CSP

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [*HEADERS, (b"content-security-policy", csp.encode())]
                message["headers"] = headers
            await send(message)

        if refused is not None:
            status, body = refused
            await send_secured(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send_secured({"type": "http.response.body", "body": body})
            return
        await self.app(scope, self._limited(receive), send_secured)

    def _refuse(self, request: Request) -> tuple[int, bytes] | None:
        cfg = self.config
        host = request.headers.get("host", "")
        if not self.auth.required and host not in cfg.local_hosts:
            return _error(421, "E400", f"this server answers on {cfg.host}:{cfg.port} only")
        origin = request.headers.get("origin")
        if request.method not in SAFE and origin and urlparse(origin).netloc != host:
            return _error(403, "E401", "cross-site request refused")
        path = request.url.path
        protected = path.startswith("/api/") and not path.startswith(OPEN_API)
        if protected and not self.auth.allowed(request):
            return _error(401, "E402", "a valid token is required")
        if request.method in ("POST", "PUT", "PATCH"):
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype != "application/json":
                return _error(415, "E403", "send JSON (Content-Type: application/json)")
            size = request.headers.get("content-length")
            if size is not None and (not size.isdigit() or int(size) > cfg.max_body):
                return _error(413, "E103", f"the request is larger than {cfg.max_body} bytes")
        return None

    def _limited(self, receive: Receive) -> Receive:
        """A body sent without a length is cut off at the limit too."""
        seen = 0
        limit = self.config.max_body

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge()
            return message

        return wrapped


class BodyTooLarge(Exception):
    pass
